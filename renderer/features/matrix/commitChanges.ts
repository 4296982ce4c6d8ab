// The matrix editor's one way to change the plan: show the edit at once (new rows included), then send it through
// plan.mutate as one undo step; undo/redo go through plan.undo/plan.redo and reload the plan.
import { TOMBSTONE, type FieldChange, type PlanData, type TableName } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';

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
export function withCreatedRows(plan: PlanData, changes: readonly FieldChange[]): PlanData {
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
  return next as PlanData;
}

/** Sends one user action (one undo step). Returns false when there was nothing to change. */
export function commitChanges(changes: readonly FieldChange[]): boolean {
  if (changes.length === 0) return false;
  const merged = mergeChanges(changes);
  const store = usePlanStore.getState();
  if (!store.plan) return false;
  usePlanStore.setState({ plan: withCreatedRows(store.plan, merged) });
  usePlanStore.getState().change(merged, 'now');
  return true;
}

/** plan.undo / plan.redo after the queue is empty, then the plan as the file now has it. */
export async function undoRedo(which: 'plan.undo' | 'plan.redo'): Promise<boolean> {
  const store = usePlanStore.getState();
  await store.flush();
  const result = await api.call(which, {});
  if (!result.ok) {
    usePlanStore.setState({ error: result.error });
    return false;
  }
  if (result.value.done) await usePlanStore.getState().load();
  return result.value.done;
}
