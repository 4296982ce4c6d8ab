import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededIds } from '../../shared/domain/ids';
import { cellId, PlanData, TOMBSTONE } from '../../shared/domain/plan';
import { canonicalPlanJson } from '../../shared/interchange/planJson';
import {
  addArea,
  addGroup,
  addTheme,
  deleteArea,
  deleteGroup,
  deleteTheme,
  invertChanges,
  moveArea,
  moveAreaToTheme,
  moveResponsibility,
  reorderChanges,
  setLevel,
  sortKeyBetween,
} from '../../shared/matrix/edits';
import { sortRows } from '../../shared/domain/rowOrder';
import { deriveAllResponsibility, deriveMainResponsibility, deriveOverview } from '../../shared/matrix/tables';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { applyToPlan, matrixPlan } from './helpers';

const base = () =>
  matrixPlan(2, [
    { name: 'T1', areas: [{ name: 'T1', cells: { 1: 'OpH' } }, { name: 'A', cells: { 1: 'DpH' }, subtopics: ['A1'] }, { name: 'B' }] },
    { name: 'T2', areas: [{ name: 'T2', cells: { 2: 'OpH' } }] },
  ]);

describe('cell edits', () => {
  it('creates a cell row with the derived id, changes an existing one, and does nothing when unchanged', () => {
    const plan = base();
    expect(setLevel(plan, 'a1-3', 'g2', 'SpH')).toEqual([
      { table: 'cells', id: 'a1-3:g2', column: 'areaId', value: 'a1-3' },
      { table: 'cells', id: 'a1-3:g2', column: 'groupId', value: 'g2' },
      { table: 'cells', id: 'a1-3:g2', column: 'level', value: 'SpH' },
      { table: 'cells', id: 'a1-3:g2', column: TOMBSTONE, value: false },
    ]);
    expect(setLevel(plan, 'a1-2', 'g1', null)).toEqual([{ table: 'cells', id: 'a1-2:g1', column: 'level', value: null }]);
    expect(setLevel(plan, 'a1-2', 'g1', 'DpH')).toEqual([]);
    const next = applyToPlan(plan, setLevel(plan, 'a1-3', 'g2', 'SpH'));
    expect(PlanData.safeParse(next).success).toBe(true);
    expect(deriveMainResponsibility(next)[1]!.rows.map((r) => r.area.name)).toEqual(['B', 'T2']);
  });

  it('moving responsibility moves the level, records a dated note, and undoes completely', () => {
    const plan = base();
    const changes = moveResponsibility(plan, 'a1-2', 'g1', 'g2', '2025-03-14', 'note-1');
    const moved = applyToPlan(plan, changes);
    expect(moved.cells.find((c) => c.id === cellId('a1-2', 'g1'))!.level).toBeNull();
    expect(moved.cells.find((c) => c.id === cellId('a1-2', 'g2'))!.level).toBe('DpH');
    expect(moved.areaNotes).toEqual([
      { id: 'note-1', areaId: 'a1-2', date: '2025-03-14', text: 'Flyttet fra Arbeidsgruppe 1: Gruppe 1 til Arbeidsgruppe 2: Gruppe 2' },
    ]);
    expect(PlanData.safeParse(moved).success).toBe(true);
    const undone = applyToPlan(moved, invertChanges(plan, changes));
    // The undone plan equals the original except for a cleared (null) cell row left behind.
    expect(deriveOverview(undone)).toEqual(deriveOverview(plan));
    expect(undone.areaNotes).toEqual([]);
    expect(moveResponsibility(plan, 'a1-3', 'g1', 'g2', '2025-03-14', 'n')).toEqual([]);
  });
});

describe('structure edits', () => {
  it('adds a theme with its overarching row at the end', () => {
    const plan = base();
    const { changes, themeId, areaId } = addTheme(plan, seededIds('new'), 'Kompetanse');
    const next = applyToPlan(plan, changes);
    expect(PlanData.safeParse(next).success).toBe(true);
    const last = deriveAllResponsibility(next).at(-1)!;
    expect(last.theme.id).toBe(themeId);
    expect(last.rows.map((r) => [r.area.id, r.overarching])).toEqual([[areaId, true]]);
  });

  it('adds areas and sub-topics after their siblings, and groups after the others', () => {
    const plan = base();
    const area = addArea(plan, seededIds('x'), 'th1', 'C');
    const sub = addArea(plan, seededIds('y'), 'th1', 'A2', 'a1-2');
    const group = addGroup(plan, seededIds('z'), { name: 'Prosjektgruppen', kind: 'prosjektgruppe', number: null });
    const next = applyToPlan(plan, [...area.changes, ...sub.changes, ...group.changes]);
    expect(PlanData.safeParse(next).success).toBe(true);
    expect(deriveAllResponsibility(next)[0]!.rows.map((r) => r.area.name)).toEqual(['T1', 'A', 'A1', 'A2', 'B', 'C']);
    expect(deriveOverview(next).groups.map((g) => g.name)).toEqual(['Gruppe 1', 'Gruppe 2', 'Prosjektgruppen']);
  });

  it('deletes a theme with its areas, sub-topics and cells', () => {
    const plan = base();
    const next = applyToPlan(plan, deleteTheme(plan, 'th1'));
    expect(next.themes.map((t) => t.id)).toEqual(['th2']);
    expect(next.areas.map((a) => a.id)).toEqual(['a2-1']);
    expect(next.cells.map((c) => c.id)).toEqual(['a2-1:g2']);
  });

  it('deletes an area with its sub-topics; deletes a group with its cells but keeps its chapters', () => {
    const plan = buildSamplePlan();
    const bolig = plan.areas.find((a) => a.name === 'Bolig')!;
    const afterArea = applyToPlan(plan, deleteArea(plan, bolig.id));
    expect(afterArea.areas.some((a) => a.id === bolig.id || a.parentId === bolig.id)).toBe(false);
    expect(afterArea.areaNotes.some((n) => n.areaId === bolig.id)).toBe(false);
    const g5 = plan.groups.find((g) => g.number === 5)!;
    const afterGroup = applyToPlan(plan, deleteGroup(plan, g5.id));
    expect(afterGroup.cells.some((c) => c.groupId === g5.id)).toBe(false);
    expect(afterGroup.chapters).toHaveLength(plan.chapters.length);
    expect(afterGroup.chapters.some((c) => c.groupId === g5.id)).toBe(false);
  });

  it('moves an area with its sub-topics to another theme', () => {
    const plan = base();
    const next = applyToPlan(plan, moveAreaToTheme(plan, 'a1-2', 'th2'));
    expect(deriveAllResponsibility(next).map((t) => t.rows.map((r) => r.area.name))).toEqual([['T1', 'B'], ['T2', 'A', 'A1']]);
  });

  it('reorders an area between its neighbours with one change', () => {
    const plan = base();
    const changes = moveArea(plan, 'a1-3', 'a1-2');
    expect(changes).toEqual([{ table: 'areas', id: 'a1-3', column: 'sortKey', value: 1.5 }]);
    expect(deriveAllResponsibility(applyToPlan(plan, changes))[0]!.rows.map((r) => r.area.name)).toEqual(['T1', 'B', 'A', 'A1']);
  });

  it('undoes any sequence of edits back to the same canonical plan', () => {
    const plan = buildSamplePlan();
    const [t0, t1] = plan.themes;
    const area = plan.areas.find((a) => a.themeId === t0!.id && a.parentId === null && a.sortKey === 2)!;
    const edits = [
      ...setLevel(plan, area.id, plan.groups[6]!.id, 'SpH'),
      ...moveAreaToTheme(plan, area.id, t1!.id),
      ...deleteGroup(plan, plan.groups[0]!.id),
    ];
    const graveyard = new Map();
    const edited = applyToPlan(plan, edits, graveyard);
    expect(canonicalPlanJson(edited)).not.toBe(canonicalPlanJson(plan));
    const restored = applyToPlan(edited, invertChanges(plan, edits), graveyard);
    expect(canonicalPlanJson(restored)).toBe(canonicalPlanJson(plan));
  });
});

describe('sort keys', () => {
  it('finds a key between neighbours, and reports when the gap is exhausted', () => {
    expect(sortKeyBetween(null, null)).toBe(1);
    expect(sortKeyBetween(null, 1)).toBe(0);
    expect(sortKeyBetween(3, null)).toBe(4);
    expect(sortKeyBetween(1, 2)).toBe(1.5);
    expect(sortKeyBetween(1, 1 + Number.EPSILON)).toBeNull();
  });

  it('any sequence of moves gives the order an array model predicts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }), (n, moves) => {
        let rows = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, sortKey: 1 }));
        let model = sortRows(rows).map((r) => r.id);
        for (const [a, b] of moves) {
          const id = model[a % n]!;
          const others = model.filter((x) => x !== id);
          const beforeId = b % (n + 1) < others.length ? others[b % (n + 1)]! : null;
          for (const c of reorderChanges('groups', rows, id, beforeId)) rows = rows.map((r) => (r.id === c.id ? { ...r, sortKey: c.value as number } : r));
          const at = beforeId === null ? others.length : others.indexOf(beforeId);
          model = [...others.slice(0, at), id, ...others.slice(at)];
          expect(sortRows(rows).map((r) => r.id)).toEqual(model);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
