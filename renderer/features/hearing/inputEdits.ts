// Edits of one hearing input: typed text goes through the debounced queue (one message per field per pause), choices
// and dates at once; both end up as plan.mutate through the command path.
import type { HearingInput } from '../../../shared/domain/plan';
import { updateRowChanges, type RowPatch } from '../../../shared/plantables';
import { commit } from '../../commands/commandBus';

export function patchInput(input: HearingInput, patch: RowPatch<'inputs'>, mode: 'debounced' | 'now'): void {
  const changes = updateRowChanges('inputs', input, patch);
  commit(changes, { mode });
}

/** Today as an ISO date in local time: the usual date received for an input registered now. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
