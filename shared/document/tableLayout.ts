// Which tables go on landscape pages, decided once on the model so the DOCX and the PDF agree. A table goes landscape
// when the narrowest its columns can be (each column's longest word, or whole number/date/id, which never breaks)
// does not fit the portrait text column. The estimate is deliberately generous (bold, the DOCX's 11 pt) so a table
// kept portrait never overflows and makes Chromium shrink the whole document to fit.
import { inlineText, type Block, type TableCell, type TableOrientation } from './model';

/** A4 with 2.5 cm margins, in points: 210 mm − 50 mm, and 297 mm − 50 mm. */
export const PORTRAIT_TEXT_WIDTH_PT = 453.5;
export const LANDSCAPE_TEXT_WIDTH_PT = 700;

/** Average advance of a sans-serif letter at the tables' 9.5 pt (bold a little wider), and a cell's padding plus borders. */
const CHAR_PT = 5.2;
const CELL_PADDING_PT = 11;

/** Figures (amounts, dates, percentages) and codes such as law ids (LOV-2011-06-24-30): kept on one line. */
const FIGURE = /^[-−+]?\d[\d\s\u00a0.,:/–-]*(\s?(%|kr))?$/u;
const CODE = /^(?=[^\s]*\d)[\p{L}§\d][\p{L}\d§.:/-]*$/u;

/** A cell whose whole text must not break: a figure or a code, short enough to fit any column. */
export function isUnbreakable(cell: TableCell): boolean {
  const text = cellText(cell).trim();
  return text.length > 0 && text.length <= 30 && (FIGURE.test(text) || CODE.test(text));
}

function cellText(cell: TableCell): string {
  return cell.blocks.map((b) => (b.kind === 'paragraph' ? inlineText(b.runs) : '')).join(' ');
}

/** The narrowest the cell can be drawn: its longest word, or all of it when it is a right-aligned figure. */
function cellMinWidthPt(cell: TableCell): number {
  const text = cellText(cell).trim();
  const words = cell.align === 'right' || isUnbreakable(cell) ? [text] : text.split(/\s+/);
  const longest = Math.max(0, ...words.map((w) => [...w].length));
  return longest * CHAR_PT + CELL_PADDING_PT;
}

/** The sum over columns of their narrowest widths; cells spanning columns (theme rows) are left out. */
export function tableMinWidthPt(table: Extract<Block, { kind: 'table' }>): number {
  const mins = table.columnWidths.map(() => CELL_PADDING_PT);
  for (const row of [...table.headerRows, ...table.bodyRows.map((r) => r.cells)]) {
    if (row.some((c) => (c.colSpan ?? 1) > 1)) continue;
    row.forEach((c, i) => {
      if (i < mins.length) mins[i] = Math.max(mins[i] ?? 0, cellMinWidthPt(c));
    });
  }
  return mins.reduce((a, b) => a + b, 0);
}

export function tableOrientation(table: Extract<Block, { kind: 'table' }>): TableOrientation {
  return tableMinWidthPt(table) > PORTRAIT_TEXT_WIDTH_PT ? 'landscape' : 'portrait';
}

/** Gives every table its orientation, keeping one a table already has (an override per table). */
export function layOutTables(blocks: Block[]): Block[] {
  return blocks.map((b) => (b.kind === 'table' && !b.orientation ? { ...b, orientation: tableOrientation(b) } : b));
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
