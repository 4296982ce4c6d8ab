// Column widths from the cells' content, decided once on the model so that DOCX, HTML/PDF and any other renderer draw
// the same table. Each column needs at least its longest word (a header word included: headers never break mid-word)
// or, for a figure, date or code, all of its text; figure columns get just that, and text columns share the rest in
// proportion to how much more they would like (their longest paragraph unbroken), as a browser's auto layout does.
import { inlineText, type Block, type TableCell, type TableRow } from './model';
import { cellLines, isUnbreakable } from './cellText';
import { textWidthPt } from './textWidth';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** The size table text is drawn at, in every renderer (HTML's table font-size, DOCX's table runs). */
export const TABLE_FONT_PT = 9.5;
/** A cell's left and right padding (5 pt each in HTML, Word's default 0.19 cm) plus its borders. */
export const CELL_PADDING_PT = 11;

/** What a column needs: min, the narrowest it can be without breaking a word or a figure; max, its text unbroken. */
export type ColumnNeed = { min: number; max: number; /** only figures, dates and codes: never wider than needed */ figures: boolean };

type CellNeed = { min: number; max: number; figure: boolean; empty: boolean };

function cellNeed(cell: TableCell, header: boolean, bold: boolean): CellNeed {
  const lines = cellLines(cell);
  // Header words may wrap between them (a figure column's header over two lines); a figure in the body never breaks.
  const whole = !header && (cell.align === 'right' || isUnbreakable(cell));
  let min = 0;
  let max = 0;
  for (const line of lines) {
    const b = bold || line.bold;
    const lineWidth = textWidthPt(line.text.trim(), TABLE_FONT_PT, b) + line.indentPt;
    const words = whole ? [line.text.trim()] : line.text.split(/\s+/);
    min = Math.max(min, line.indentPt + Math.max(0, ...words.map((w) => textWidthPt(w, TABLE_FONT_PT, b))));
    max = Math.max(max, lineWidth);
  }
  return { min: min + CELL_PADDING_PT, max: max + CELL_PADDING_PT, figure: whole, empty: lines.every((l) => !l.text.trim()) };
}

/** Every row's cells with the grid column each starts at; a cell spanning columns (a theme row) says nothing about one column. */
function singleColumnCells(rows: TableCell[][], columns: number): { cell: TableCell; column: number }[][] {
  return rows.map((cells) => {
    let column = 0;
    const out: { cell: TableCell; column: number }[] = [];
    for (const cell of cells) {
      const span = cell.colSpan ?? 1;
      if (span === 1 && column < columns) out.push({ cell, column });
      column += span;
    }
    return out;
  });
}

/**
 * Remembered per table body: a table's orientation, its widths and the PDF's hyphenation each ask for its needs, on
 * copies of the laid-out table that share its rows (measuring every word of 2,500 cells three times was a tenth of
 * a cold CLI export's JavaScript). Rows are never changed in place; a copy with other rows is measured anew.
 */
const needsOf = new WeakMap<readonly TableRow[], { headerRows: TableCell[][]; columns: number; needs: ColumnNeed[] }>();

export function columnNeeds(table: TableBlock): ColumnNeed[] {
  const known = needsOf.get(table.bodyRows);
  if (known && known.headerRows === table.headerRows && known.columns === table.columnWidths.length) return known.needs;
  const needs = measureNeeds(table);
  needsOf.set(table.bodyRows, { headerRows: table.headerRows, columns: table.columnWidths.length, needs });
  return needs;
}

function measureNeeds(table: TableBlock): ColumnNeed[] {
  const columns = table.columnWidths.length;
  const needs = Array.from({ length: columns }, () => ({ min: CELL_PADDING_PT, max: CELL_PADDING_PT, figures: true, anyBody: false }));
  const add = (rows: TableCell[][], header: boolean, boldRow: (i: number) => boolean) =>
    singleColumnCells(rows, columns).forEach((cells, i) =>
      cells.forEach(({ cell, column }) => {
        const need = needs[column]!;
        const c = cellNeed(cell, header, header || boldRow(i) || !!cell.rowHeader);
        need.min = Math.max(need.min, c.min);
        need.max = Math.max(need.max, c.max);
        if (header || c.empty) return;
        need.anyBody = true;
        need.figures &&= c.figure;
      }),
    );
  add(table.headerRows, true, () => false);
  add(
    table.bodyRows.map((r) => r.cells),
    false,
    (i) => table.bodyRows[i]?.emphasis !== undefined,
  );
  return needs.map((n) => ({ min: n.min, max: Math.max(n.min, n.max), figures: n.figures && n.anyBody }));
}

/** The narrowest the table can be drawn: the sum of its columns' needs. */
export function tableMinWidthPt(table: TableBlock): number {
  return columnNeeds(table).reduce((sum, n) => sum + n.min, 0);
}

/**
 * Widths in points that fill `widthPt`: figure columns get just their need, text columns share the rest in proportion
 * to their unbroken text (capped at the full width), each never narrower than its longest word: a column whose share
 * would be narrower is held at its need and the others share what is left. Only a table too wide even for its
 * columns' needs (wider than a landscape page) gets every column scaled down alike.
 */
export function fitColumns(needs: ColumnNeed[], widthPt: number): number[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const mins = needs.map((n) => n.min);
  if (sum(mins) >= widthPt) return mins.map((m) => (m / sum(mins)) * widthPt);
  // A table of figures alone spreads its spare room over all its columns.
  const anyText = needs.some((n) => !n.figures);
  const held = needs.map((n) => anyText && n.figures);
  const weight = needs.map((n) => Math.min(n.max, widthPt));
  for (;;) {
    const free = needs.map((_, i) => !held[i]);
    const k = (widthPt - sum(mins.filter((_, i) => held[i]))) / sum(weight.filter((_, i) => free[i]));
    const tooNarrow = needs.findIndex((n, i) => free[i] && k * weight[i]! < n.min);
    if (tooNarrow < 0) return needs.map((n, i) => (held[i] ? n.min : k * weight[i]!));
    held[tooNarrow] = true;
  }
}

/** The table's column widths as fractions of the text width (summing to 1). */
export function columnFractions(table: TableBlock, widthPt: number): number[] {
  const widths = fitColumns(columnNeeds(table), widthPt);
  return widths.map((w) => w / widthPt);
}

/**
 * Whether no column is narrower than its longest word, as fitColumns makes them unless a table is too wide even for
 * its columns' needs (or keeps an orientation too narrow for them): only then must a renderer hyphenate to fit.
 */
export function wordsFitColumns(table: TableBlock, widthsPt: number[]): boolean {
  return columnNeeds(table).every((need, i) => (widthsPt[i] ?? 0) >= need.min - 0.01);
}

/**
 * Whether every cell of the row is empty or one paragraph of plain text that fits its column(s) unbroken (measured
 * as the columns were, so the engines' fonts draw it no wider): such a row is one line high and cannot split across
 * pages, so a renderer need not mark it unbreakable.
 */
export function rowIsOneLine(row: TableRow, widthsPt: number[]): boolean {
  let column = 0;
  return row.cells.every((cell) => {
    const span = Math.max(1, Math.floor(cell.colSpan ?? 1));
    const width = widthsPt.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    const [first, ...rest] = cell.blocks;
    if (!first) return true;
    if (rest.length || first.kind !== 'paragraph' || first.runs.some((r) => r.kind !== 'text')) return false;
    const bold = row.emphasis !== undefined || !!cell.rowHeader || first.runs.some((r) => r.kind === 'text' && r.bold);
    return textWidthPt(inlineText(first.runs).trim(), TABLE_FONT_PT, bold) + CELL_PADDING_PT <= width;
  });
}
