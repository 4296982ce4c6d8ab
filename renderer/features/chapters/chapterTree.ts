// The chapter tree in reading order with the numbers the document will give its chapters (1, 1.1, …; parts unnumbered).
import type { Chapter } from '../../../shared/domain/plan';
import { childrenByParent } from '../../../shared/domain/rowOrder';

export type ChapterNode = { chapter: Chapter; label: string | null; children: ChapterNode[] };

export function buildChapterTree(chapters: readonly Chapter[]): ChapterNode[] {
  // A parent that no longer exists (deleted in another copy) puts its children at the top instead of hiding them.
  const childrenOf = childrenByParent(chapters);
  const visited = new Set<string>();
  function walk(parentId: string | null, prefix: number[], counter: { n: number }): ChapterNode[] {
    return (childrenOf.get(parentId) ?? []).flatMap((chapter): ChapterNode[] => {
      if (visited.has(chapter.id)) return [];
      visited.add(chapter.id);
      if (chapter.kind === 'part') {
        // Parts carry their own name («Del 1 – rammebetingelser»); chapters keep counting across them.
        return [{ chapter, label: null, children: walk(chapter.id, prefix, counter) }];
      }
      if (!chapter.numbered) return [{ chapter, label: null, children: walk(chapter.id, prefix, { n: 0 }) }];
      counter.n++;
      const number = [...prefix, counter.n];
      return [{ chapter, label: number.join('.'), children: walk(chapter.id, number, { n: 0 }) }];
    });
  }
  return walk(null, [], { n: 0 });
}

/** An item a keyboard user can reach, with its place among its siblings (aria-posinset / aria-setsize). */
export type VisibleNode = ChapterNode & { position: number; siblings: number };

/** The items a keyboard user can reach, in reading order: children of collapsed items are skipped. */
export function flattenVisible(nodes: readonly ChapterNode[], collapsed: ReadonlySet<string>): VisibleNode[] {
  return nodes.flatMap((node, i) => [
    { ...node, position: i + 1, siblings: nodes.length },
    ...(collapsed.has(node.chapter.id) ? [] : flattenVisible(node.children, collapsed)),
  ]);
}
