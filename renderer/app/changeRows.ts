// Field changes as the cached plan sees them: merged per field, and the rows they create added before plan.load.
import { TOMBSTONE, type FieldChange, type TableName } from '../../shared/domain/plan';
import type { PlanRows } from '../../shared/domain/planView';

type Row = { id: string } & Record<string, unknown>;
type ListTable = Exclude<TableName, 'plan'>;

/** Later changes to the same field replace earlier ones, so an edit built from two steps stays one clean message list. */
export function mergeChanges(changes: readonly FieldChange[]): FieldChange[] {
  const byKey = new Map<string, FieldChange>();
  for (const c of changes) {
    const key = `${c.table}\u0000${c.id}\u0000${c.column}`;
    byKey.delete(key);
    byKey.set(key, c);
  }
  return [...byKey.values()];
}

/**
 * Rows the changes create (every column set and tombstone cleared) added to the cached plan, so a new cell, area or
 * note shows before plan.load; applyChanges in the store then patches known rows only.
 */
export function withCreatedRows<P extends PlanRows>(plan: P, changes: readonly FieldChange[]): P {
  const created = new Map<string, { table: ListTable; row: Row }>();
  for (const c of changes) {
    if (c.table === 'plan') continue;
    const table = c.table as ListTable;
    const rows = plan[table] as Row[];
    if (rows.some((r) => r.id === c.id)) continue;
    const key = `${table}\u0000${c.id}`;
    const entry = created.get(key) ?? { table, row: { id: c.id } };
    if (c.column !== TOMBSTONE) entry.row[c.column] = c.value;
    else if (c.value === true) {
      created.delete(key);
      continue;
    }
    created.set(key, entry);
  }
  if (created.size === 0) return plan;
  const next: Record<string, unknown> = { ...plan };
  for (const { table, row } of created.values()) next[table] = [...(next[table] as Row[]), row];
  return next as P;
}
