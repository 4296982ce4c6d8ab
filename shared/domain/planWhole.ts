// The plan as it is shown, exported and written to JSON is always whole, whatever the merged change log holds:
// a pure, deterministic function of the stored rows (deleted ones included), so every merge order that ends in the
// same log shows the same plan. Rules (docs/architecture.md, «Merging copies»):
// - A live row keeps alive every row it points at: a sub-chapter added under a chapter the other copy deleted brings
//   the chapter back, an area added under a deleted theme keeps the theme, a measure keeps its chapter. Reported.
// - A pointer at a row that never existed is cleared (nullable), or the row is hidden (a cell of no area).
// - A parent cycle (two copies moved two chapters into each other) is broken at the row whose parent changed last
//   (ties: the smallest id): it moves to the top level. Reported.
// - A sub-area whose parent area went to another theme (in the other copy) becomes a top-level area of its own theme.
import { TABLE_NAMES, type TableName } from './plan';
import { referencedIds, referencesOf, withoutLiveBlockGroups, type ReferenceSpec } from './planReferences';
import { compareIds } from './rowOrder';

export type StoredRow = Record<string, unknown> & { id: string; tombstone?: boolean };
export type StoredRows = Record<TableName, readonly StoredRow[]>;

export type PlanRepair = {
  kind: 'restored' | 'cycleBroken' | 'movedUp' | 'referenceCleared' | 'hidden';
  table: TableName;
  id: string;
  /** restored: the live row and field that point at it; referenceCleared/hidden: the field whose target is missing. */
  via?: { table: TableName; id: string; column: string };
  /** The id that was missing (referenceCleared, hidden) or the former parent (cycleBroken). */
  target?: string;
};

export type WholeOptions = {
  /** When the row's parent was last set (the log timestamp); the later move is the one a cycle undoes. */
  moveTime?: (table: TableName, id: string) => string | null;
};

const key = (table: TableName, id: string): string => `${table}\u0000${id}`;
const byId = (a: { id: string }, b: { id: string }): number => compareIds(a.id, b.id);

export const repairKey = (r: PlanRepair): string => [r.kind, r.table, r.id, r.via?.table ?? '', r.via?.id ?? '', r.via?.column ?? '', r.target ?? ''].join('\u0000');

/** The live rows of every table (without the tombstone flag), repaired, and what was repaired. */
export function makePlanWhole(stored: StoredRows, opts: WholeOptions = {}): { rows: Record<TableName, StoredRow[]>; repairs: PlanRepair[] } {
  const index = new Map<string, StoredRow>();
  for (const table of TABLE_NAMES) for (const row of stored[table]) index.set(key(table, row.id), row);
  const targetOf = (spec: ReferenceSpec, id: string): TableName | null => spec.targets.find((t) => index.has(key(t, id))) ?? null;
  const repairs: PlanRepair[] = [];

  const hidden = hiddenRows(stored, targetOf, repairs);
  const live = new Set<string>();
  const queue: Array<[TableName, StoredRow]> = [];
  for (const table of TABLE_NAMES) {
    for (const row of [...stored[table]].sort(byId)) {
      if (row.tombstone || hidden.has(key(table, row.id))) continue;
      live.add(key(table, row.id));
      queue.push([table, row]);
    }
  }
  // Breadth-first from the live rows in a fixed order, so the row reported as the reason is the same in every replica.
  for (let i = 0; i < queue.length; i++) {
    const [table, row] = queue[i]!;
    for (const spec of referencesOf(table)) {
      for (const id of referencedIds(spec, row)) {
        const target = targetOf(spec, id);
        if (!target || hidden.has(key(target, id)) || live.has(key(target, id))) continue;
        live.add(key(target, id));
        queue.push([target, index.get(key(target, id))!]);
        repairs.push({ kind: 'restored', table: target, id, via: { table, id: row.id, column: spec.column } });
      }
    }
  }

  const rows = {} as Record<TableName, StoredRow[]>;
  for (const table of TABLE_NAMES) {
    rows[table] = stored[table]
      .filter((r) => live.has(key(table, r.id)))
      .map(({ tombstone: _t, ...r }) => clearMissing(table, r as StoredRow, (spec, id) => {
        const t = targetOf(spec, id);
        return t !== null && live.has(key(t, id));
      }, repairs));
  }
  alignSubAreaThemes(rows, repairs);
  for (const table of ['chapters', 'areas'] as const) breakCycles(table, rows[table], opts, repairs);
  return { rows, repairs: repairs.sort((a, b) => compareIds(repairKey(a), repairKey(b))) };
}

/** Rows whose required target never existed (or is itself hidden): nothing can show them. */
function hiddenRows(stored: StoredRows, targetOf: (spec: ReferenceSpec, id: string) => TableName | null, repairs: PlanRepair[]): Set<string> {
  const hidden = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const table of TABLE_NAMES) {
      for (const row of stored[table]) {
        if (hidden.has(key(table, row.id))) continue;
        for (const spec of referencesOf(table).filter((s) => s.kind === 'required')) {
          const id = referencedIds(spec, row)[0];
          const target = id === undefined ? null : targetOf(spec, id);
          if (target && !hidden.has(key(target, id!))) continue;
          hidden.add(key(table, row.id));
          if (!row.tombstone) repairs.push({ kind: 'hidden', table, id: row.id, via: { table, id: row.id, column: spec.column }, target: id ?? '' });
          changed = true;
          break;
        }
      }
    }
  }
  return hidden;
}

/** A live row's pointers at rows that are not live (they never existed, or are hidden) are cleared. */
function clearMissing(table: TableName, row: StoredRow, isLive: (spec: ReferenceSpec, id: string) => boolean, repairs: PlanRepair[]): StoredRow {
  let out = row;
  for (const spec of referencesOf(table)) {
    const missing = referencedIds(spec, row).filter((id) => !isLive(spec, id));
    if (missing.length === 0 || spec.kind === 'required') continue;
    out = out === row ? { ...row } : out;
    if (spec.kind === 'list') out[spec.column] = (row[spec.column] as string[]).filter((id) => !missing.includes(id));
    else if (spec.kind === 'liveBlocks') out[spec.column] = withoutLiveBlockGroups(row[spec.column], new Set(missing));
    else out[spec.column] = null;
    for (const id of missing) repairs.push({ kind: 'referenceCleared', table, id: row.id, via: { table, id: row.id, column: spec.column }, target: id });
  }
  return out;
}

/** A sub-area sits in its parent's theme; when the two copies disagree (one moved the area) it becomes a top-level area. */
function alignSubAreaThemes(rows: Record<TableName, StoredRow[]>, repairs: PlanRepair[]): void {
  const areas = new Map(rows.areas.map((a) => [a.id, a]));
  rows.areas = rows.areas.map((a) => {
    const parent = typeof a.parentId === 'string' ? areas.get(a.parentId) : undefined;
    if (!parent || parent.themeId === a.themeId) return a;
    repairs.push({ kind: 'movedUp', table: 'areas', id: a.id, via: { table: 'areas', id: a.id, column: 'parentId' }, target: parent.id });
    return { ...a, parentId: null };
  });
}

/** Cuts every parent cycle at its most recently moved member (ties: smallest id), which moves to the top level. */
function breakCycles(table: 'chapters' | 'areas', list: StoredRow[], opts: WholeOptions, repairs: PlanRepair[]): void {
  const rows = new Map(list.map((r) => [r.id, r]));
  const parentOf = (id: string): string | null => {
    const p = rows.get(id)?.parentId;
    return typeof p === 'string' && rows.has(p) ? p : null;
  };
  for (const start of [...rows.keys()].sort()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: string | null = start;
    while (cur !== null && !onPath.has(cur)) {
      path.push(cur);
      onPath.add(cur);
      cur = parentOf(cur);
    }
    if (cur === null) continue;
    const cycle = path.slice(path.indexOf(cur));
    const time = (id: string): string => opts.moveTime?.(table, id) ?? '';
    const cut = cycle.reduce((best, id) => (time(id) > time(best) || (time(id) === time(best) && id < best) ? id : best));
    const row = rows.get(cut)!;
    repairs.push({ kind: 'cycleBroken', table, id: cut, target: String(row.parentId) });
    const moved = { ...row, parentId: null };
    rows.set(cut, moved);
    list[list.indexOf(row)] = moved;
  }
}
