// Compare (issue 16): the open plan («now») or one of its versions against an earlier version or another file of the plan.
import { z } from 'zod';
import type { CompareView } from '../../compare/compareView';
import { call, result } from '../define';

const Id = z.string().min(1).max(80);

/** A compare as the page shows it, with the names of the two sides. */
export type CompareResult = CompareView & { fromLabel: string; toLabel: string };

export const compareCalls = {
  /** from: a version id or a plan file (.planverk or plan JSON); to: a version id, or the plan as it is now (null). */
  'compare.run': call(
    z.object({ fromVersion: Id.nullable().default(null), fromPath: z.string().min(1).max(4096).nullable().default(null), toVersion: Id.nullable().default(null) }),
    result<CompareResult>(),
  ),
};
