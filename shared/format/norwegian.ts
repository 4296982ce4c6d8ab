// Norwegian formatting and parsing of dates, months, amounts and FTE, deterministic and in exact integers.
//
// Separator choice: user-visible text uses a plain space as thousands separator ("1 820 000 kr"), as the
// domain brief writes it and as tests compare. Documents that must not break "1 820 000 kr" across lines
// pass { space: NBSP } (U+00A0, which Word and browsers both honour; the narrow U+202F is missing from
// several fonts municipalities use). Parsing accepts all three spaces.
import type { Malform } from '../domain/plan';
import { isRealDate } from '../plantables/dates';

export const NBSP = '\u00a0';

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
/** Bokmål and nynorsk share the month names; the parameter keeps callers honest about målform. */
const MONTH_NAMES: Record<Malform, readonly string[]> = { nb: MONTHS, nn: MONTHS };

export type FormatOptions = { space?: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; problem?: NumberProblem };
/** Why a number was refused, for callers that say it in another language (shared/i18n/sheetImportMessages.ts). */
export type NumberProblem = { kind: 'missing' | 'invalid' | 'ambiguous' | 'decimals' | 'tooLarge' | 'negative'; raw: string };

/** '2024-04-15' → '15.04.2024'. Throws on anything that is not an ISO date: callers hold validated data. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Ugyldig dato: ${iso}`);
  return `${m[3]}.${m[2]}.${m[1]}`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A moment's day in the machine's local time: 15 April 2025 → '15.04.2025'. */
export function formatLocalDay(moment: Date): string {
  return `${two(moment.getDate())}.${two(moment.getMonth() + 1)}.${moment.getFullYear()}`;
}

/** A moment's day and time in local time: '15.04.2025 kl. 14.03' (`between` goes between the day and the time). */
export function formatLocalDayTime(moment: Date, between = ' kl. '): string {
  return `${formatLocalDay(moment)}${between}${two(moment.getHours())}.${two(moment.getMinutes())}`;
}

const DATE_FORMAT_HINT = 'Skriv den som dd.mm.åååå, for eksempel 15.04.2024.';

/**
 * A day as Norwegians type it, to the stored ISO date: '15.04.2024', '15.4.2024' and '15.4.24' (20xx) → '2024-04-15'.
 * ISO pasted from elsewhere ('2024-04-15') is accepted as it is. A day the calendar lacks ('31.02.2024') is refused
 * with its own sentence, so the adviser sees that the form was right and the date was not.
 */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { ok: false, message: `Datoen mangler. ${DATE_FORMAT_HINT}` };
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const parts = norwegian ? { d: norwegian[1]!, m: norwegian[2]!, y: norwegian[3]! } : iso ? { d: iso[3]!, m: iso[2]!, y: iso[1]! } : null;
  if (!parts) return { ok: false, message: `«${text}» er ikke en dato. ${DATE_FORMAT_HINT}` };
  const year = parts.y.length === 2 ? `20${parts.y}` : parts.y;
  const value = `${year}-${parts.m.padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  if (!isRealDate(value)) return { ok: false, message: `Datoen ${formatDate(value)} finnes ikke i kalenderen.` };
  return { ok: true, value };
}

/** '2024-06' → 'juni 2024' (lower case, as in running text). */
export function formatMonth(isoMonth: string, malform: Malform = 'nb'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  const name = m ? MONTH_NAMES[malform][Number(m[2]) - 1] : undefined;
  if (!m || !name) throw new Error(`Ugyldig måned: ${isoMonth}`);
  return `${name} ${m[1]}`;
}

/** A milestone time: a month ('2024-06' → 'juni 2024') or a day ('2024-06-15' → '15.06.2024'). */
export function formatMonthOrDate(value: string, malform: Malform = 'nb'): string {
  return value.length === 7 ? formatMonth(value, malform) : formatDate(value);
}

/** A range of two milestone times: '22.03.2024 – 03.05.2024'; either end may be missing. */
export function formatPeriod(from: string | null, to: string | null, malform: Malform = 'nb'): string {
  const a = from ? formatMonthOrDate(from, malform) : '';
  const b = to ? formatMonthOrDate(to, malform) : '';
  return a && b ? `${a} – ${b}` : a || b;
}

function groupThousands(digits: string, space: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, space);
}

/** Whole øre → '1 820 000 kr'; øre shown only when present: '1 820 000,50 kr'. */
export function formatAmountOre(ore: number, options: FormatOptions = {}): string {
  return `${formatAmountNumber(ore, options)} kr`;
}

/** Whole øre → '1 820 000' (for table cells whose header already says kr). */
export function formatAmountNumber(ore: number, options: FormatOptions = {}): string {
  if (!Number.isSafeInteger(ore)) throw new Error(`Beløp må være hele øre: ${ore}`);
  const space = options.space ?? ' ';
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kroner = groupThousands(String(Math.floor(abs / 100)), space);
  const rest = abs % 100;
  return rest === 0 ? `${sign}${kroner}` : `${sign}${kroner},${String(rest).padStart(2, '0')}`;
}

/** FTE hundredths → '2,60' (always two decimals, as årsverk are written in action plans). */
export function formatFte(hundredths: number, options: FormatOptions = {}): string {
  if (!Number.isSafeInteger(hundredths)) throw new Error(`Årsverk må være hele hundredeler: ${hundredths}`);
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${groupThousands(String(Math.floor(abs / 100)), options.space ?? ' ')},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Parses a Norwegian decimal into an integer count of hundredths, digit by digit (no float on the way).
 * Accepts spaces (plain, no-break, narrow) as thousands separators, a comma as decimal separator, and a
 * dot as decimal separator only when unambiguous ('1820000.5'; '1.820' is refused: thousands or decimals?).
 */
function parseHundredths(raw: string, what: string, allowNegative: boolean): Parsed<number> {
  let text = raw.trim().replace(/[\u00a0\u202f]/g, ' ');
  const negative = /^[-−]/.test(text);
  if (negative) text = text.slice(1).trim();
  if (text === '') return { ok: false, message: `${what} mangler.`, problem: { kind: 'missing', raw: raw.trim() } };
  let intPart: string;
  let fracPart = '';
  const grouped = /^(\d{1,3}(?: \d{3})+|\d+)(?:([,.])(\d+))?$/.exec(text);
  if (!grouped) return { ok: false, message: `«${raw.trim()}» er ikke et gyldig tall for ${what.toLowerCase()}.`, problem: { kind: 'invalid', raw: raw.trim() } };
  intPart = grouped[1]!.replace(/ /g, '');
  if (grouped[2]) {
    fracPart = grouped[3]!;
    if (grouped[2] === '.' && fracPart.length === 3) {
      return { ok: false, message: `«${raw.trim()}» er tvetydig: bruk komma som desimaltegn og mellomrom mellom tusener.`, problem: { kind: 'ambiguous', raw: raw.trim() } };
    }
  }
  if (fracPart.length > 2 && /[1-9]/.test(fracPart.slice(2))) {
    return { ok: false, message: `«${raw.trim()}» har flere enn to desimaler.`, problem: { kind: 'decimals', raw: raw.trim() } };
  }
  fracPart = fracPart.slice(0, 2).padEnd(2, '0');
  intPart = intPart.replace(/^0+(?=\d)/, '');
  if (intPart.length > 13) return { ok: false, message: `«${raw.trim()}» er for stort.`, problem: { kind: 'tooLarge', raw: raw.trim() } };
  const value = Number(intPart) * 100 + Number(fracPart);
  if (negative && value !== 0 && !allowNegative) return { ok: false, message: `${what} kan ikke være negativ.`, problem: { kind: 'negative', raw: raw.trim() } };
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** '1 820 000', '1820000,50', '1 820 000 kr', 'kr 1 820 000' → whole øre. */
export function parseAmountOre(raw: string): Parsed<number> {
  const text = raw
    .trim()
    .replace(/^(kr\.?|NOK)\s*/i, '')
    .replace(/\s*(kr\.?|NOK|,-)$/i, '');
  return parseHundredths(text, 'Beløp', true);
}

/** '2,6', '2,60', '0.5' → FTE in hundredths. */
export function parseFteHundredths(raw: string): Parsed<number> {
  return parseHundredths(raw.trim().replace(/\s*årsverk$/i, ''), 'Årsverk', false);
}
