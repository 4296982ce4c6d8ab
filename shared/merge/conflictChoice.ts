// «Bruk den andre verdien»: the edit that gives a conflicting field the value the change log let lose (after a merge).
import type { MergeConflict } from '../api/calls/merge';
import type { FieldChange } from '../domain/plan';

/** The losing side's value: the one the plan does not show after the merge. */
export const otherValue = (c: MergeConflict): unknown => (c.winner === 'copy' ? c.here : c.copy);

/** One ordinary field change (one undo step) that puts the other value in. */
export const otherValueChange = (c: MergeConflict): FieldChange => ({ table: c.table, id: c.rowId, column: c.column, value: otherValue(c) });
