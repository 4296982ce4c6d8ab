// Chapter numbers as the document will give them: parts unnumbered, chapters counting on across parts, sub-chapters 2.1.
import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../../shared/domain/plan';
import { buildChapterTree, type ChapterNode } from '../../../renderer/features/chapters/chapterTree';

const chapter = (id: string, sortKey: number, parentId: string | null, over: Partial<Chapter> = {}): Chapter => ({
  id,
  sortKey,
  parentId,
  kind: 'chapter',
  title: id,
  numbered: true,
  status: 'utkast',
  groupId: null,
  body: { type: 'doc', content: [] },
  ...over,
});
const flatten = (nodes: ChapterNode[]): string[] => nodes.flatMap((n) => [`${n.label ?? '-'} ${n.chapter.title}`, ...flatten(n.children)]);

describe('chapter tree', () => {
  it('numbers chapters through parts, nests sub-chapters, skips unnumbered ones and keeps orphans visible', () => {
    const tree = buildChapterTree([
      chapter('del2', 2, null, { kind: 'part', numbered: false }),
      chapter('del1', 1, null, { kind: 'part', numbered: false }),
      chapter('innledning', 1, 'del1'),
      chapter('utfordringer', 2, 'del1'),
      chapter('rapport', 1, 'utfordringer'),
      chapter('forord', 0, 'del1', { numbered: false }),
      chapter('strategier', 1, 'del2'),
      chapter('foreldrelos', 9, 'slettet-forelder'),
    ]);
    expect(flatten(tree)).toEqual([
      '- del1',
      '- forord',
      '1 innledning',
      '2 utfordringer',
      '2.1 rapport',
      '- del2',
      '3 strategier',
      '4 foreldrelos',
    ]);
  });

  it('survives a parent cycle from a bad merge without looping', () => {
    const tree = buildChapterTree([chapter('a', 1, 'b'), chapter('b', 1, 'a'), chapter('c', 1, null)]);
    expect(flatten(tree)).toEqual(['1 c']);
  });
});
