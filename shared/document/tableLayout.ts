// How tables are laid out, decided once on the model so the DOCX, the HTML/PDF and any other renderer agree: which go on
// landscape pages, how wide each column is, and which columns are right-aligned numbers. A table goes landscape when
// the narrowest its columns can be (each column's longest word, or whole figure/date/id, which never breaks) does not
// fit the portrait text column; its columns are then sized from their content for the width of its pages.
import { cellText, isNumberCell } from './cellText';
import { columnFractions, tableMinWidthPt } from './columnWidths';
import type { Block, TableCell, TableOrientation, TableRow } from './model';

export { isUnbreakable } from './cellText';
export { CELL_PADDING_PT, TABLE_FONT_PT, rowIsOneLine, tableMinWidthPt, wordsFitColumns } from './columnWidths';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** A4 with 2.5 cm margins, in points: 210 mm − 50 mm, and 297 mm − 50 mm. */
export const PORTRAIT_TEXT_WIDTH_PT = 453.5;
export const LANDSCAPE_TEXT_WIDTH_PT = 700;

export function textWidthPt(orientation: TableOrientation): number {
  return orientation === 'landscape' ? LANDSCAPE_TEXT_WIDTH_PT : PORTRAIT_TEXT_WIDTH_PT;
}

export function tableOrientation(table: TableBlock): TableOrientation {
  return tableMinWidthPt(table) > PORTRAIT_TEXT_WIDTH_PT ? 'landscape' : 'portrait';
}

/** A laid-out table's column widths in points (its columnWidths are fractions of its pages' text width). */
export function columnWidthsPt(table: TableBlock): number[] {
  const total = table.columnWidths.reduce((a, b) => a + b, 0) || 1;
  const width = textWidthPt(table.orientation ?? 'portrait');
  return table.columnWidths.map((w) => (w / total) * width);
}

/** Columns whose every filled body cell is a number: their cells, header included, are right-aligned. */
function alignNumbers(table: TableBlock): Pick<TableBlock, 'headerRows' | 'bodyRows'> {
  const numeric = table.columnWidths.map((_, column) => {
    const cells = table.bodyRows.flatMap((r) => cellsAt(r.cells, column)).filter((c) => cellText(c).trim() !== '');
    return cells.length > 0 && cells.every(isNumberCell);
  });
  const align = (cells: TableCell[]): TableCell[] => {
    let column = 0;
    return cells.map((c) => {
      const at = column;
      column += c.colSpan ?? 1;
      return (c.colSpan ?? 1) === 1 && numeric[at] && !c.align ? { ...c, align: 'right' } : c;
    });
  };
  return { headerRows: table.headerRows.map(align), bodyRows: table.bodyRows.map((r): TableRow => ({ ...r, cells: align(r.cells) })) };
}

/** The cells of a row that sit in one grid column alone. */
function cellsAt(cells: TableCell[], column: number): TableCell[] {
  let at = 0;
  for (const c of cells) {
    const span = c.colSpan ?? 1;
    if (at === column) return span === 1 ? [c] : [];
    at += span;
  }
  return [];
}

/**
 * Lays out every table: its orientation (one a table already has is kept, the override per table), its numeric
 * columns right-aligned, and its columnWidths replaced by fractions of its pages' text width (summing to 1).
 */
export function layOutTables(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.kind !== 'table') return b;
    const aligned: TableBlock = { ...b, ...alignNumbers(b) };
    const orientation = b.orientation ?? tableOrientation(aligned);
    return { ...aligned, orientation, columnWidths: columnFractions(aligned, textWidthPt(orientation)) };
  });
}

export type PageRun = { orientation: TableOrientation; blocks: Block[] };

/**
 * The top-level blocks cut into runs of one orientation: each landscape table is a run of its own, together with the
 * heading above it and that heading's few lines of introduction, so a heading is never left alone on the portrait page
 * before its table. Both renderers
 * draw these runs: a named page in HTML/PDF, a section in DOCX.
 */
export function pageRuns(blocks: Block[]): PageRun[] {
  const runs: PageRun[] = [];
  let portrait: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table' || b.orientation !== 'landscape') {
      portrait.push(b);
      continue;
    }
    const cut = introStart(portrait);
    const lead = portrait.slice(cut);
    portrait = portrait.slice(0, cut);
    if (portrait.length) runs.push({ orientation: 'portrait', blocks: portrait });
    runs.push({ orientation: 'landscape', blocks: [...lead, b] });
    portrait = [];
  }
  if (portrait.length) runs.push({ orientation: 'portrait', blocks: portrait });
  return runs;
}

/** At most this many paragraphs or lists between a heading and its landscape table go along with them. */
const MAX_INTRO_BLOCKS = 3;

/** Where the heading (with its short introduction) that leads into a landscape table starts, or the end when none does. */
function introStart(before: Block[]): number {
  let i = before.length;
  let intro = 0;
  while (i > 0 && intro < MAX_INTRO_BLOCKS && (before[i - 1]?.kind === 'paragraph' || before[i - 1]?.kind === 'list')) {
    i--;
    intro++;
  }
  // Only the nearest heading: a part heading above it ("Vedlegg") keeps its own page.
  return before[i - 1]?.kind === 'heading' ? i - 1 : before.length;
}
