// Reads a measures spreadsheet (.xlsx through exceljs, .csv through papaparse) into checked measures. The file is
// read whole and validated before anything is returned, so a bad row means nothing is imported.
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { PlanverkError } from '../../../shared/api/errors';
import type { FieldChange, Measure } from '../../../shared/domain/plan';
import type { IdSource } from '../../../shared/domain/ids';
import { parseMeasuresSheet, measuresImportChanges, type MeasuresSheetResult } from '../../../shared/plantables/measuresSheet';
import { csvRows, decodeSheetText, type SheetRow } from '../../../shared/plantables/sheetText';
import { checkExtent, checkRowWidths, loadWorkbookWithinLimits, readSheetFile } from '../files/sheetLimits';

/** A cell's value as the text a user sees; numbers keep two decimals when they are whole hundredths. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // A unit typed as a number (3402) must stay "3402", not become "3402.00".
    if (Number.isSafeInteger(value)) return String(value);
    const hundredths = Math.round(value * 100);
    // 0.1 + 0.2 in a formula is 0.30000000000000004: snap to hundredths when that is clearly what was meant.
    return Math.abs(value * 100 - hundredths) < 1e-6 ? (hundredths / 100).toFixed(2) : String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

export async function xlsxRows(bytes: Uint8Array, name = 'regnearket'): Promise<SheetRow[]> {
  const workbook = await loadWorkbookWithinLimits(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  checkExtent(sheet.rowCount, sheet.columnCount, name);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

export type MeasuresFileResult = MeasuresSheetResult;

/** Parses and checks a .xlsx or .csv file of measures. Other extensions and unreadable files are reported, not thrown. */
export async function readMeasuresFile(path: string): Promise<MeasuresFileResult> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    const message = `Filtypen «${ext || 'uten endelse'}» støttes ikke. Bruk .xlsx eller .csv.`;
    return { ok: false, errors: [{ row: null, column: null, message }], message };
  }
  const refuse = (message: string): MeasuresFileResult => ({ ok: false, errors: [{ row: null, column: null, message }], message });
  const name = basename(path);
  let rows: SheetRow[];
  try {
    const kind = ext === '.csv' ? 'csv' : 'xlsx';
    const bytes = await readSheetFile(path, kind);
    if (kind === 'xlsx') rows = await xlsxRows(bytes, name);
    else {
      rows = csvRows(decodeSheetText(bytes));
      checkRowWidths(rows.map((row) => row.cells.length), name);
    }
  } catch (err) {
    // Not a file, too large, too many rows: one sentence that says so.
    if (err instanceof PlanverkError && err.code === 'NOT_FOUND_FILE') return refuse('Filen finnes ikke eller kan ikke leses.');
    if (err instanceof PlanverkError && err.code !== 'NOT_SPREADSHEET') return refuse(err.message);
    // The library's own message (often from its zip reader) is English and says nothing useful to an adviser.
    return refuse('Filen er ikke et gyldig Excel-regneark (.xlsx). Lagre den på nytt fra Excel, eller som CSV.');
  }
  return parseMeasuresSheet(rows);
}

export type MeasuresImport = { ok: true; changes: FieldChange[]; count: number } | Extract<MeasuresSheetResult, { ok: false }>;

/** The whole import: a checked file becomes the FieldChange[] that adds its measures after the existing ones. */
export async function importMeasures(path: string, existing: readonly Measure[], newId: IdSource): Promise<MeasuresImport> {
  const result = await readMeasuresFile(path);
  if (!result.ok) return result;
  return { ok: true, changes: measuresImportChanges(existing, result.measures, newId), count: result.measures.length };
}
