// Spreadsheet text as rows with their row numbers: decoding the bytes Norwegian Excel writes (UTF-8 with or without
// BOM, or Windows-1252) and splitting CSV (';' as Norwegian Excel writes it, tab or ',' otherwise) with papaparse.
import Papa from 'papaparse';

/** One row of a sheet: its number as the spreadsheet shows it (1 = first row) and its cells as text. */
export type SheetRow = { rowNumber: number; cells: string[] };

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what "CSV (semikolonseparert)" in Norwegian Excel gives). */
export function decodeSheetText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of the header line: ';' wins because "1 820 000,50" makes ',' ambiguous. */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  return ',';
}

export function csvRows(text: string): SheetRow[] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(clean, { delimiter: delimiterOf(clean), skipEmptyLines: false });
  return parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells: cells.map((c) => String(c ?? '')) }));
}
