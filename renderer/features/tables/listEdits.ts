// Edits of the plan's list tables from the UI: every edit becomes FieldChange[] (shared/plantables/edits) sent at
// once through the plan store's change queue, so that each is one plan.mutate and one step of plan.undo.
import { randomId } from '../../../shared/domain/ids';
import type { FieldChange } from '../../../shared/domain/plan';
import {
  appendRow,
  deleteRowChanges,
  moveRowChanges,
  updateRowChanges,
  type ListRow,
  type ListTable,
  type RowPatch,
} from '../../../shared/plantables';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';

function send(changes: FieldChange[]): void {
  if (changes.length > 0) usePlanStore.getState().change(changes, 'now');
}

/** Adds a row at the end. The cache gets the whole row first: the store's applyChanges only patches rows it knows. */
export function addRow<T extends ListTable>(table: T, fields: RowPatch<T> = {}): ListRow<T> | null {
  const plan = usePlanStore.getState().plan;
  if (!plan) return null;
  const existing = plan[table] as ListRow<T>[];
  const { row, changes } = appendRow(table, existing, fields, randomId);
  usePlanStore.setState({ plan: { ...plan, [table]: [...existing, row] } });
  send(changes);
  return row;
}

/** Changes fields of a row; throws (with a Norwegian sentence) when the result breaks the row's schema. */
export function patchRow<T extends ListTable>(table: T, row: ListRow<T>, patch: RowPatch<T>): void {
  send(updateRowChanges(table, row, patch));
}

export function deleteRow(table: ListTable, id: string): void {
  send(deleteRowChanges(table, id));
}

/** One step up or down among `rows` (the rows the adviser sees together, e.g. the measures of one unit). */
export function moveRow(table: ListTable, rows: readonly { id: string; sortKey: number }[], id: string, step: -1 | 1): void {
  send(moveRowChanges(table, rows, id, step));
}

/** Sends raw changes (e.g. the starter laws) as one step. */
export function sendChanges(changes: FieldChange[]): void {
  send(changes);
}

export type HistoryStep = 'undo' | 'redo';

/**
 * plan.undo / plan.redo of the session's last mutate, after whatever is still queued has been sent; the cache is then
 * read again from the file, which is the truth. Resolves to false when there was nothing to undo or redo.
 */
export async function stepHistory(step: HistoryStep): Promise<boolean> {
  const store = usePlanStore.getState();
  await store.flush();
  const result = await api.call(step === 'undo' ? 'plan.undo' : 'plan.redo', {});
  if (!result.ok) {
    usePlanStore.setState({ error: result.error });
    return false;
  }
  await store.load();
  return result.value.done;
}

/** Reads the plan again after a call that changed it outside the change queue (import). */
export async function reloadPlan(): Promise<void> {
  await usePlanStore.getState().load();
}
