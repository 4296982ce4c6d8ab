// «The plan is always whole»: the invariants every plan as read must hold, after any merge and any local edit.
// No parent cycle, no orphan, no reference to a missing row (planReferences.ts lists them all), and the plan's own
// JSON re-imports and writes back byte for byte. `cli check` and the merge's validation run these.
import { liveBlockGroupIds } from '../domain/planReferences';
import type { PlanData } from '../domain/plan';
import { formatPath } from './path';
import { canonicalPlanJson, parsePlanJson } from './planJson';
import { listReferenceBreaches, type BadField } from './references';

/** Every breach of the plan invariants, each with the field's path and one Norwegian sentence; empty when whole. */
export function findPlanBreaches(plan: PlanData): BadField[] {
  const breaches = listReferenceBreaches(plan);
  const groups = new Set(plan.groups.map((g) => g.id));
  for (const [i, c] of plan.chapters.entries()) {
    for (const id of liveBlockGroupIds(c.body)) {
      if (!groups.has(id)) breaches.push({ path: formatPath(['chapters', i, 'body']), message: `en levende blokk viser til gruppen «${id}», som ikke finnes.` });
    }
  }
  if (breaches.length > 0) return breaches;
  // Only a plan whose references hold can re-import; then its JSON must come back exactly.
  const json = canonicalPlanJson(plan);
  const again = parsePlanJson(json);
  if (!again.ok) return [{ path: again.path, message: `planens JSON kan ikke leses inn igjen: ${again.message}` }];
  if (canonicalPlanJson(again.plan) !== json) return [{ path: '(rot)', message: 'planens JSON blir ikke den samme når den leses inn igjen.' }];
  return [];
}
