// The generated project description table (Plannavn, Planperiode, …, Organisering) as label/lines pairs.
import type { Malform, PlanData } from '../domain/plan';
import { formatPeriod } from '../format/norwegian';
import { sortMilestones } from './milestones';

export type ProjectDescriptionKey = 'planName' | 'planPeriod' | 'purpose' | 'scope' | 'progress' | 'focusAreas' | 'organisation';
/** One row: the label in the plan's målform and its value as lines (a list in the document where there are several). */
export type ProjectDescriptionRow = { key: ProjectDescriptionKey; label: string; lines: string[] };

const LABELS: Record<Malform, Record<ProjectDescriptionKey, string>> = {
  nb: {
    planName: 'Plannavn',
    planPeriod: 'Planperiode',
    purpose: 'Hensikten med planarbeidet',
    scope: 'Planavgrensning',
    progress: 'Framdriftsplan',
    focusAreas: 'Innsatsområder',
    organisation: 'Organisering',
  },
  nn: {
    planName: 'Plannamn',
    planPeriod: 'Planperiode',
    purpose: 'Føremålet med planarbeidet',
    scope: 'Planavgrensing',
    progress: 'Framdriftsplan',
    focusAreas: 'Innsatsområde',
    organisation: 'Organisering',
  },
};

/** "2025–2037", one year alone, or '' when the period is not set. */
export function planPeriodText(frame: Pick<PlanData['plan'], 'periodFrom' | 'periodTo'>): string {
  const { periodFrom: a, periodTo: b } = frame;
  if (a !== null && b !== null) return a === b ? String(a) : `${a}–${b}`;
  return a !== null ? String(a) : b !== null ? String(b) : '';
}

const paragraphs = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
const bySortKey = <T extends { sortKey: number; id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.sortKey - b.sortKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function projectDescriptionRows(plan: Pick<PlanData, 'plan' | 'milestones' | 'orgRoles'>): ProjectDescriptionRow[] {
  const frame = plan.plan;
  const label = LABELS[frame.malform];
  const progress = sortMilestones(plan.milestones).map((m) => {
    const time = formatPeriod(m.from, m.to, frame.malform);
    return time ? `${m.name}: ${time}` : m.name;
  });
  const organisation = bySortKey(plan.orgRoles).map((r) => (r.participants.trim() ? `${r.role}: ${r.participants.trim()}` : r.role));
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
