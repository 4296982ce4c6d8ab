// Edits of the plan's list tables from the UI: every edit becomes FieldChange[] (shared/plantables/edits) committed
// at once through the command path (renderer/commands), so that each is one plan.mutate and one undo step.
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
import { usePlanStore } from '../../app/planStore';
import { commit, reload } from '../../commands/commandBus';

function send(changes: FieldChange[]): void {
  commit(changes);
}

/** Adds a row at the end; the cache gets the whole row with the edit (changes only patch rows it knows). */
export function addRow<T extends ListTable>(table: T, fields: RowPatch<T> = {}): ListRow<T> | null {
  const plan = usePlanStore.getState().plan;
  if (!plan) return null;
  const existing = plan[table] as ListRow<T>[];
  const { row, changes } = appendRow(table, existing, fields, randomId);
  commit(changes, { rows: { [table]: [row] } });
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

/** Reads the plan again after a call that changed it outside the command path (import). */
export const reloadPlan = reload;
