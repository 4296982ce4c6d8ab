// Reading and writing the responsibility matrix as a spreadsheet (.xlsx via exceljs, .csv via papaparse).
// File bytes and encodings live here; the rules of the import are in shared/matrix/sheetImport.ts.
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { PlanverkError } from '../../../shared/api/errors';
import { writeFileAtomic } from '../export/atomicWrite';
import Papa from 'papaparse';
import type { IdSource } from '../../../shared/domain/ids';
import type { PlanData } from '../../../shared/domain/plan';
import { groupLabel } from '../../../shared/matrix/labels';
import { importMatrixRows, type SheetImportResult } from '../../../shared/matrix/sheetImport';
import { deriveOverview } from '../../../shared/matrix/tables';
import { checkExtent, checkRowWidths, loadWorkbookWithinLimits, readSheetFile } from '../files/sheetLimits';

export type SheetKind = 'xlsx' | 'csv';

export function sheetKindOf(path: string): SheetKind | null {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

// Windows-1252's 0x80–0x9F (Node's own decoder treats that label as Latin-1 and leaves C1 controls there).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Norwegian Excel saves CSV as UTF-8 with BOM or as Windows-1252; try UTF-8 strictly first. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let out = '';
    for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    return out;
  }
}

/** CSV rows as strings; the separator (';' from Norwegian Excel, or ',' / tab) is detected, a BOM dropped. */
export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: '', skipEmptyLines: false });
  return parsed.data.map((row) => row.map((c) => String(c ?? '')));
}

/**
 * The first worksheet as strings, rows[i] = spreadsheet row i + 1 (blank rows kept so row numbers stay true). Only the
 * cells the sheet holds are visited (getCell would create every cell of the rectangle); `name` names the file in a refusal.
 */
export async function xlsxRows(bytes: Uint8Array, name = 'regnearket'): Promise<string[][]> {
  const wb = await loadWorkbookWithinLimits(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  checkExtent(ws.rowCount, ws.columnCount, name);
  const width = ws.columnCount;
  const rows: string[][] = Array.from({ length: ws.rowCount }, () => new Array<string>(width).fill(''));
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      rows[r - 1]![c - 1] = cell.text ?? '';
    });
  });
  return rows;
}

export async function readSheetRows(bytes: Uint8Array, kind: SheetKind, name = 'regnearket'): Promise<string[][]> {
  if (kind === 'xlsx') return xlsxRows(bytes, name);
  const rows = csvRows(decodeCsv(bytes));
  checkRowWidths(rows.map((row) => row.length), name);
  return rows;
}


/** Reads a matrix spreadsheet file and checks it against the plan's groups and legend; builds nothing on error. */
export async function importMatrixSpreadsheet(path: string, plan: Pick<PlanData, 'groups' | 'legend'>, newId: IdSource): Promise<SheetImportResult> {
  const kind = sheetKindOf(path);
  if (!kind) return { ok: false, errors: [{ row: 0, column: null, message: 'filen må være .xlsx eller .csv.' }] };
  const bytes = await readSheetFile(path, kind);
  let rows: string[][];
  try {
    rows = await readSheetRows(bytes, kind, basename(path));
  } catch (e) {
    if (e instanceof PlanverkError && e.code !== 'NOT_SPREADSHEET') throw e;
    return { ok: false, errors: [{ row: 0, column: null, message: `filen kunne ikke leses som ${kind === 'xlsx' ? 'Excel-arbeidsbok' : 'CSV'} (${e instanceof PlanverkError ? e.detail : (e as Error).message}).` }] };
  }
  return importMatrixRows(rows, plan, newId);
}

/**
 * The overview (Tabell 1) as a workbook: sheet "Ansvarsmatrise" in the import layout (theme, area, one column per
 * group; sub-topics as "– name"), so an exported file imports again unchanged, and a sheet "Tegnforklaring".
 */
export async function overviewWorkbook(plan: PlanData): Promise<Uint8Array> {
  const overview = deriveOverview(plan);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planverk';
  wb.title = plan.plan.title;
  const ws = wb.addWorksheet('Ansvarsmatrise', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  ws.addRow(['Tema', 'Område', ...overview.groups.map((g) => groupLabel(g))]);
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = 36;
  ws.getColumn(2).width = 44;
  overview.groups.forEach((_, i) => (ws.getColumn(i + 3).width = 14));
  const codeOf = new Map(overview.legend.map((e) => [e.id, e.code]));
  for (const row of overview.rows) {
    if (row.kind !== 'area') continue;
    const name = row.depth === 1 ? `– ${row.area.name}` : row.area.name;
    const added = ws.addRow([row.theme.name, name, ...overview.groups.map((g) => (row.levels[g.id] ? codeOf.get(row.levels[g.id]!) : ''))]);
    if (row.overarching) added.font = { bold: true };
  }
  const legend = wb.addWorksheet('Tegnforklaring');
  legend.addRow(['Kode', 'Forklaring']);
  legend.getRow(1).font = { bold: true };
  for (const e of overview.legend) legend.addRow([e.code, e.explanation]);
  legend.getColumn(2).width = 50;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Written atomically, never over a plan file (`openPlan`: the plan the overview comes from, links to it included). */
export async function exportOverviewXlsx(plan: PlanData, path: string, openPlan?: string | null): Promise<void> {
  await writeFileAtomic(path, await overviewWorkbook(plan), undefined, openPlan);
}
