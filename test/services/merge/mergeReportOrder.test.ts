// Issue 13, one row order, in the merge report: conflicts on two rows of the same name are listed by row id (code
// units) after table and name, so the report reads alike whichever row was edited first on either side.
import { afterAll, describe, expect, it } from 'vitest';
import { previewMerge } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import type { FieldChange } from '../../../shared/domain/plan';
import { smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-report-order-');
afterAll(() => tmp.cleanup());

const SAME_NAME = 'Skole';
const rich = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const edit = (id: string, text: string): FieldChange => ({ table: 'areas', id, column: 'method', value: rich(text) });

function copyOf(from: string, name: string): string {
  const to = tmp.file(name);
  const file = openPlanFile(from, { readOnly: true });
  file.saveCopy(to);
  file.close();
  return to;
}

function editInOrder(path: string, ids: readonly string[], text: string): void {
  const file = openPlanFile(path);
  for (const id of ids) file.mutate([edit(id, `${text} ${id}`)]);
  file.close();
}

describe('merge report order', () => {
  it('lists conflicts on rows of the same name by row id, whichever row either side edited first', () => {
    const plan = smallPlan();
    const themeId = plan.themes[0]!.id;
    // «omr-a» before «omr-B» by locale, after it by code units.
    for (const id of ['omr-a', 'omr-B']) plan.areas.push({ id, sortKey: 9, themeId, parentId: null, name: SAME_NAME, problems: null, method: null, actors: null });
    const base = tmp.file('base.planverk');
    createPlanFile(base, plan).close();

    const orders = [['omr-a', 'omr-B'], ['omr-B', 'omr-a']] as const;
    const reports = orders.flatMap((hereOrder, i) =>
      orders.map((copyOrder, j) => {
        const copy = copyOf(base, `copy-${i}-${j}.planverk`);
        const here = copyOf(base, `here-${i}-${j}.planverk`);
        editInOrder(copy, copyOrder, 'kopi');
        editInOrder(here, hereOrder, 'her');
        const file = openPlanFile(here);
        try {
          return previewMerge(file, copy).conflicts.filter((c) => c.rowLabel.includes(SAME_NAME)).map((c) => c.rowId);
        } finally {
          file.close();
        }
      }),
    );
    for (const ids of reports) expect(ids).toEqual(['omr-B', 'omr-a']);
  });

  it('lists the chapters whose text the copy changed in reading order, a sub-chapter under its chapter', () => {
    const plan = smallPlan();
    const top = plan.chapters[0]!;
    const chapter = (id: string, sortKey: number, parentId: string | null) => ({ ...top, id, sortKey, parentId, title: id, body: rich(`${id} før`) });
    // Flat by sortKey the sub-chapter (key 3) would come after «Kapittel 2» (key 2); the tree puts it under chapter 1.
    plan.chapters.push(chapter('Kapittel 2', 2, null), chapter('Kapittel 1.1', 3, top.id));
    const base = tmp.file('chapters.planverk');
    createPlanFile(base, plan).close();
    const copy = copyOf(base, 'chapters-copy.planverk');
    const file = openPlanFile(copy);
    for (const id of ['Kapittel 2', 'Kapittel 1.1']) file.mutate([{ table: 'chapters', id, column: 'body', value: rich(`${id} etter`) }]);
    file.close();
    const here = openPlanFile(base);
    try {
      expect(previewMerge(here, copy).chapters.map((c) => c.id)).toEqual(['Kapittel 1.1', 'Kapittel 2']);
    } finally {
      here.close();
    }
  });
});
