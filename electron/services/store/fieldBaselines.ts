// Values the change log does not explain (docs/architecture.md, «Baselines»). A migration's data step writes fields
// without messages (the cover's name and status line, a milestone's time), so once a message overwrites such a value
// nothing in the log says what the field held before, and the plan at an earlier version showed the wrong value. The
// moment a message first overwrites it, the value is kept as a baseline placed right after the field's latest message:
// the plan at any version that includes that message (or, placed before the first message, at every version) reads
// it, and a real edit, stamped later, always decides the field over it. The log itself (history, authors, undo,
// last-writer-wins) never sees a baseline.
import { TOMBSTONE, type TableName } from '../../../shared/domain/plan';
import { columnSpec, DERIVED_COLUMNS, fromSql, toSql } from './columns';
import type { RowWriter } from './rowWriter';
import { validateChange } from './validateChange';

export type FieldRef = { dataset: string; row: string; column: string };

/** What decides a field's value (JSON text): the baseline kept right after its latest message, else that message. */
export function decidingValue(writer: RowWriter, f: FieldRef): string | undefined {
  return deciding(writer, f).value;
}

/** `after`: where a baseline kept now goes (the field's latest message; '' before its first). */
function deciding(writer: RowWriter, f: FieldRef): { after: string; value: string | undefined } {
  const latest = writer.latestMessage(f.dataset, f.row, f.column);
  const after = latest?.timestamp ?? '';
  return { after, value: writer.baseline(f.dataset, f.row, f.column, after) ?? latest?.value };
}

/** A field that can hold a value no message wrote: an entity column that is logged (not the tombstone, not derived). */
function keptSpec(f: FieldRef) {
  if (f.column === TOMBSTONE || f.column === 'id' || DERIVED_COLUMNS[f.dataset as TableName]?.includes(f.column)) return undefined;
  return columnSpec(f.dataset as TableName, f.column);
}

const NOT_VALID = Symbol('not valid');
const sqlOf = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);

/** The stored value the log's deciding message or baseline gives (NOT_VALID when it does not validate). */
function explained(f: FieldRef, json: string): unknown {
  try {
    const change = validateChange({ table: f.dataset as TableName, id: f.row, column: f.column, value: JSON.parse(json) });
    return change.kind === 'field' ? toSql(change.spec, change.value) : NOT_VALID;
  } catch {
    return NOT_VALID;
  }
}

/**
 * Call before a message for field `f` is added (a local edit or a copy's change in a merge): keeps the stored value as a
 * baseline when the log does not explain it, or when the row has no message at all (a row a migration wrote). Returns
 * false when the row does not exist yet, so a caller creating many fields of a new row can skip the rest.
 */
export function keepBaseline(writer: RowWriter, f: FieldRef): boolean {
  const spec = keptSpec(f);
  if (!spec) return true;
  const stored = writer.getField(f.dataset as TableName, f.row, f.column);
  if (!stored.exists) return false;
  const now = deciding(writer, f);
  const unexplained =
    now.value === undefined ? sqlOf(stored.value) !== spec.sqlDefault || !writer.rowLogged(f.dataset, f.row) : sqlOf(stored.value) !== explained(f, now.value);
  if (!unexplained) return true;
  let value: string;
  try {
    value = JSON.stringify(fromSql(spec, stored.value) ?? null);
  } catch {
    return true; // an undecodable stored value is damage, not a value to keep
  }
  writer.putBaseline(f.dataset, f.row, f.column, now.after, value);
  return true;
}
