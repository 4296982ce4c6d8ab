// The built-in samples, one per plan kind «Ny plan» offers.
import type { PlanData } from '../domain/plan';
import type { TemplateKind } from '../templates/kinds';
import { buildSamplePlan } from './samplePlan';
import { buildSamplePlanprogram } from './samplePlanprogram';

export function buildSamplePlanOfKind(kind: TemplateKind): PlanData {
  return kind === 'planprogram' ? buildSamplePlanprogram() : buildSamplePlan();
}
