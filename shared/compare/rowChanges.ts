// Rows of one table compared by id: added, removed, or changed field by field (from → to). Used for the structured
// tables, the matrix's groups, themes, areas and cells, and the chapters' own fields.
import { sameValue } from './sameValue';

export type FieldDiff = { field: string; from: unknown; to: unknown };
export type RowChange<T> = { id: string; kind: 'added' | 'removed' | 'changed'; before: T | null; after: T | null; fields: FieldDiff[] };

type Row = { readonly id: string };

/** Fields of two versions of a row that differ (`skip`: fields compared elsewhere, e.g. a chapter's body). */
export function fieldDiffs<T extends object>(before: T, after: T, skip: readonly string[] = []): FieldDiff[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldDiff[] = [];
  for (const field of fields) {
    if (field === 'id' || skip.includes(field)) continue;
    const from = (before as Record<string, unknown>)[field];
    const to = (after as Record<string, unknown>)[field];
    if (!sameValue(from, to)) out.push({ field, from, to });
  }
  return out;
}

/** Changes in the order of `after` (the newer plan), removed rows following in their old order. */
export function compareRowsById<T extends Row>(before: readonly T[], after: readonly T[], skip: readonly string[] = []): RowChange<T>[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const out: RowChange<T>[] = [];
  for (const row of after) {
    seen.add(row.id);
    const prev = old.get(row.id);
    if (!prev) out.push({ id: row.id, kind: 'added', before: null, after: row, fields: [] });
    else {
      const fields = fieldDiffs(prev, row, skip);
      if (fields.length > 0) out.push({ id: row.id, kind: 'changed', before: prev, after: row, fields });
    }
  }
  for (const row of before) if (!seen.has(row.id)) out.push({ id: row.id, kind: 'removed', before: row, after: null, fields: [] });
  return out;
}

/** The rows after the changes: applying compareRowsById(a, b) to a gives b's rows (in a's order, then the added ones). */
export function applyRowChanges<T extends Row>(rows: readonly T[], changes: readonly RowChange<T>[]): T[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const out: T[] = [];
  for (const row of rows) {
    const change = byId.get(row.id);
    if (!change) out.push(row);
    else if (change.kind === 'changed') out.push(applyFields(row, change.fields));
  }
  for (const c of changes) if (c.kind === 'added' && c.after) out.push(c.after);
  return out;
}

export function applyFields<T extends object>(row: T, fields: readonly FieldDiff[]): T {
  const out = { ...row } as Record<string, unknown>;
  for (const f of fields) {
    if (f.to === undefined) delete out[f.field];
    else out[f.field] = f.to;
  }
  return out as T;
}
