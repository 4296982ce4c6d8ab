// Difference of two lists of blocks (a chapter body, a list's items, a table's rows and cells): equal blocks are
// matched whole by the diff library; among the blocks that differ, a removed and an inserted block of the same type
// that share enough words are paired and compared inside (word by word for text, block by block for containers),
// so an edited paragraph shows its changed words rather than a deleted and a new paragraph.
import { diffInline, inlineSide, similarity, type InlineRun } from './inlineDiff';
import { hasInlineContent, plainText, shellOf, withContent, type PmNode } from './pmNode';
import { stableJson } from './sameValue';
import { diffKeys } from './sequenceDiff';

export type BlockDiff =
  | { kind: 'equal'; node: PmNode }
  | { kind: 'del'; node: PmNode }
  | { kind: 'ins'; node: PmNode }
  /** a block of inline content whose words changed; from/to are the block without content (attrs may differ too) */
  | { kind: 'text'; from: PmNode; to: PmNode; runs: InlineRun[] }
  /** a container (list, table, row, cell, quote) whose children changed */
  | { kind: 'nested'; from: PmNode; to: PmNode; children: BlockDiff[] };

/** Below this share of common words two blocks are shown as one deleted and one inserted, not as a tangle of edits. */
const PAIR_SIMILARITY = 0.3;

export function diffBlocks(from: readonly PmNode[], to: readonly PmNode[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  // Plain JSON as the key (7× faster than sorted keys); blocks that differ only in key order are found equal below.
  const aKeys = from.map((n) => JSON.stringify(n));
  const bKeys = to.map((n) => JSON.stringify(n));
  let dels: PmNode[] = [];
  let ins: PmNode[] = [];
  const flush = () => {
    out.push(...pairHunk(dels, ins));
    dels = [];
    ins = [];
  };
  for (const run of diffKeys(aKeys, bKeys)) {
    if (run.kind === 'del') dels.push(...from.slice(run.from, run.from + run.count));
    else if (run.kind === 'ins') ins.push(...to.slice(run.to, run.to + run.count));
    else {
      flush();
      for (const node of to.slice(run.to, run.to + run.count)) out.push({ kind: 'equal', node });
    }
  }
  flush();
  return out;
}

/** Pairs removed and inserted blocks in order; each side keeps its own order, so both sides can be read back. */
function pairHunk(dels: readonly PmNode[], ins: readonly PmNode[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  let i = 0;
  let j = 0;
  while (i < dels.length && j < ins.length) {
    const a = dels[i]!;
    const b = ins[j]!;
    if (stableJson(a) === stableJson(b)) {
      out.push({ kind: 'equal', node: b });
      i++;
      j++;
    } else if (pairable(a, b)) {
      out.push(diffPair(a, b));
      i++;
      j++;
    } else if (j + 1 < ins.length && pairable(a, ins[j + 1]!)) out.push({ kind: 'ins', node: ins[j++]! });
    else out.push({ kind: 'del', node: dels[i++]! });
  }
  while (i < dels.length) out.push({ kind: 'del', node: dels[i++]! });
  while (j < ins.length) out.push({ kind: 'ins', node: ins[j++]! });
  return out;
}

function pairable(a: PmNode, b: PmNode): boolean {
  if (a.type !== b.type || hasInlineContent(a) !== hasInlineContent(b)) return false;
  return similarity(plainText(a), plainText(b)) >= PAIR_SIMILARITY;
}

function diffPair(a: PmNode, b: PmNode): BlockDiff {
  if (hasInlineContent(a)) return { kind: 'text', from: shellOf(a), to: shellOf(b), runs: diffInline(a.content ?? [], b.content ?? []) };
  return { kind: 'nested', from: shellOf(a), to: shellOf(b), children: diffBlocks(a.content ?? [], b.content ?? []) };
}

/** One side of a block diff: the blocks before (`from`) or after (`to`). Applying a diff to its `from` side gives `to`. */
export function blockSide(diffs: readonly BlockDiff[], side: 'from' | 'to'): PmNode[] {
  const out: PmNode[] = [];
  for (const d of diffs) {
    if (d.kind === 'equal') out.push(d.node);
    else if (d.kind === 'del' || d.kind === 'ins') {
      if ((d.kind === 'ins') === (side === 'to')) out.push(d.node);
    } else if (d.kind === 'text') out.push(withContent(d[side], inlineSide(d.runs, side)));
    else out.push(withContent(d[side], blockSide(d.children, side)));
  }
  return out;
}

export const blocksChanged = (diffs: readonly BlockDiff[]): boolean => diffs.some((d) => d.kind !== 'equal');
