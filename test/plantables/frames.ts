// Plans for the plan-table tests: the empty plan with seeded ids, and small builders for rows.
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import type { HearingInput, Malform, Measure, PlanData } from '../../shared/domain/plan';
import { BLANK_ROWS } from '../../shared/plantables/edits';

export function testPlan(malform: Malform = 'nb', patch: Partial<PlanData['plan']> = {}): PlanData {
  const plan = emptyPlan(seededIds('plan'));
  plan.plan = { ...plan.plan, malform, ...patch };
  return plan;
}

export function input(id: string, fields: Partial<HearingInput> = {}): HearingInput {
  return { ...BLANK_ROWS.inputs(id, 1), sender: 'Avsender', ...fields };
}

export function measure(id: string, fields: Partial<Measure> = {}): Measure {
  return { ...BLANK_ROWS.measures(id, 1), name: `Tiltak ${id}`, unit: '3402 Avd. Sentrum', ...fields };
}
