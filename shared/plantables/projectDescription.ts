// The generated project description table (Plannavn, Planperiode, …, Organisering) as label/lines pairs.
import type { Malform, PlanData } from '../domain/plan';
import { sortRows } from '../domain/rowOrder';
import { wordsFor } from '../document/words';
import { formatPeriod } from '../format/norwegian';
import { sortMilestones } from './milestones';

export type ProjectDescriptionKey = 'planName' | 'planPeriod' | 'purpose' | 'scope' | 'progress' | 'focusAreas' | 'organisation';
/** One row: the label in the plan's målform and its value as lines (a list in the document where there are several). */
export type ProjectDescriptionRow = { key: ProjectDescriptionKey; label: string; lines: string[] };

/** The row labels are document words (shared/document/words.ts): one home for each word. */
const labelsFor = (malform: Malform): Record<ProjectDescriptionKey, string> => {
  const w = wordsFor(malform);
  return { planName: w.planName, planPeriod: w.planPeriod, purpose: w.planPurpose, scope: w.planScope, progress: w.progress, focusAreas: w.focusAreas, organisation: w.organisation };
};

/** "2025–2037", one year alone, or '' when the period is not set. */
export function planPeriodText(frame: Pick<PlanData['plan'], 'periodFrom' | 'periodTo'>): string {
  const { periodFrom: a, periodTo: b } = frame;
  if (a !== null && b !== null) return a === b ? String(a) : `${a}–${b}`;
  return a !== null ? String(a) : b !== null ? String(b) : '';
}

const paragraphs = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

export function projectDescriptionRows(plan: Pick<PlanData, 'plan' | 'milestones' | 'orgRoles'>): ProjectDescriptionRow[] {
  const frame = plan.plan;
  const label = labelsFor(frame.malform);
  const progress = sortMilestones(plan.milestones).map((m) => {
    const time = formatPeriod(m.from, m.to, frame.malform);
    return time ? `${m.name}: ${time}` : m.name;
  });
  const organisation = sortRows(plan.orgRoles).map((r) => (r.participants.trim() ? `${r.role}: ${r.participants.trim()}` : r.role));
  const rows: Array<[ProjectDescriptionKey, string[]]> = [
    ['planName', paragraphs(frame.title)],
    ['planPeriod', paragraphs(planPeriodText(frame))],
    ['purpose', paragraphs(frame.purpose)],
    ['scope', paragraphs(frame.scope)],
    ['progress', progress],
    ['focusAreas', frame.focusAreas.map((f) => f.trim()).filter((f) => f !== '')],
    ['organisation', organisation],
  ];
  return rows.map(([key, lines]) => ({ key, label: label[key], lines }));
}
