// The hearing's rules: the six-week minimum period, the deadline, late inputs, progress and the registry's filters.
//
// How the six weeks are counted: plan- og bygningsloven (§ 5-2, § 11-14) says the period for inputs shall be
// "minst seks uker". Planverk counts it as Norwegian law counts periods (forvaltningsloven § 29, domstolloven § 148):
// the day the plan is published (hearingStart) is not counted, and hearingEnd is the deadline, the last day an input
// is on time (inclusive). A period is thus long enough when hearingEnd − hearingStart ≥ 42 days: published Monday
// 15.04.2024, the earliest lawful deadline is Monday 27.05.2024, and 26.05.2024 is flagged.
import type { Conclusion, HearingInput, Malform, PlanFrame } from '../domain/plan';
import { compareRows } from '../domain/rowOrder';
import { formatDate } from '../format/norwegian';
import { findingNb, type FindingText } from '../i18n/findingMessages';
import { addDays, daysBetween } from './dates';

export const MINIMUM_HEARING_DAYS = 42;

type HearingDates = Pick<PlanFrame, 'hearingStart' | 'hearingEnd'>;

export type HearingPeriodFinding =
  | { kind: 'not-set' }
  | { kind: 'ok'; days: number }
  | { kind: 'end-before-start'; message: string; text: FindingText }
  | { kind: 'too-short'; days: number; earliestEnd: string; message: string; text: FindingText };

/** Checks the hearing period against the six-week minimum; the message is a Norwegian sentence for the adviser. */
export function hearingPeriodFinding(frame: HearingDates): HearingPeriodFinding {
  const { hearingStart: start, hearingEnd: end } = frame;
  if (!start || !end) return { kind: 'not-set' };
  const days = daysBetween(start, end);
  if (days === null) return { kind: 'not-set' };
  if (days < 0) {
    const text: FindingText = { key: 'hearing.endBeforeStart', params: { end: formatDate(end), start: formatDate(start) } };
    return { kind: 'end-before-start', message: findingNb(text), text };
  }
  if (days >= MINIMUM_HEARING_DAYS) return { kind: 'ok', days };
  const earliestEnd = addDays(start, MINIMUM_HEARING_DAYS);
  const unit = { key: days === 1 ? 'unit.day' : 'unit.days' } as const;
  const text: FindingText = { key: 'hearing.tooShort', params: { days, unit, start: formatDate(start), end: formatDate(end), earliest: formatDate(earliestEnd) } };
  return { kind: 'too-short', days, earliestEnd, message: findingNb(text), text };
}

/** The deadline for inputs (ISO date), or null while the hearing period is not set. */
export function hearingDeadline(frame: HearingDates): string | null {
  return frame.hearingEnd;
}

/** Received after the deadline: still registered and processed, but marked as late. Undated inputs are not late. */
export function isLate(input: Pick<HearingInput, 'receivedDate'>, frame: HearingDates): boolean {
  const deadline = hearingDeadline(frame);
  return deadline !== null && input.receivedDate !== null && input.receivedDate > deadline;
}

export function isAssessed(input: Pick<HearingInput, 'conclusion'>): boolean {
  return input.conclusion !== null;
}

export type HearingProgress = { assessed: number; total: number; text: string };

const INPUT_WORD: Record<Malform, string> = { nb: 'innspill', nn: 'innspel' };

/** "23 av 41 innspill vurdert" (nynorsk: "innspel"). An input counts as assessed once it has a conclusion. */
export function hearingProgress(inputs: readonly Pick<HearingInput, 'conclusion'>[], malform: Malform = 'nb'): HearingProgress {
  const assessed = inputs.filter(isAssessed).length;
  return { assessed, total: inputs.length, text: `${assessed} av ${inputs.length} ${INPUT_WORD[malform]} vurdert` };
}

/** What the registry can be filtered by: every input, the (un)assessed ones, or one conclusion. */
export type InputStatusFilter = 'all' | 'assessed' | 'unassessed' | Conclusion;

export type InputFilter = {
  status?: InputStatusFilter;
  /** A chapter or area id: only inputs that concern it. */
  concerns?: string | null;
  /** Only inputs received after the deadline (needs the frame). */
  lateOnly?: boolean;
};

export function matchesStatus(input: Pick<HearingInput, 'conclusion'>, status: InputStatusFilter): boolean {
  switch (status) {
    case 'all':
      return true;
    case 'assessed':
      return input.conclusion !== null;
    case 'unassessed':
      return input.conclusion === null;
    default:
      return input.conclusion === status;
  }
}

/** Filters the inputs registry, keeping the given order. */
export function filterInputs<T extends HearingInput>(inputs: readonly T[], filter: InputFilter, frame?: HearingDates): T[] {
  const status = filter.status ?? 'all';
  return inputs.filter(
    (i) =>
      matchesStatus(i, status) &&
      (!filter.concerns || i.concerns.includes(filter.concerns)) &&
      (!filter.lateOnly || (frame !== undefined && isLate(i, frame))),
  );
}

/** Inputs in the order the merknadsbehandling lists them: by date received (undated last), then sortKey, then id. */
export function orderInputs<T extends Pick<HearingInput, 'receivedDate' | 'sortKey' | 'id'>>(inputs: readonly T[]): T[] {
  return [...inputs].sort((a, b) => {
    if (a.receivedDate !== b.receivedDate) {
      if (a.receivedDate === null) return 1;
      if (b.receivedDate === null) return -1;
      return a.receivedDate < b.receivedDate ? -1 : 1;
    }
    return compareRows(a, b);
  });
}
