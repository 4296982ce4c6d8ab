// The hearing as the planprogram and the hearing document describe it: when it was put out, the period, the deadline
// for inputs and the parties invited to comment, as label/lines rows in the plan's målform (the «hearing» live block).
import type { PlanData } from '../domain/plan';
import { sortRows } from '../domain/rowOrder';
import { wordsFor } from '../document/words';
import { formatDate } from '../format/norwegian';

export type HearingDescriptionKey = 'start' | 'period' | 'deadline' | 'parties';
export type HearingDescriptionRow = { key: HearingDescriptionKey; label: string; lines: string[] };


export function hearingDescriptionRows(plan: Pick<PlanData, 'plan' | 'hearingParties'>): HearingDescriptionRow[] {
  const { hearingStart: start, hearingEnd: end, malform } = plan.plan;
  const w = wordsFor(malform);
  const period = start && end ? `${formatDate(start)}–${formatDate(end)}` : '';
  const parties = sortRows(plan.hearingParties).map((p) => p.name.trim()).filter((n) => n !== '');
  const rows: Array<[HearingDescriptionKey, string, string[]]> = [
    ['start', w.hearingPublished, start ? [formatDate(start)] : []],
    ['period', w.hearingPeriod, period ? [period] : []],
    ['deadline', w.deadline, end ? [formatDate(end)] : []],
    ['parties', w.hearingParties, parties],
  ];
  return rows.map(([key, label, lines]) => ({ key, label, lines }));
}

/** The focus areas (innsatsområder) as written, blank ones left out. */
export function focusAreaLines(plan: Pick<PlanData, 'plan'>): string[] {
  return plan.plan.focusAreas.map((f) => f.trim()).filter((f) => f !== '');
}
