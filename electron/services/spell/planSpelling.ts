// The spell-check of a whole plan in Node, for `cli spell`, `cli check` and the export check: loads the dictionaries
// once per process and runs shared/spell/planSpell over the plan.
import type { PlanData } from '../../../shared/domain/plan';
import { spellPlan, type ChapterSpelling } from '../../../shared/spell/planSpell';
import { nodeSpellers } from './nodeSpellers';

export async function spellPlanInNode(plan: PlanData, options: { withSuggestions?: boolean } = {}): Promise<ChapterSpelling[]> {
  return spellPlan(plan, { spellers: await nodeSpellers(), withSuggestions: !!options.withSuggestions });
}
