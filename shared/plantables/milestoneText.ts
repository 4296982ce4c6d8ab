// A milestone time as the adviser writes it is kept as written («uke 12 2025», «vår 2025», «innen 15.08.2025»); beside
// it Planverk stores the dates it can read from the text, for sorting and the timeline. Text that names no date Planverk
// can tell for certain («uke 12» without a year, «vinteren 2025», «etter sommeren») keeps no dates and sorts last.
import type { Milestone } from '../domain/plan';
import { addDays, weekday } from './dates';
import { parseMilestoneTime, type MilestoneTime } from './milestones';

export type WrittenMilestoneTime = Pick<Milestone, 'time' | 'from' | 'to'>;

const pad = (n: number) => String(n).padStart(2, '0');
const months = (year: number, first: number, last: number): MilestoneTime => ({ from: `${year}-${pad(first)}`, to: `${year}-${pad(last)}` });

/** Meteorological seasons; winter spans two years, so «vinteren 2025» is left undated. */
const SEASONS: Record<string, [number, number]> = { vår: [3, 5], sommer: [6, 8], høst: [9, 11], haust: [9, 11] };
const SEASON_FORMS: Record<string, string> = { våren: 'vår', sommeren: 'sommer', høsten: 'høst', hausten: 'haust' };
const ORDINALS: Record<string, number> = { '1.': 1, '2.': 2, '3.': 3, '4.': 4, første: 1, fyrste: 1, andre: 2, tredje: 3, fjerde: 4 };

/** Monday and Sunday of ISO week `week` of `year`, or null when the year has no such week. */
function isoWeek(year: number, week: number): MilestoneTime | null {
  if (week < 1 || week > 53) return null;
  const jan4 = `${year}-01-04`;
  const monday = addDays(addDays(jan4, -weekday(jan4)), (week - 1) * 7);
  // Week 53 exists only when its Thursday still lies in the year.
  if (addDays(monday, 3).slice(0, 4) !== String(year)) return null;
  return { from: monday, to: addDays(monday, 6) };
}

/** The forms of a period the strict parser does not take: weeks, seasons, quarters, halves and a bare year. */
function readPeriod(text: string): MilestoneTime | null {
  let m = /^(?:uke|veke)\s+(\d{1,2})\s*(?:[–—-]\s*(\d{1,2}))?(?:\s*[,/]\s*|\s+)(\d{4})$/i.exec(text);
  if (m) {
    const year = Number(m[3]);
    const first = isoWeek(year, Number(m[1]));
    const last = isoWeek(year, Number(m[2] ?? m[1]));
    return first && last && last.to! >= first.from! ? { from: first.from, to: last.to } : null;
  }
  m = /^([a-zæøå]+)\s+(\d{4})$/i.exec(text);
  if (m) {
    const word = m[1]!.toLowerCase();
    const season = SEASONS[SEASON_FORMS[word] ?? word];
    return season ? months(Number(m[2]), season[0], season[1]) : null;
  }
  m = /^(1\.|2\.|3\.|4\.|første|fyrste|andre|tredje|fjerde)\s+(kvartal|halvår)\s+(\d{4})$/i.exec(text);
  if (m) {
    const n = ORDINALS[m[1]!.toLowerCase()]!;
    const size = m[2]!.toLowerCase() === 'kvartal' ? 3 : 6;
    if (n * size > 12) return null;
    return months(Number(m[3]), (n - 1) * size + 1, n * size);
  }
  m = /^q([1-4])\s+(\d{4})$/i.exec(text);
  if (m) return months(Number(m[2]), (Number(m[1]) - 1) * 3 + 1, Number(m[1]) * 3);
  m = /^(?:i løpet av\s+)?(\d{4})$/i.exec(text);
  if (m) return months(Number(m[1]), 1, 12);
  return null;
}

/** «innen», «senest», «før», «frist»: a deadline, dated by the last day the rest of the text covers. */
const DEADLINE = /^(?:innen|innan|senest|seinast|før|frist)\s+(?:utgangen av\s+)?/i;

function readDates(text: string): MilestoneTime | null {
  const deadline = DEADLINE.exec(text);
  if (deadline) {
    const rest = readDates(text.slice(deadline[0].length));
    const end = rest?.to ?? rest?.from ?? null;
    return end ? { from: null, to: end } : null;
  }
  const strict = parseMilestoneTime(text);
  if (strict.ok) return strict.value.from || strict.value.to ? strict.value : null;
  return readPeriod(text);
}

/** The text as written (trimmed) and the dates read from it; nothing is refused, an unclear text simply has no dates. */
export function readMilestoneTime(raw: string): WrittenMilestoneTime {
  const time = raw.trim();
  const text = time.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').replace(/\s*[–—]\s*/g, ' – ');
  const dates = text === '' ? null : readDates(text);
  return { time, from: dates?.from ?? null, to: dates?.to ?? null };
}

/** True when the adviser wrote a time but Planverk read no date from it (it sorts last and stays off the timeline). */
export function isUndatedTime(m: WrittenMilestoneTime): boolean {
  return m.time.trim() !== '' && m.from === null && m.to === null;
}
