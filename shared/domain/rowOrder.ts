// The one order of a plan's rows, used by the chapter tree, the grids, the matrix, the export, readPlan and the JSON
// interchange. Siblings go by their position key (`sortKey`); rows with equal keys (two copies that picked the same
// key, merged) go by id compared as UTF-16 code units. Never by locale: a collation may call two different ids equal
// (precomposed «é» and «e» + combining accent), which leaves their order to whichever came first in the array, i.e. to
// the merge order, and it orders case and punctuation unlike every other place.
import { ENTITIES, ResponsibilityLevel, TABLE_NAMES, type TableName } from './plan';

/** A row with a place among its siblings. */
export type PositionedRow = { readonly id: string; readonly sortKey: number };

/** Ids (and other keys) by UTF-16 code units: the same on every machine and in every locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Position keys as numbers; -0 equals 0, and NaN (never valid) sorts after every number rather than breaking the order. */
function compareKeys(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
}

/** The total order of sibling rows: position key, then id. */
export function compareRows(a: PositionedRow, b: PositionedRow): number {
  return compareKeys(a.sortKey, b.sortKey) || compareIds(a.id, b.id);
}

/** A sorted copy: the rows in the adviser's order. */
export function sortRows<T extends PositionedRow>(rows: readonly T[]): T[] {
  return [...rows].sort(compareRows);
}

type TreeRow = PositionedRow & { readonly parentId: string | null };

/**
 * Each parent's children in row order (key null: the top level). A row whose parent is not among the rows (deleted in
 * another copy) or is itself stands at the top, so nothing is hidden.
 */
export function childrenByParent<T extends TreeRow>(rows: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, T[]>();
  for (const row of sortRows(rows)) {
    const parent = row.parentId !== null && row.parentId !== row.id && ids.has(row.parentId) ? row.parentId : null;
    const list = children.get(parent);
    if (list) list.push(row);
    else children.set(parent, [row]);
  }
  return children;
}

/** Rows in reading order: depth first, siblings in row order; rows caught in a parent cycle follow at the end. */
export function treeOrder<T extends TreeRow>(rows: readonly T[]): T[] {
  const children = childrenByParent(rows);
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (row: T): void => {
    if (seen.has(row.id)) return;
    seen.add(row.id);
    out.push(row);
    for (const child of children.get(row.id) ?? []) visit(child);
  };
  for (const row of children.get(null) ?? []) visit(row);
  for (const row of sortRows(rows)) visit(row);
  return out;
}

const LEVELS: readonly string[] = ResponsibilityLevel.options;

/** The legend's place is its level (OpH, DpH, SpH); an unknown id goes last, by id. */
export function compareLegendEntries(a: { readonly id: string }, b: { readonly id: string }): number {
  const rank = (id: string): number => (LEVELS.includes(id) ? LEVELS.indexOf(id) : LEVELS.length);
  return rank(a.id) - rank(b.id) || compareIds(a.id, b.id);
}

type StoredRow = { readonly id: string; readonly sortKey?: unknown };
const positionOf = (row: StoredRow): number => (typeof row.sortKey === 'number' ? row.sortKey : 0);
const POSITIONED = new Set(TABLE_NAMES.filter((t) => 'sortKey' in (ENTITIES[t] as unknown as { shape: object }).shape));

/** Any table's rows in the plan's order: row order where rows have a place, the legend by level, other tables by id. */
export function orderTable<R extends StoredRow>(table: TableName, rows: readonly R[]): R[] {
  if (table === 'legend') return [...rows].sort(compareLegendEntries);
  if (!POSITIONED.has(table)) return [...rows].sort((a, b) => compareIds(a.id, b.id));
  return [...rows].sort((a, b) => compareKeys(positionOf(a), positionOf(b)) || compareIds(a.id, b.id));
}

type ListTable = Exclude<TableName, 'plan'>;
const LIST_TABLES = TABLE_NAMES.filter((t): t is ListTable => t !== 'plan');

/** The plan with every table in the plan's order, whatever order its arrays came in. */
export function planInRowOrder<P extends { readonly [T in ListTable]: readonly StoredRow[] }>(plan: P): P {
  const out = { ...plan };
  for (const table of LIST_TABLES) (out as Record<ListTable, unknown>)[table] = orderTable(table, plan[table]);
  return out;
}
