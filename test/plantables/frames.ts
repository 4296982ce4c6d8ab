// Plans for the plan-table tests: the empty plan with seeded ids, and small builders for rows.
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import type { HearingInput, Malform, Measure, PlanData } from '../../shared/domain/plan';

export function testPlan(malform: Malform = 'nb', patch: Partial<PlanData['plan']> = {}): PlanData {
  const plan = emptyPlan(seededIds('plan'));
  plan.plan = { ...plan.plan, malform, ...patch };
  return plan;
}

export function input(id: string, fields: Partial<HearingInput> = {}): HearingInput {
  return {
    id,
    sortKey: 1,
    sender: 'Avsender',
    senderType: 'privatperson',
    receivedDate: null,
    summary: '',
    fullText: '',
    attachmentAssetId: null,
    concerns: [],
    assessment: '',
    conclusion: null,
    ...fields,
  };
}

export function measure(id: string, fields: Partial<Measure> = {}): Measure {
  return {
    id,
    sortKey: 1,
    name: `Tiltak ${id}`,
    unit: '3402 Avd. Sentrum',
    themeId: null,
    chapterId: null,
    fteHundredths: 0,
    costOre: 0,
    status: 'planlagt',
    statusDate: null,
    followUp: '',
    ...fields,
  };
}
