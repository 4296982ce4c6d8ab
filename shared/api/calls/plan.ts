// Calls that read and change the plan's content. Every change is a list of field changes through the change log.
import { z } from 'zod';
import { call, result } from '../define';
import { Id, TABLE_NAMES } from '../../domain/plan';
import type { PlanView } from '../../domain/planView';

export const FieldChangeArgs = z.object({
  table: z.enum(TABLE_NAMES as [string, ...string[]]),
  id: Id,
  column: z.string().min(1).max(64),
  value: z.unknown(),
});

export type MutateResult = { savedAt: string | null; pendingChanges: number };

export const planCalls = {
  /** The whole plan with asset metadata only; asset bytes come from asset.get. */
  'plan.load': call(z.object({}), result<PlanView>()),
  /** Columns and values are validated against the entity schema of their table by the service. */
  'plan.mutate': call(z.object({ changes: z.array(FieldChangeArgs).min(1).max(10000) }), result<MutateResult>()),
  /** Undo/redo of this session's last plan.mutate; `done` is false when there was nothing to undo/redo. */
  'plan.undo': call(z.object({}), result<MutateResult & { done: boolean }>()),
  'plan.redo': call(z.object({}), result<MutateResult & { done: boolean }>()),
};
