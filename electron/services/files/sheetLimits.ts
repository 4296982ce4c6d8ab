// Spreadsheets are read within limits on rows, columns and cells. exceljs builds every cell it is told about (and the
// callers walked rows × columns), so a 1.5 KB workbook with cells at A1 and XFD1048576 took more than 3 GB. The sheet
// XML is scanned first (zip entries inflated under a cap, then every cell reference, row number, range and the declared
// dimension checked), so exceljs only ever sees a workbook of bounded size.
import ExcelJS from 'exceljs';
import { PlanverkError, type ErrorSentence } from '../../../shared/api/errors';
import { readUserFile } from './readUserFile';
import { readZipWithinLimits, ZipRefused } from './zipEntries';

const MB = 1024 * 1024;
/** A matrix has a few hundred rows and a few dozen groups; a measures table a few hundred rows. */
export const SHEET_LIMITS = { maxRows: 5000, maxColumns: 200, maxCells: 100_000 };
export const MAX_XLSX_FILE_BYTES = 20 * MB;
export const MAX_CSV_FILE_BYTES = 10 * MB;
const XLSX_ZIP_LIMITS = { maxEntries: 2000, maxEntryBytes: 40 * MB, maxTotalBytes: 80 * MB };

const SHEET_PART = /^xl\/(worksheets\/[^/]+\.xml|workbook\.xml)$/;
const REFERENCE = /\$?([A-Z]{1,3})\$?([0-9]{1,8})/g;
// Prefixes are allowed: some writers spell the sheet's elements <x:c>, <x:row>.
const CELL = /<(?:\w+:)?c[\s>/]/g;
const ROW_NUMBER = /<(?:\w+:)?row\b[^>]*?\sr="([0-9]+)"/g;
const RANGE_ATTRIBUTE = /\s(?:r|ref|sqref)="([^"]*)"/g;
const DEFINED_NAME = /<(?:\w+:)?definedName\b[^>]*>([^<]*)</g;

export function sheetTooLarge(name: string, what: ErrorSentence): PlanverkError {
  return new PlanverkError('FILE_TOO_LARGE', undefined, { key: 'sheetTooLarge', params: { name, what } });
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Refuses when a row or column number is beyond the limits. */
export function checkExtent(rows: number, columns: number, name: string): void {
  if (rows > SHEET_LIMITS.maxRows) throw sheetTooLarge(name, { key: 'sheet.rows', params: { count: SHEET_LIMITS.maxRows } });
  if (columns > SHEET_LIMITS.maxColumns) throw sheetTooLarge(name, { key: 'sheet.columns', params: { count: SHEET_LIMITS.maxColumns } });
}

function checkReferences(text: string, name: string): void {
  for (const m of text.matchAll(REFERENCE)) checkExtent(Number(m[2]), columnNumber(m[1]!), name);
}

function scanSheetXml(xml: string, name: string): void {
  let cells = 0;
  CELL.lastIndex = 0;
  while (CELL.exec(xml)) if (++cells > SHEET_LIMITS.maxCells) throw sheetTooLarge(name, { key: 'sheet.cells', params: { count: SHEET_LIMITS.maxCells } });
  for (const m of xml.matchAll(ROW_NUMBER)) checkExtent(Number(m[1]), 0, name);
  // Cell addresses, the declared <dimension ref>, merged ranges, validations, hyperlinks: exceljs expands them all.
  for (const m of xml.matchAll(RANGE_ATTRIBUTE)) checkReferences(m[1]!, name);
  for (const m of xml.matchAll(DEFINED_NAME)) checkReferences(m[1]!, name);
}

/** Loads a workbook after its zip and sheet XML have passed the limits; refuses with FILE_TOO_LARGE or NOT_SPREADSHEET. */
export async function loadWorkbookWithinLimits(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  let parts: Map<string, Buffer>;
  try {
    parts = readZipWithinLimits(bytes, XLSX_ZIP_LIMITS, (entry) => SHEET_PART.test(entry));
  } catch (err) {
    if (!(err instanceof ZipRefused)) throw err;
    if (err.problem.kind === 'not-zip') throw new PlanverkError('NOT_SPREADSHEET', name);
    if (err.problem.kind === 'too-many-entries') throw sheetTooLarge(name, { key: 'zip.parts', params: { count: XLSX_ZIP_LIMITS.maxEntries } });
    throw sheetTooLarge(name, { key: 'zip.entry', params: { entry: err.problem.entry.slice(0, 100), mb: XLSX_ZIP_LIMITS.maxEntryBytes / MB } });
  }
  for (const xml of parts.values()) scanSheetXml(xml.toString('utf8'), name);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new PlanverkError('NOT_SPREADSHEET', String((err as Error)?.message ?? err).slice(0, 200));
  }
  return workbook;
}

/** The rows of a CSV file checked against the same limits, given each row's number of cells. */
export function checkRowWidths(widths: readonly number[], name: string): void {
  let cells = 0;
  let columns = 0;
  for (const width of widths) {
    cells += width;
    columns = Math.max(columns, width);
  }
  checkExtent(widths.length, columns, name);
  if (cells > SHEET_LIMITS.maxCells) throw sheetTooLarge(name, { key: 'sheet.cells', params: { count: SHEET_LIMITS.maxCells } });
}

/** A spreadsheet file's bytes: a regular file within the size limit of its kind. */
export function readSheetFile(path: string, kind: 'xlsx' | 'csv'): Promise<Buffer> {
  return readUserFile(path, { maxBytes: kind === 'xlsx' ? MAX_XLSX_FILE_BYTES : MAX_CSV_FILE_BYTES, kind: 'sheet' });
}
