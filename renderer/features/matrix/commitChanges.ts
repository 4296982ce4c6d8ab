// The matrix editor's one way to change the plan: an edit's field changes, merged per field, committed through the
// command path (renderer/commands) as one undo step, with the rows they create shown at once.
import type { FieldChange } from '../../../shared/domain/plan';
import { mergeChanges } from '../../app/changeRows';
import { commit } from '../../commands/commandBus';

/** Sends one user action (one undo step). Returns false when there was nothing to change. */
export function commitChanges(changes: readonly FieldChange[]): boolean {
  return changes.length > 0 && commit(mergeChanges(changes), { rowsFromChanges: true });
}
