import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planInRowOrder } from '../../../shared/domain/rowOrder';
import { blockSide, diffBlocks } from '../../../shared/compare/blockDiff';
import { applyComparison, cellChangesByGroup, comparePlans, countChanges, isEmptyComparison } from '../../../shared/compare/comparePlans';
import type { PmNode } from '../../../shared/compare/pmNode';
import { stableJson } from '../../../shared/compare/sameValue';
import { applyEdits, block, planEdits, samplePlan } from './planVariants';

/** The plan's content as JSON; an empty `content: []` reads as no content (ProseMirror writes neither the same way twice). */
const content = (plan: Parameters<typeof planInRowOrder>[0]) => stableJson(planInRowOrder(plan)).replaceAll(',"content":[]', '').replaceAll('"content":[],', '');
const p = (text: string, bold = false): PmNode => ({ type: 'paragraph', content: [bold ? { type: 'text', marks: [{ type: 'bold' }], text } : { type: 'text', text }] });

describe('compare engine', () => {
  it('compare(v, v) is empty for any version of the plan', () => {
    fc.assert(
      fc.property(planEdits, (edits) => {
        const v = applyEdits(samplePlan(), edits, 'a');
        const c = comparePlans(v, structuredClone(v));
        expect(isEmptyComparison(c)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('applying compare(v1, v2) to v1 gives v2’s content (chapters, matrix, tables, frame)', () => {
    fc.assert(
      fc.property(planEdits, planEdits, (e1, e2) => {
        const v1 = applyEdits(samplePlan(), e1, 'a');
        const v2 = applyEdits(samplePlan(), e2, 'b');
        expect(content(applyComparison(v1, comparePlans(v1, v2)))).toBe(content(v2));
      }),
      { numRuns: 80 },
    );
  });

  it('both sides of a block diff read back exactly (from and to)', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.array(block, { maxLength: 8 }), (a, b) => {
        const d = diffBlocks(a as PmNode[], b as PmNode[]);
        expect(stableJson(blockSide(d, 'from'))).toBe(stableJson(a));
        expect(stableJson(blockSide(d, 'to'))).toBe(stableJson(b));
      }),
      { numRuns: 200 },
    );
  });

  it('one changed word in a paragraph is one deleted and one inserted word, the rest equal', () => {
    const d = diffBlocks([p('Kommunen skal sikre gode tjenester.')], [p('Kommunen skal sikre trygge tjenester.')]);
    expect(d).toHaveLength(1);
    expect(d[0]!.kind).toBe('text');
    const runs = d[0]!.kind === 'text' ? d[0]!.runs : [];
    expect(runs.map((r) => [r.kind, r.nodes.map((n) => n.text).join('')])).toEqual([
      ['equal', 'Kommunen skal sikre '],
      ['del', 'gode'],
      ['ins', 'trygge'],
      ['equal', ' tjenester.'],
    ]);
  });

  it('a word that only turned bold is a change', () => {
    const d = diffBlocks([p('gode tjenester')], [{ type: 'paragraph', content: [{ type: 'text', text: 'gode ' }, { type: 'text', marks: [{ type: 'bold' }], text: 'tjenester' }] }]);
    expect(d[0]!.kind).toBe('text');
  });

  it('a rewritten paragraph is shown as one deleted and one inserted paragraph', () => {
    const d = diffBlocks([p('Kommunen skal sikre gode tjenester.')], [p('Budsjettet for 2026 vedtas i desember.')]);
    expect(d.map((x) => x.kind)).toEqual(['del', 'ins']);
  });

  it('a renamed chapter keeps its id and is a rename, not a removal and an addition', () => {
    const v1 = samplePlan();
    const v2 = structuredClone(v1);
    const target = v2.chapters.find((c) => c.parentId === null)!;
    target.title = 'Et nytt navn';
    const c = comparePlans(v1, v2);
    expect(c.chapters).toHaveLength(1);
    expect(c.chapters[0]).toMatchObject({ id: target.id, kind: 'changed', renamed: true, moved: false });
  });

  it('a chapter moved before another is reported as moved, and only it', () => {
    const v1 = samplePlan();
    const v2 = structuredClone(v1);
    const top = v2.chapters.filter((c) => c.parentId === null).sort((a, b) => a.sortKey - b.sortKey);
    const last = top[top.length - 1]!;
    last.sortKey = top[0]!.sortKey - 1;
    const c = comparePlans(v1, v2);
    expect(c.chapters.filter((x) => x.moved).map((x) => x.id)).toEqual([last.id]);
  });

  it('a matrix cell change is reported from → to in its group', () => {
    const v1 = samplePlan();
    const v2 = structuredClone(v1);
    const cell = v2.cells.find((x) => x.level === 'DpH')!;
    cell.level = 'SpH';
    const byGroup = cellChangesByGroup(comparePlans(v1, v2));
    expect([...byGroup.entries()]).toEqual([[cell.groupId, [{ areaId: cell.areaId, groupId: cell.groupId, from: 'DpH', to: 'SpH' }]]]);
  });

  it('structured table rows: added, changed (per field) and removed', () => {
    const v1 = samplePlan();
    const v2 = structuredClone(v1);
    const [changed, removed] = v2.measures;
    changed!.costOre += 100;
    v2.measures = v2.measures.filter((m) => m.id !== removed!.id);
    v2.laws.push({ id: 'ny-lov', sortKey: 99, name: 'Folkehelseloven', lovdataId: 'LOV-2011-06-24-29', purpose: '' });
    const c = comparePlans(v1, v2);
    expect(c.tables.measures.map((r) => [r.id, r.kind, r.fields.map((f) => f.field)])).toEqual([
      [changed!.id, 'changed', ['costOre']],
      [removed!.id, 'removed', []],
    ]);
    expect(c.tables.laws.map((r) => r.kind)).toEqual(['added']);
    expect(countChanges(c)).toBe(3);
  });

  it('frame fields are listed with their value before and after', () => {
    const v1 = samplePlan();
    const v2 = { ...structuredClone(v1), plan: { ...v1.plan, statusLine: 'Vedtatt 12.12.2025' } };
    expect(comparePlans(v1, v2).frame).toEqual([{ field: 'statusLine', from: v1.plan.statusLine, to: 'Vedtatt 12.12.2025' }]);
  });
});
