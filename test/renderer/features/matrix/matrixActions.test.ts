// The matrix editor's edits on the sample plan: a level in another column of a one-holder row moves it with a dated
// note (Shift adds a holder), drops across themes, Alt+arrow nudges, created rows shown before plan.load, filters.
import { describe, expect, it } from 'vitest';
import { cellId, type PlanData } from '../../../../shared/domain/plan';
import { invertChanges } from '../../../../shared/matrix/edits';
import { orderMatrix } from '../../../../shared/matrix/order';
import { buildSamplePlan } from '../../../../shared/sample/samplePlan';
import { applyChanges } from '../../../../renderer/app/applyChanges';
import { mergeChanges, withCreatedRows } from '../../../../renderer/app/changeRows';
import { buildGridModel, cycleLevel } from '../../../../renderer/features/matrix/gridModel';
import { dropAreaChanges, nudgeAreaChanges, nudgeGroupChanges, setCellChanges } from '../../../../renderer/features/matrix/matrixActions';

const G1 = 'sample-0002';
const G5 = 'sample-0006';
const VELFERD = 'sample-0011';
const apply = (plan: PlanData, changes: Parameters<typeof applyChanges>[1]) => applyChanges(withCreatedRows(plan, changes), changes);
const level = (plan: PlanData, areaId: string, groupId: string) => plan.cells.find((c) => c.id === cellId(areaId, groupId))?.level ?? null;
const themeRows = (plan: PlanData, i: number) => [...orderMatrix(plan).rowsByTheme.values()][i]!.map((r) => r.area.id);

describe('matrix editor actions', () => {
  it('moves a one-holder row to the column where a level is set, with the pressed level and a dated note; undo removes both', () => {
    const plan = buildSamplePlan();
    const changes = setCellChanges(plan, VELFERD, G1, 'SpH', { today: '2025-05-02', noteId: 'note-1' });
    const after = apply(plan, changes);
    expect(level(after, VELFERD, G5)).toBeNull();
    expect(level(after, VELFERD, G1)).toBe('SpH');
    expect(after.areaNotes.find((n) => n.id === 'note-1')).toMatchObject({
      id: 'note-1',
      areaId: VELFERD,
      date: '2025-05-02',
      text: 'Flyttet fra Arbeidsgruppe 5: Utvikling og innovasjon til Arbeidsgruppe 1: Institusjonstjenester og struktur',
    });
    const undone = apply(after, invertChanges(plan, changes));
    expect(level(undone, VELFERD, G5)).toBe('DpH');
    expect(level(undone, VELFERD, G1)).toBeNull();
    expect(undone.areaNotes.some((n) => n.id === 'note-1')).toBe(false);
  });

  it('adds a second holder with Shift and changes the holder’s own cell in place, without notes', () => {
    const plan = buildSamplePlan();
    const added = apply(plan, setCellChanges(plan, VELFERD, G1, 'DpH', { alsoHolder: true }));
    expect([level(added, VELFERD, G5), level(added, VELFERD, G1)]).toEqual(['DpH', 'DpH']);
    const changed = setCellChanges(plan, VELFERD, G5, 'OpH');
    expect(changed).toEqual([{ table: 'cells', id: cellId(VELFERD, G5), column: 'level', value: 'OpH' }]);
    // Two holders: a third column is just set, nothing moves.
    expect(setCellChanges(added, VELFERD, 'sample-0003', 'SpH').some((c) => c.table === 'areaNotes')).toBe(false);
  });

  it('drops an area before a row of another theme and nudges rows and columns', () => {
    const plan = buildSamplePlan();
    const [firstTheme, secondTheme] = [themeRows(plan, 0), themeRows(plan, 1)];
    const dropped = apply(plan, dropAreaChanges(plan, VELFERD, secondTheme[0]!, plan.areas.find((a) => a.id === secondTheme[0])!.themeId));
    expect(themeRows(dropped, 1)).toEqual([VELFERD, ...secondTheme]);
    expect(themeRows(dropped, 0)).toEqual(firstTheme.filter((id) => id !== VELFERD));
    const up = apply(plan, nudgeAreaChanges(plan, firstTheme[2]!, -1));
    expect(themeRows(up, 0).slice(0, 3)).toEqual([firstTheme[0], firstTheme[2], firstTheme[1]]);
    const last = firstTheme[firstTheme.length - 1]!;
    const down = apply(plan, nudgeAreaChanges(plan, last, 1));
    expect(themeRows(down, 1)[0]).toBe(last);
    const groups = orderMatrix(plan).groups.map((g) => g.id);
    const right = apply(plan, nudgeGroupChanges(plan, groups[0]!, 1));
    expect(orderMatrix(right).groups.map((g) => g.id).slice(0, 2)).toEqual([groups[1], groups[0]]);
    expect(nudgeGroupChanges(plan, groups[0]!, -1)).toEqual([]);
  });

  it('shows created rows at once and merges repeated fields to the last value', () => {
    const plan = buildSamplePlan();
    const changes = [
      { table: 'cells' as const, id: 'x:y', column: 'areaId', value: 'x' },
      { table: 'cells' as const, id: 'x:y', column: 'groupId', value: 'y' },
      { table: 'cells' as const, id: 'x:y', column: 'level', value: 'DpH' },
      { table: 'cells' as const, id: 'x:y', column: 'tombstone', value: false },
      { table: 'cells' as const, id: 'x:y', column: 'level', value: 'SpH' },
    ];
    expect(mergeChanges(changes).filter((c) => c.column === 'level')).toEqual([{ table: 'cells', id: 'x:y', column: 'level', value: 'SpH' }]);
    expect(withCreatedRows(plan, mergeChanges(changes)).cells.at(-1)).toEqual({ id: 'x:y', areaId: 'x', groupId: 'y', level: 'SpH' });
    expect(withCreatedRows(plan, [{ table: 'cells', id: cellId(VELFERD, G5), column: 'level', value: null }])).toBe(plan);
  });

  it('filters the grid by search text and by group, and cycles levels none → OpH → DpH → SpH → none', () => {
    const plan = buildSamplePlan();
    expect(buildGridModel(plan).rows.length).toBe(plan.areas.length);
    expect(buildGridModel(plan, { groupId: null, search: 'VELFERD' }).rows.map((r) => r.area.id)).toEqual([VELFERD]);
    const g5 = buildGridModel(plan, { groupId: G5, search: '' });
    expect(g5.rows.length).toBe(plan.cells.filter((c) => c.groupId === G5 && c.level).length);
    expect(g5.rows.every((r) => r.levels[g5.groups.findIndex((g) => g.id === G5)] !== null)).toBe(true);
    expect([null, 'OpH', 'DpH', 'SpH'].map((l) => cycleLevel(l as never))).toEqual(['OpH', 'DpH', 'SpH', null]);
  });
});
