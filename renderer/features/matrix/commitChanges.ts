// The matrix editor's one way to change the plan: show the edit at once (new rows included), then send it through
// plan.mutate as one undo step; undo/redo go through plan.undo/plan.redo and reload the plan.
import type { FieldChange } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
import { mergeChanges, withCreatedRows } from './changeRows';

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
