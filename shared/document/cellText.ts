// What a table cell says, for sizing its column: its paragraphs' texts (through lists and quotes), and whether the
// cell is a figure or a code that must never break, or a number that is right-aligned.
import { inlineText, type Block, type TableCell } from './model';

export type CellLine = { text: string; bold: boolean; indentPt: number };

/** A list's items are indented in both renderers (HTML's ul padding, Word's numbering indent); about this much. */
const LIST_INDENT_PT = 18;

function blockLines(block: Block, indentPt: number): CellLine[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ text: inlineText(block.runs).replace(/\n/g, ' '), bold: block.runs.some((r) => r.kind === 'text' && r.bold), indentPt }];
    case 'heading':
      return [{ text: block.text, bold: true, indentPt }];
    case 'quote':
      return block.blocks.flatMap((b) => blockLines(b, indentPt));
    case 'list':
      return block.items.flatMap((item) => item.flatMap((b) => blockLines(b, indentPt + LIST_INDENT_PT)));
    default:
      return [];
  }
}

/** Remembered per cell: sizing a table reads each cell's lines several times (orientation, widths, alignment). */
const linesOf = new WeakMap<TableCell, CellLine[]>();

/** Each paragraph of the cell as one line of text (the width it would take unbroken). */
export function cellLines(cell: TableCell): CellLine[] {
  let lines = linesOf.get(cell);
  if (!lines) linesOf.set(cell, (lines = cell.blocks.flatMap((b) => blockLines(b, 0))));
  return lines;
}

export function cellText(cell: TableCell): string {
  return cellLines(cell)
    .map((l) => l.text)
    .join(' ');
}

/** Figures (amounts, dates, percentages) and codes such as law ids (LOV-2011-06-24-30): kept on one line. */
const FIGURE = /^[-−+]?\d[\d\s\u00a0.,:/–-]*(\s?(%|kr))?$/u;
const CODE = /^(?=[^\s]*\d)[\p{L}§\d][\p{L}\d§.:/\u2011-]*$/u;
/** Amounts, counts and percentages, right-aligned so their digits line up; a date is a figure but not a number. */
const NUMBER = /^[-−+]?\d[\d\s\u00a0]*([.,]\d+)?(\s?(%|kr))?$/u;

/** A cell whose whole text must not break: a figure or a code, short enough to fit any column. */
export function isUnbreakable(cell: TableCell): boolean {
  const text = cellText(cell).trim();
  return text.length > 0 && text.length <= 30 && (FIGURE.test(text) || CODE.test(text));
}

/** A cell holding one number (amount, count, percentage, year). */
export function isNumberCell(cell: TableCell): boolean {
  const text = cellText(cell).trim();
  return text.length > 0 && text.length <= 30 && NUMBER.test(text);
}
