// Measures from a spreadsheet (Tiltak | Ansvar | Årsverk | Kostnad | Status | Oppfølging): every row is checked first,
// and any bad row (an amount that is not a number, a missing unit, an unknown status) is reported with its row
// number while nothing is imported. Only a clean sheet becomes new rows, for the caller to apply in one mutate.
import { Measure, type FieldChange } from '../domain/plan';
import type { IdSource } from '../domain/ids';
import { parseAmountOre, parseFteHundredths, type Parsed } from '../format/norwegian';
import { sheetTextNb, type SheetText } from '../i18n/sheetImportMessages';
import { appendRow } from './edits';
import { isRealDate } from './dates';
import type { SheetRow } from './sheetText';

export type ImportedMeasure = Omit<Measure, 'id' | 'sortKey'>;
/** row null: about the sheet as a whole (no header, no measures). `text`: the message as key + params, for the UI language. */
export type SheetError = { row: number | null; column: string | null; message: string; text?: SheetText };
export type MeasuresSheetResult = { ok: true; measures: ImportedMeasure[] } | { ok: false; errors: SheetError[]; message: string; text?: SheetText };

type ColumnKey = 'name' | 'unit' | 'fte' | 'cost' | 'status' | 'statusDate' | 'followUp';

/** Header words (lower case, compared by prefix so "Kostnad (kr)" and "Ansvar (enhet)" match). */
const HEADERS: Array<[ColumnKey, string, string[]]> = [
  ['name', 'Tiltak', ['tiltak']],
  ['unit', 'Ansvar', ['ansvar', 'enhet', 'eining']],
  ['fte', 'Årsverk', ['årsverk', 'arsverk']],
  ['cost', 'Kostnad', ['kostnad', 'beløp', 'belop']],
  ['statusDate', 'Statusdato', ['statusdato', 'dato']],
  ['status', 'Status', ['status']],
  ['followUp', 'Oppfølging', ['oppfølging', 'oppfylging', 'oppfolging']],
];
const LABEL = Object.fromEntries(HEADERS.map(([k, label]) => [k, label])) as Record<ColumnKey, string>;

const STATUS_WORDS: Array<[Measure['status'], RegExp]> = [
  ['planlagt', /^planlag[td]/],
  ['vedtatt', /^vedt(att|eke)/],
  ['iverksatt', /^(iverksatt|sett i verk)/],
  ['avsluttet', /^avslutt(et|a)/],
];

const HEADER_SEARCH = 10;
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').trim();

function columnsOf(cells: string[]): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  cells.forEach((cell, index) => {
    const text = norm(cell).toLowerCase();
    const hit = HEADERS.find(([key, , words]) => found[key] === undefined && words.some((w) => text.startsWith(w)));
    if (hit) found[hit[0]] = index;
  });
  return found;
}

/** "01.02.2025" or "2025-02-01" → ISO, or null. */
function parseDate(text: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
  return isRealDate(iso) ? iso : null;
}

/** "Iverksatt 01.02.2025" → status and date; '' → planlagt. */
function parseStatus(text: string): { status: Measure['status']; date: string | null } | { error: SheetText } {
  const lower = text.toLowerCase();
  if (lower === '') return { status: 'planlagt', date: null };
  const hit = STATUS_WORDS.find(([, re]) => re.test(lower));
  if (!hit) return { error: { key: 'measures.unknownStatus', params: { text } } };
  const rest = lower.replace(hit[1], '').replace(/^[\s,:-]+/, '').trim();
  if (rest === '') return { status: hit[0], date: null };
  const date = parseDate(rest);
  return date ? { status: hit[0], date } : { error: { key: 'measures.badStatusDate', params: { text } } };
}

/** Sum and total lines of a sheet exported from an action plan are not measures. */
/** A refused Årsverk or Kostnad cell as a text: the number's problem, or its bokmål message if it has none. */
function numberText(parsed: Parsed<number>, what: 'amount' | 'fte'): SheetText | string {
  if (parsed.ok) return '';
  const p = parsed.problem;
  if (!p) return parsed.message;
  return { key: `number.${p.kind}`, params: { raw: p.raw, what: { key: `what.${what}` }, whatLower: { key: `whatLower.${what}` } } };
}

/** A whole-sheet refusal: one error and the same sentence as the summary. */
function sheetRefusal(text: SheetText): MeasuresSheetResult {
  const message = sheetTextNb(text);
  return { ok: false, errors: [{ row: null, column: null, message, text }], message, text };
}

const isTotalRow = (name: string, unit: string) => unit === '' && /^(sum\b|totalt?\b)/i.test(name);

export function parseMeasuresSheet(rows: readonly SheetRow[]): MeasuresSheetResult {
  const nonEmpty = rows.filter((r) => r.cells.some((c) => norm(c) !== ''));
  // Sheets often start with a title line or two: the header is the first of the top rows naming Tiltak and Ansvar.
  const headerIndex = nonEmpty.slice(0, HEADER_SEARCH).findIndex((r) => {
    const found = columnsOf(r.cells);
    return found.name !== undefined && found.unit !== undefined;
  });
  if (headerIndex < 0) return sheetRefusal({ key: 'measures.noHeader' });
  const columns = columnsOf(nonEmpty[headerIndex]!.cells);
  const errors: SheetError[] = [];
  const measures: ImportedMeasure[] = [];
  for (const row of nonEmpty.slice(headerIndex + 1)) {
    const cell = (key: ColumnKey) => (columns[key] === undefined ? '' : norm(row.cells[columns[key]!] ?? ''));
    const fail = (key: ColumnKey | null, problem: SheetText) => {
      const text: SheetText = { key: 'row', params: { row: row.rowNumber, problem } };
      errors.push({ row: row.rowNumber, column: key && LABEL[key], message: sheetTextNb(text), text });
    };
    const name = cell('name');
    const unit = cell('unit');
    if (isTotalRow(name, unit)) continue;
    const before = errors.length;
    if (name === '') fail('name', { key: 'measures.nameMissing' });
    if (unit === '') fail('unit', { key: 'measures.unitMissing' });
    const fte = cell('fte') === '' ? { ok: true as const, value: 0 } : parseFteHundredths(cell('fte'));
    if (!fte.ok) fail('fte', { key: 'measures.fte', params: { problem: numberText(fte, 'fte') } });
    const cost = cell('cost') === '' ? { ok: true as const, value: 0 } : parseAmountOre(cell('cost'));
    if (!cost.ok) fail('cost', { key: 'measures.cost', params: { problem: numberText(cost, 'amount') } });
    const status = parseStatus(cell('status'));
    if ('error' in status) fail('status', status.error);
    let statusDate = 'error' in status ? null : status.date;
    if (cell('statusDate') !== '') {
      statusDate = parseDate(cell('statusDate'));
      if (!statusDate) fail('statusDate', { key: 'measures.badDate', params: { text: cell('statusDate') } });
    }
    if (errors.length > before || !fte.ok || !cost.ok || 'error' in status) continue;
    const measure: ImportedMeasure = {
      name,
      unit,
      themeId: null,
      chapterId: null,
      fteHundredths: fte.value,
      costOre: cost.value,
      status: status.status,
      statusDate,
      followUp: cell('followUp'),
    };
    const checked = Measure.safeParse({ ...measure, id: 'x', sortKey: 0 });
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      fail(null, { key: 'measures.badField', params: { field: String(issue.path[0] ?? ''), problem: issue.message } });
      continue;
    }
    measures.push(measure);
  }
  if (errors.length) {
    const bad = [...new Set(errors.map((e) => e.row))];
    const rowList = bad.join(', ');
    const text: SheetText = bad.length === 1 ? { key: 'measures.noneImportedOne', params: { rows: rowList } } : { key: 'measures.noneImportedMany', params: { count: bad.length, rows: rowList } };
    return { ok: false, errors, message: sheetTextNb(text), text };
  }
  if (!measures.length) return sheetRefusal({ key: 'measures.empty' });
  return { ok: true, measures };
}

/** The imported measures as new rows after the existing ones: every field of each, for one plan.mutate. */
export function measuresImportChanges(existing: readonly Measure[], imported: readonly ImportedMeasure[], newId: IdSource): FieldChange[] {
  const changes: FieldChange[] = [];
  const rows = [...existing];
  for (const m of imported) {
    const added = appendRow('measures', rows, m, newId);
    rows.push(added.row);
    changes.push(...added.changes);
  }
  return changes;
}
