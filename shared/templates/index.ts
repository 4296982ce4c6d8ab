// «Ny plan» from a template: a plan of the chosen kind and målform with the usual chapter skeleton and the live
// blocks already placed, so the first export already holds every table the plan has data for.
import { defaultFrame, defaultLegend, emptyPlan } from '../domain/emptyPlan';
import { randomId, type IdSource } from '../domain/ids';
import { suggestedStatusLine } from '../document/frameTexts';
import type { Malform, PlanData, PlanFrame } from '../domain/plan';
import { kommunedelplanChapters } from './kommunedelplanTemplate';
import { planprogramChapters } from './planprogramTemplate';
import { chaptersFromSpecs, pickFor } from './skeleton';
import { TEMPLATE_KINDS, type TemplateKind } from './kinds';

export { TEMPLATE_KINDS, TemplateKindSchema, type TemplateKind } from './kinds';

function templateFrame(id: string, kind: TemplateKind, malform: Malform): PlanFrame {
  const t = pickFor(malform);
  const isProgram = kind === 'planprogram';
  const frame: PlanFrame = {
    ...defaultFrame(id),
    title: isProgram ? t('Planprogram for …', 'Planprogram for …') : t('Kommunedelplan for …', 'Kommunedelplan for …'),
    planType: kind,
    malform,
    phase: isProgram ? 'oppstart' : 'planforslag-arbeid',
    versionLabel: t('Utkast', 'Utkast'),
  };
  return { ...frame, statusLine: suggestedStatusLine(frame) };
}

export function planFromTemplate(kind: TemplateKind, malform: Malform, newId: IdSource = randomId): PlanData {
  if (!TEMPLATE_KINDS.includes(kind)) throw new Error(`Ukjent plantype: ${String(kind)}`);
  const base = emptyPlan(newId);
  const specs = kind === 'planprogram' ? planprogramChapters(malform) : kommunedelplanChapters(malform);
  return {
    ...base,
    plan: templateFrame(base.plan.id, kind, malform),
    legend: defaultLegend(malform),
    chapters: chaptersFromSpecs(specs, newId),
  };
}
