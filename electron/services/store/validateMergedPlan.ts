// What a plan must be after a merge, checked on the result before it is committed (issue 12: a copy must never hurt
// the plan). `planBreaches` lists every breach as one readable line; plan invariants (cycles, orphans, references)
// belong here too, so that the merge and `cli check` judge a plan by the same rules.
import type { Database } from 'better-sqlite3';
import { PlanverkError } from '../../../shared/api/errors';
import { PlanData } from '../../../shared/domain/plan';
import { findPlanBreaches } from '../../../shared/interchange/planInvariants';
import { readPlanData } from './readPlan';
import { storedRowBreaches } from './storedBreaches';

/** Every way the plan in `db` is not a whole, valid plan (empty when it is one). */
export function planBreaches(db: Database): string[] {
  const frames = db.prepare('SELECT count(*) FROM plan WHERE tombstone = 0').pluck().get() as number;
  if (frames === 0) return ['planrammen mangler'];
  const breaches: string[] = frames > 1 ? [`${frames} planrammer, men en plan har én`] : [];
  let plan: PlanData;
  try {
    plan = readPlanData(db);
  } catch (err) {
    return [...breaches, err instanceof PlanverkError ? (err.detail ?? err.message) : String(err)];
  }
  const parsed = PlanData.safeParse(plan);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) breaches.push(`${issue.path.join('.')}: ${issue.message}`);
    return breaches;
  }
  for (const b of findPlanBreaches(parsed.data)) breaches.push(`${b.path}: ${b.message}`);
  breaches.push(...storedRowBreaches(db));
  return breaches;
}

/**
 * Throws (INVALID_COPY) when the merged plan in `db` has a breach that the plan did not have before the merge
 * (`before`, from planBreaches): a copy may not make the plan worse, but an old flaw must not block every merge.
 */
export function validateMergedPlan(db: Database, before: readonly string[] = []): void {
  const known = new Set(before);
  const added = planBreaches(db).filter((b) => !known.has(b));
  if (added.length === 0) return;
  throw mergeWouldBreak(added.slice(0, 5).join('; '));
}

/** The refusal of a copy whose merge would leave an invalid plan; `detail` names the breaches. */
export function mergeWouldBreak(detail: string | undefined): PlanverkError {
  return new PlanverkError('INVALID_COPY', detail?.slice(0, 500), { key: 'copyWouldBreak' });
}
