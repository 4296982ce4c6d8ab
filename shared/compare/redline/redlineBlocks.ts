// Block-level redline of two DocModels' blocks (the whole document as built: chapters, live blocks with the matrix
// and the structured tables, the merknadsbehandling): equal blocks stay, a removed and an inserted block of the same
// kind with enough words in common are compared inside (paragraph runs, heading text, list items, table rows and
// cells), the rest is marked deleted or inserted throughout. Numbers, caption numbers and ids are left out of the
// comparison, so a chapter added early does not make every later heading and table look changed.
import { inlineText, type Block, type BlockOrigin, type Inline, type TableCell, type TableRow } from '../../document/model';
import { similarity } from '../inlineDiff';
import { diffKeys } from '../sequenceDiff';
import { markRuns, redlineRuns, type ChangeAuthorHere, type ChangeAuthors, type FootnoteTexts } from './redlineRuns';

/** `origins`: where the deleted (older document) and inserted (newer) text of the blocks at hand come from. */
export type RedlineContext = { authors: ChangeAuthors; notes: { from: FootnoteTexts; to: FootnoteTexts }; origins: { del: BlockOrigin | null; ins: BlockOrigin | null } };

/** The context inside a pair of blocks (or one of them): their own origins where they carry one. */
const within = (ctx: RedlineContext, a: Block | null, b: Block | null): RedlineContext => ({
  ...ctx,
  origins: { del: a?.origin ?? ctx.origins.del, ins: b?.origin ?? ctx.origins.ins },
});
export const authorHere = (ctx: RedlineContext): ChangeAuthorHere => (kind, text) => ctx.authors({ kind, origin: ctx.origins[kind], text });

const PAIR_SIMILARITY = 0.3;
// origin: a paragraph moved to another chapter is the same paragraph.
const UNNUMBERED = new Set(['number', 'full', 'id', 'origin']);

/** A block's identity without its numbers: what makes two blocks «the same» across versions. */
const keyOf = (value: unknown): string => JSON.stringify(value, (k, v: unknown) => (UNNUMBERED.has(k) ? undefined : v));

export function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return b.text;
    case 'paragraph':
      return inlineText(b.runs);
    case 'quote':
      return b.blocks.map(blockText).join(' ');
    case 'list':
      return b.items.map((item) => item.map(blockText).join(' ')).join(' ');
    case 'table':
      return [...b.headerRows, ...b.bodyRows.map((r) => r.cells)].map((cells) => cells.map(cellText).join(' ')).join(' ');
    case 'image':
      return b.alt;
    default:
      return '';
  }
}
const cellText = (c: TableCell): string => c.blocks.map(blockText).join(' ');

/** Pairs of a hunk's removed and inserted items (equal ones matched first by key), in an order that keeps both sides. */
function align<T>(from: readonly T[], to: readonly T[], key: (x: T) => string, pairable: (a: T, b: T) => boolean): ({ kind: 'equal' | 'pair'; a: T; b: T } | { kind: 'del'; a: T } | { kind: 'ins'; b: T })[] {
  const out: ({ kind: 'equal' | 'pair'; a: T; b: T } | { kind: 'del'; a: T } | { kind: 'ins'; b: T })[] = [];
  let dels: T[] = [];
  let ins: T[] = [];
  const flush = () => {
    let i = 0;
    let j = 0;
    while (i < dels.length && j < ins.length) {
      if (pairable(dels[i]!, ins[j]!)) out.push({ kind: 'pair', a: dels[i++]!, b: ins[j++]! });
      else if (j + 1 < ins.length && pairable(dels[i]!, ins[j + 1]!)) out.push({ kind: 'ins', b: ins[j++]! });
      else out.push({ kind: 'del', a: dels[i++]! });
    }
    while (i < dels.length) out.push({ kind: 'del', a: dels[i++]! });
    while (j < ins.length) out.push({ kind: 'ins', b: ins[j++]! });
    dels = [];
    ins = [];
  };
  for (const run of diffKeys(from.map(key), to.map(key))) {
    if (run.kind === 'del') dels.push(...from.slice(run.from, run.from + run.count));
    else if (run.kind === 'ins') ins.push(...to.slice(run.to, run.to + run.count));
    else {
      flush();
      for (let k = 0; k < run.count; k++) out.push({ kind: 'equal', a: from[run.from + k]!, b: to[run.to + k]! });
    }
  }
  flush();
  return out;
}

const similar = (a: string, b: string): boolean => similarity(a, b) >= PAIR_SIMILARITY;

function pairableBlocks(a: Block, b: Block): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'toc' || a.kind === 'pageBreak') return true;
  // A heading in the place of another at its level is a renamed chapter (the document does not know chapter ids).
  if (a.kind === 'heading' && b.kind === 'heading') return a.level === b.level;
  if (a.kind === 'list' && b.kind === 'list' && a.ordered !== b.ordered) return false;
  return similar(blockText(a), blockText(b));
}

export function redlineBlocks(from: readonly Block[], to: readonly Block[], ctx: RedlineContext): Block[] {
  return align(from, to, keyOf, pairableBlocks).flatMap((step): Block[] => {
    if (step.kind === 'equal') return [step.b];
    if (step.kind === 'del') return markBlock(step.a, 'del', within(ctx, step.a, null));
    if (step.kind === 'ins') return markBlock(step.b, 'ins', within(ctx, null, step.b));
    return [redlinePair(step.a, step.b, within(ctx, step.a, step.b))];
  });
}

function redlinePair(a: Block, b: Block, ctx: RedlineContext): Block {
  if (a.kind === 'paragraph' && b.kind === 'paragraph') return { ...b, runs: redlineRuns(a.runs, b.runs, authorHere(ctx), ctx.notes) };
  if (a.kind === 'heading' && b.kind === 'heading') {
    return a.text === b.text ? b : { ...b, runs: redlineRuns([{ kind: 'text', text: a.text }], [{ kind: 'text', text: b.text }], authorHere(ctx), ctx.notes) };
  }
  if (a.kind === 'quote' && b.kind === 'quote') return { ...b, blocks: redlineBlocks(a.blocks, b.blocks, ctx) };
  if (a.kind === 'list' && b.kind === 'list') {
    const items = align(a.items, b.items, keyOf, (x, y) => similar(x.map(blockText).join(' '), y.map(blockText).join(' '))).map((s) =>
      s.kind === 'equal' ? s.b : s.kind === 'del' ? s.a.flatMap((x) => markBlock(x, 'del', ctx)) : s.kind === 'ins' ? s.b.flatMap((x) => markBlock(x, 'ins', ctx)) : redlineBlocks(s.a, s.b, ctx),
    );
    return { ...b, items };
  }
  if (a.kind === 'table' && b.kind === 'table') {
    const header = redlineRows(a.headerRows.map((cells) => ({ cells })), b.headerRows.map((cells) => ({ cells })), ctx).map((r) => r.cells);
    return { ...b, headerRows: header, bodyRows: redlineRows(a.bodyRows, b.bodyRows, ctx) };
  }
  return b;
}

function redlineRows(from: readonly TableRow[], to: readonly TableRow[], ctx: RedlineContext): TableRow[] {
  const rowText = (r: TableRow) => r.cells.map(cellText).join(' ');
  const pairable = (x: TableRow, y: TableRow) => x.cells.length === y.cells.length && similar(rowText(x), rowText(y));
  return align(from, to, keyOf, pairable).map((s) => {
    if (s.kind === 'equal') return s.b;
    if (s.kind === 'del') return markRow(s.a, 'del', ctx);
    if (s.kind === 'ins') return markRow(s.b, 'ins', ctx);
    return { ...s.b, cells: s.b.cells.map((cell, i) => ({ ...cell, blocks: redlineBlocks(s.a.cells[i]!.blocks, cell.blocks, ctx) })) };
  });
}

const markRow = (row: TableRow, kind: 'ins' | 'del', ctx: RedlineContext): TableRow => ({ ...row, cells: row.cells.map((c) => ({ ...c, blocks: c.blocks.flatMap((x) => markBlock(x, kind, ctx)) })) });

/**
 * A block wholly inserted or deleted: every run marked, one change per paragraph or heading; a deleted picture leaves
 * its description as deleted text.
 */
export function markBlock(block: Block, kind: 'ins' | 'del', ctx: RedlineContext): Block[] {
  const mark = (runs: Inline[]) => markRuns(runs, kind, authorHere(ctx)(kind, inlineText(runs)));
  switch (block.kind) {
    case 'paragraph':
      return [{ ...block, runs: mark(block.runs) }];
    case 'heading':
      return [{ ...block, runs: mark([{ kind: 'text', text: block.text }]) }];
    case 'quote':
      return [{ ...block, blocks: block.blocks.flatMap((b) => markBlock(b, kind, ctx)) }];
    case 'list':
      return [{ ...block, items: block.items.map((item) => item.flatMap((b) => markBlock(b, kind, ctx))) }];
    case 'table':
      return [{ ...block, headerRows: block.headerRows.map((cells) => markRow({ cells }, kind, ctx).cells), bodyRows: block.bodyRows.map((r) => markRow(r, kind, ctx)) }];
    case 'image':
      return kind === 'ins' ? [block] : [{ kind: 'paragraph', runs: mark([{ kind: 'text', text: block.caption?.full ?? block.alt }]) }];
    case 'toc':
    case 'pageBreak':
      return kind === 'ins' ? [block] : [];
  }
}
