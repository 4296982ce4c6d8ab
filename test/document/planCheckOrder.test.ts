// Issue 13, one row order, in the export check: findings follow the plan's reading order (chapters as the tree and
// the document show them), whatever order the rows arrive in, e.g. from a JSON file or another copy.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../shared/document/planCheck';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import type { Chapter, PlanData } from '../../shared/domain/plan';
import { buildChapterTree, type ChapterNode } from '../../renderer/features/chapters/chapterTree';

const chapter = (id: string, sortKey: number, parentId: string | null, title: string, text = ''): Chapter => ({
  id,
  sortKey,
  parentId,
  kind: 'chapter',
  title,
  numbered: true,
  status: 'utkast',
  groupId: null,
  body: { type: 'doc', content: text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : [] },
});

/** Chapter 1 with sub-chapters 1.1 and 1.2, chapter 2: every one empty but chapter 1; equal keys across levels. */
function plan(): PlanData {
  const p = emptyPlan(seededIds('k'));
  p.plan.title = 'Rekkefølge';
  p.chapters = [
    chapter('x-top1', 1, null, 'Første', 'Tekst.'),
    chapter('a-top2', 2, null, 'Andre'),
    chapter('m-sub2', 2, 'x-top1', 'Første.to'),
    chapter('B-sub1', 1, 'x-top1', 'Første.en'),
  ];
  return p;
}

const flatten = (nodes: readonly ChapterNode[]): string[] => nodes.flatMap((n) => [n.chapter.title, ...flatten(n.children)]);
const emptyChapters = (p: PlanData): string[] => checkPlan(p).filter((f) => f.code === 'empty-chapter').map((f) => f.targetName ?? '');

describe('export check order', () => {
  it('lists empty chapters in the order the chapter tree shows them, for every arrival order of the rows', () => {
    const treeOrder = flatten(buildChapterTree(plan().chapters)).filter((t) => t !== 'Første');
    expect(treeOrder).toEqual(['Første.en', 'Første.to', 'Andre']);
    const chapters = plan().chapters;
    for (let shift = 0; shift < chapters.length; shift++) {
      for (const list of [chapters, [...chapters].reverse()]) {
        const arrived = { ...plan(), chapters: [...list.slice(shift), ...list.slice(0, shift)] };
        expect(emptyChapters(arrived)).toEqual(treeOrder);
      }
    }
  });
});
