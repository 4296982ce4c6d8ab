// The chapter tree's edits as field changes: applied to the cached plan they give the tree the adviser asked for,
// numbered 1 / 1.1 / 1.1.1 with parts unnumbered, and a delete takes the sub-chapters with it.
import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../../shared/domain/emptyPlan';
import { seededIds } from '../../../../shared/domain/ids';
import type { Chapter, PlanData } from '../../../../shared/domain/plan';
import { applyChanges } from '../../../../renderer/app/applyChanges';
import { buildChapterTree, flattenVisible } from '../../../../renderer/features/chapters/chapterTree';
import {
  addChapter,
  deleteChapter,
  dropChapter,
  indentChapter,
  moveChapter,
  outdentChapter,
  updateChapter,
} from '../../../../renderer/features/chapters/treeEdits';

function planWith(titles: [string, Chapter['kind']][]): PlanData {
  let plan = emptyPlan(seededIds('t'));
  titles.forEach(([title, kind], i) => {
    const { row, changes } = addChapter(plan.chapters, { id: `c${i + 1}`, kind, title });
    plan = { ...plan, chapters: [...plan.chapters, row] };
    plan = applyChanges(plan, changes);
  });
  return plan;
}

/** The tree as "label title" lines, indented by depth. */
function outline(plan: PlanData): string[] {
  const lines: string[] = [];
  const walk = (nodes: ReturnType<typeof buildChapterTree>, depth: number) =>
    nodes.forEach((n) => {
      lines.push(`${'  '.repeat(depth)}${n.label ? `${n.label} ` : ''}${n.chapter.title}`);
      walk(n.children, depth + 1);
    });
  walk(buildChapterTree(plan.chapters), 0);
  return lines;
}

describe('chapter tree edits', () => {
  it('adds chapters in order and numbers them, parts unnumbered and counting on across parts', () => {
    const plan = planWith([
      ['Del 1 – rammebetingelser', 'part'],
      ['Innledning', 'chapter'],
      ['Utfordringer', 'chapter'],
    ]);
    const withChildren = applyChanges(plan, [...indentChapter(plan.chapters, 'c2')]);
    expect(outline(withChildren)).toEqual(['Del 1 – rammebetingelser', '  1 Innledning', '2 Utfordringer']);
  });

  it('indents under the sibling above (1.1, 1.1.1), outdents back after the parent, and a part never indents', () => {
    let plan = planWith([
      ['Innledning', 'chapter'],
      ['Bakgrunn', 'chapter'],
      ['Detaljer', 'chapter'],
      ['Del 2', 'part'],
    ]);
    plan = applyChanges(plan, indentChapter(plan.chapters, 'c2'));
    plan = applyChanges(plan, indentChapter(plan.chapters, 'c3'));
    plan = applyChanges(plan, indentChapter(plan.chapters, 'c3'));
    expect(outline(plan)).toEqual(['1 Innledning', '  1.1 Bakgrunn', '    1.1.1 Detaljer', 'Del 2']);
    expect(indentChapter(plan.chapters, 'c4')).toEqual([]);
    plan = applyChanges(plan, outdentChapter(plan.chapters, 'c3'));
    expect(outline(plan)).toEqual(['1 Innledning', '  1.1 Bakgrunn', '  1.2 Detaljer', 'Del 2']);
  });

  it('moves up and down among siblings only, and unnumbered chapters get no number', () => {
    let plan = planWith([
      ['Forord', 'chapter'],
      ['Innledning', 'chapter'],
      ['Mål', 'chapter'],
    ]);
    plan = applyChanges(plan, moveChapter(plan.chapters, 'c3', -1));
    expect(outline(plan)).toEqual(['1 Forord', '2 Mål', '3 Innledning']);
    expect(moveChapter(plan.chapters, 'c1', -1)).toEqual([]);
    plan = applyChanges(plan, updateChapter(plan.chapters.find((c) => c.id === 'c1')!, { numbered: false }));
    expect(outline(plan)).toEqual(['Forord', '1 Mål', '2 Innledning']);
  });

  it('drops before, after and inside, and refuses a drop into its own sub-chapter', () => {
    let plan = planWith([
      ['A', 'chapter'],
      ['B', 'chapter'],
      ['C', 'chapter'],
    ]);
    plan = applyChanges(plan, dropChapter(plan.chapters, 'c3', 'c1', 'before'));
    expect(outline(plan)).toEqual(['1 C', '2 A', '3 B']);
    plan = applyChanges(plan, dropChapter(plan.chapters, 'c2', 'c1', 'inside'));
    expect(outline(plan)).toEqual(['1 C', '2 A', '  2.1 B']);
    expect(dropChapter(plan.chapters, 'c1', 'c2', 'inside')).toEqual([]);
    plan = applyChanges(plan, dropChapter(plan.chapters, 'c3', 'c2', 'after'));
    expect(outline(plan)).toEqual(['1 A', '  1.1 B', '  1.2 C']);
  });

  it('deletes a chapter with its sub-chapters as tombstones, and only changed settings become changes', () => {
    let plan = planWith([
      ['A', 'chapter'],
      ['B', 'chapter'],
      ['C', 'chapter'],
    ]);
    plan = applyChanges(plan, indentChapter(plan.chapters, 'c2'));
    const del = deleteChapter(plan.chapters, 'c1');
    expect(del.map((c) => [c.id, c.column, c.value]).sort()).toEqual([
      ['c1', 'tombstone', true],
      ['c2', 'tombstone', true],
    ]);
    expect(outline(applyChanges(plan, del))).toEqual(['1 C']);
    const a = plan.chapters.find((c) => c.id === 'c1')!;
    expect(updateChapter(a, { title: 'A', status: 'ferdig', groupId: null })).toEqual([{ table: 'chapters', id: 'c1', column: 'status', value: 'ferdig' }]);
  });

  it('a new chapter carries every field the store needs, and goes right after the selected sibling', () => {
    const plan = planWith([
      ['A', 'chapter'],
      ['B', 'chapter'],
    ]);
    const { row, changes } = addChapter(plan.chapters, { id: 'n', kind: 'chapter', title: 'Ny', afterId: 'c1' });
    expect(new Set(changes.filter((c) => c.id === 'n').map((c) => c.column))).toEqual(
      new Set(['sortKey', 'parentId', 'kind', 'title', 'numbered', 'status', 'groupId', 'body']),
    );
    const next = applyChanges({ ...plan, chapters: [...plan.chapters, row] }, changes);
    expect(outline(next)).toEqual(['1 A', '2 Ny', '3 B']);
    expect(flattenVisible(buildChapterTree(next.chapters), new Set()).map((n) => n.chapter.id)).toEqual(['c1', 'n', 'c2']);
  });
});
