import { describe, expect, it } from 'vitest';
import { seededIds } from '../../shared/domain/ids';
import { ENTITIES, type FieldChange, type Milestone } from '../../shared/domain/plan';
import {
  addRowChanges,
  addStarterLawsChanges,
  appendRow,
  BLANK_ROWS,
  deleteRowChanges,
  LIST_TABLES,
  moveRowChanges,
  reorderChanges,
  updateRowChanges,
} from '../../shared/plantables/edits';

/** Applies changes to rows as the store would, to check what an edit means rather than how it is spelled. */
function apply<R extends { id: string; sortKey: number }>(rows: R[], changes: FieldChange[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, { ...r } as Record<string, unknown>]));
  for (const c of changes) {
    const row = byId.get(c.id) ?? { id: c.id };
    row[c.column] = c.value;
    byId.set(c.id, row);
  }
  return [...byId.values()].filter((r) => r.tombstone !== 1).sort((a, b) => (a.sortKey as number) - (b.sortKey as number)) as R[];
}

const ms = (id: string, sortKey: number): Milestone => ({ id, sortKey, name: id, time: '', from: null, to: null, phase: null });

describe('edit helpers for the list tables', () => {
  it('blank rows of every table satisfy their schema', () => {
    for (const table of LIST_TABLES) expect(ENTITIES[table].safeParse(BLANK_ROWS[table]('x', 1)).success).toBe(true);
  });

  it('adds a row as every one of its fields, at the end', () => {
    const existing = [ms('a', 1), ms('b', 4)];
    const { row, changes } = appendRow('milestones', existing, { name: 'Sluttbehandling', from: '2025-09' }, seededIds('ms'));
    expect(row).toEqual({ id: 'ms-0001', sortKey: 5, name: 'Sluttbehandling', time: '', from: '2025-09', to: null, phase: null });
    expect(changes.map((c) => c.column).sort()).toEqual(['from', 'name', 'phase', 'sortKey', 'time', 'to']);
    expect(changes.every((c) => c.table === 'milestones' && c.id === 'ms-0001')).toBe(true);
  });

  it('refuses a row that breaks its schema', () => {
    expect(() => addRowChanges('laws', { id: 'l', sortKey: 1, name: 'X', lovdataId: 'LOV-abc', purpose: '' })).toThrow(/lovdataId/);
    expect(() => addRowChanges('measures', { ...BLANK_ROWS.measures('m', 1), costOre: 1.5 })).toThrow();
  });

  it('updates only the fields that change, and deletes by tombstone', () => {
    const row = ms('a', 1);
    expect(updateRowChanges('milestones', row, { name: 'a', from: '2024-06' })).toEqual([{ table: 'milestones', id: 'a', column: 'from', value: '2024-06' }]);
    expect(updateRowChanges('milestones', row, { name: 'a' })).toEqual([]);
    expect(deleteRowChanges('inputs', 'i1')).toEqual([{ table: 'inputs', id: 'i1', column: 'tombstone', value: 1 }]);
    expect(apply([row, ms('b', 2)], deleteRowChanges('milestones', 'a')).map((r) => r.id)).toEqual(['b']);
  });

  it('reorders with one sortKey between the new neighbours', () => {
    const rows = [ms('a', 1), ms('b', 2), ms('c', 3), ms('d', 4)];
    const toFront = reorderChanges('milestones', rows, 'c', 0);
    expect(toFront).toEqual([{ table: 'milestones', id: 'c', column: 'sortKey', value: 0 }]);
    const between = reorderChanges('milestones', rows, 'a', 2);
    expect(between).toHaveLength(1);
    expect(apply(rows, between).map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(apply(rows, reorderChanges('milestones', rows, 'a', 99)).map((r) => r.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(apply(rows, moveRowChanges('milestones', rows, 'd', -1)).map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(reorderChanges('milestones', rows, 'b', 1)).toEqual([]);
  });

  it('renumbers when there is no room between neighbours, and survives many moves into the same gap', () => {
    const tied = [ms('a', 1), ms('b', 1), ms('c', 1)];
    expect(apply(tied, reorderChanges('milestones', tied, 'c', 1)).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    let rows = [ms('a', 1), ms('b', 2), ms('z', 3)];
    for (let i = 0; i < 80; i++) {
      const moving = rows[rows.length - 1]!.id;
      rows = apply(rows, reorderChanges('milestones', rows, moving, 1));
      expect(rows[1]!.id).toBe(moving);
      rows = [...rows, ms(`n${i}`, rows[rows.length - 1]!.sortKey + 1)];
    }
    expect(new Set(rows.map((r) => r.sortKey)).size).toBe(rows.length);
  });

  it('adds chosen starter laws once, with purposes in the plan’s målform', () => {
    const ids = seededIds('law');
    const changes = addStarterLawsChanges([], ['LOV-2011-06-24-29', 'LOV-2008-06-27-71', 'LOV-1234-01-01-1'], 'nn', ids);
    const laws = apply([], changes);
    expect(laws.map((l) => (l as unknown as { lovdataId: string }).lovdataId)).toEqual(['LOV-2011-06-24-29', 'LOV-2008-06-27-71']);
    expect((laws[0] as unknown as { name: string }).name).toBe('Lov om folkehelsearbeid (folkehelseloven)');
    expect((laws[1] as unknown as { purpose: string }).purpose).toContain('høyring');
    const again = addStarterLawsChanges(laws as never, ['LOV-2011-06-24-29'], 'nn', ids);
    expect(again).toEqual([]);
  });
});
