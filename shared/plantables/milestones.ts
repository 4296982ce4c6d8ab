// Milestone times as advisers write them ("Juni 2024", "Aug 2024 – mai 2025", "22.03.24 – 03.05.24", ISO) to and from
// the stored { from, to } (each 'YYYY-MM' or 'YYYY-MM-DD'), and the milestones in time order.
import type { Malform, Milestone } from '../domain/plan';
import { compareRows } from '../domain/rowOrder';
import { formatPeriod, type Parsed } from '../format/norwegian';
import { isRealDate, lastDayOfMonth } from './dates';

export type MilestoneTime = Pick<Milestone, 'from' | 'to'>;

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "jun", "juni", "Jun.", "sept" → 6 / 9; at least three letters so that "ju" is not guessed. */
function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((name) => name.startsWith(w));
  return index < 0 ? null : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

type Point = { value: string } | { monthOnly: number };

/** One end of a range: a day, a month with year, or (for the start of a range only) a month name alone. */
function parsePoint(text: string): Point | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return isRealDate(text) ? { value: text } : null;
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { value: text } : null;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const iso = `${fullYear(m[3]!)}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    return isRealDate(iso) ? { value: iso } : null;
  }
  m = /^(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { value: `${m[2]}-${pad(Number(m[1]))}` } : null;
  m = /^([a-zæøå]+\.?)\s+(\d{4}|\d{2})$/i.exec(text);
  if (m) {
    const month = monthFromName(m[1]!);
    return month ? { value: `${fullYear(m[2]!)}-${pad(month)}` } : null;
  }
  m = /^([a-zæøå]+\.?)$/i.exec(text);
  if (m) {
    const month = monthFromName(m[1]!);
    return month ? { monthOnly: month } : null;
  }
  return null;
}

/** Range separators: en or em dash (spaced or not), a spaced hyphen, or "til". A bare hyphen belongs to ISO dates. */
const RANGE = /\s*[–—]\s*|\s+-\s+|\s+til\s+/i;

function splitRange(text: string): string[] {
  const parts = text.split(RANGE);
  if (parts.length > 1) return parts;
  // "22.03.24-03.05.24" or "aug 2024-mai 2025": one hyphen and no ISO date on either side.
  const hyphen = /^([^-]+)-([^-]+)$/.exec(text);
  return hyphen && !/^\d{4}$/.test(hyphen[1]!.trim()) ? [hyphen[1]!.trim(), hyphen[2]!.trim()] : [text];
}

/** The first day a time covers: '2024-08' → '2024-08-01'. */
export function startOf(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}

/** The last day a time covers: '2024-02' → '2024-02-29'. */
export function endOf(value: string): string {
  if (value.length !== 7) return value;
  const [y, m] = value.split('-').map(Number) as [number, number];
  return `${value}-${pad(lastDayOfMonth(y, m))}`;
}

const help = 'Skriv for eksempel «juni 2024», «aug 2024 – mai 2025» eller «22.03.2024 – 03.05.2024».';

/** Parses a milestone time as typed; '' clears it. */
export function parseMilestoneTime(raw: string): Parsed<MilestoneTime> {
  const text = raw.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: true, value: { from: null, to: null } };
  const parts = splitRange(text);
  const fail = { ok: false as const, message: `«${raw.trim()}» er ikke et tidspunkt Planverk forstår. ${help}` };
  if (parts.length > 2) return fail;
  const points = parts.map((p) => parsePoint(p.trim()));
  const [a, b] = points;
  if (!a || (parts.length === 2 && !b)) return fail;
  if (!b) return 'value' in a ? { ok: true, value: { from: a.value, to: null } } : fail;
  if (!('value' in b)) return fail;
  let from: string;
  if ('value' in a) from = a.value;
  else {
    // "juni – august 2024": the start month takes the end's year, or the year before when it comes later in the year.
    const endYear = Number(b.value.slice(0, 4));
    const endMonth = Number(b.value.slice(5, 7));
    from = `${a.monthOnly <= endMonth ? endYear : endYear - 1}-${pad(a.monthOnly)}`;
  }
  if (startOf(b.value) < startOf(from)) {
    return { ok: false, message: `I «${raw.trim()}» kommer sluttidspunktet før starttidspunktet.` };
  }
  return { ok: true, value: { from, to: b.value } };
}

/**
 * The time as shown in tables, the editor and the document: the adviser's own text when there is one, else the stored
 * dates formatted ('juni 2024', '22.03.2024 – 03.05.2024', which parse back to themselves).
 */
export function formatMilestoneTime(time: MilestoneTime & { time?: string }, malform: Malform = 'nb'): string {
  const written = time.time?.trim() ?? '';
  return written !== '' ? written : formatPeriod(time.from, time.to, malform);
}

/** Milestones in time order: by start (undated last, in the adviser's order), then end, then the adviser's order. */
export function sortMilestones<M extends Milestone>(milestones: readonly M[]): M[] {
  const start = (m: Milestone) => startOf(m.from ?? m.to ?? '');
  const end = (m: Milestone) => endOf(m.to ?? m.from ?? '');
  return [...milestones].sort((a, b) => {
    const sa = start(a);
    const sb = start(b);
    if (sa !== sb) return sa === '' ? 1 : sb === '' ? -1 : sa < sb ? -1 : 1;
    const ea = end(a);
    const eb = end(b);
    if (ea !== eb) return ea < eb ? -1 : 1;
    return compareRows(a, b);
  });
}
