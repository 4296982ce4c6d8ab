// What file.newFromTemplate and `cli new --kind` create: a template of the chosen kind and målform in the default
// profile's dress, or the built-in sample of that kind.
import type { Malform, PlanData } from '../../../shared/domain/plan';
import { buildSamplePlanOfKind } from '../../../shared/sample';
import { planFromTemplate, type TemplateKind } from '../../../shared/templates';
import { withDefaultProfile } from './defaultProfile';

export function templatePlanSource(kind: TemplateKind, malform: Malform, sample: boolean, profileFolder: string | undefined): { plan: PlanData } {
  if (sample) return { plan: buildSamplePlanOfKind(kind) };
  const plan = planFromTemplate(kind, malform);
  return { plan: withDefaultProfile(plan, profileFolder) ?? plan };
}
