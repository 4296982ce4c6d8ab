// Small constructors for generated table cells, so the table builders read as their columns.
import type { RichText } from '../../domain/plan';
import type { TableCell } from '../model';
import type { BuildContext } from './context';
import { richTextToBlocks } from './tiptapBlocks';

export function textCell(text: string, options: { bold?: boolean; align?: 'left' | 'right'; colSpan?: number } = {}): TableCell {
  const cell: TableCell = { blocks: text ? [{ kind: 'paragraph', runs: [{ kind: 'text', text, ...(options.bold ? { bold: true } : {}) }] }] : [] };
  if (options.align) cell.align = options.align;
  if (options.colSpan && options.colSpan > 1) cell.colSpan = options.colSpan;
  return cell;
}

export function headerCells(texts: string[]): TableCell[] {
  return texts.map((t) => textCell(t));
}

/** A cell holding an area's rich text (problems, method, actors). */
export function richCell(ctx: BuildContext, doc: RichText | null): TableCell {
  return { blocks: richTextToBlocks(doc, ctx, { chapterLevel: 3 }) };
}

/** A multi-line plain text value (participants, purposes) as one paragraph per line. */
export function linesCell(text: string): TableCell {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return { blocks: lines.map((line) => ({ kind: 'paragraph' as const, runs: [{ kind: 'text' as const, text: line }] })) };
}
