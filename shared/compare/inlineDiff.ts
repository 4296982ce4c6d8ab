// Word-level difference of the inline content of one block (a paragraph, a heading, a table cell's paragraph):
// text is cut into words, spaces and punctuation marks that keep their marks (bold, link…), so a word that only
// turned bold is a change too; inline atoms (footnotes, line breaks) are one token each.
import { diffKeys } from './sequenceDiff';
import type { PmMark, PmNode } from './pmNode';

export type InlineRun = { kind: 'equal' | 'del' | 'ins'; nodes: PmNode[] };

type Token = { key: string; node: PmNode };

const WORD = /\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

const marksKey = (marks: PmMark[] | undefined): string => (marks && marks.length > 0 ? JSON.stringify(marks) : '');

/** The words of a text ("Helse og omsorg." → Helse, ␠, og, ␠, omsorg, .), also used to count changed words. */
export const splitWords = (text: string): string[] => text.match(WORD) ?? [];

export function tokenize(nodes: readonly PmNode[]): Token[] {
  const tokens: Token[] = [];
  for (const node of nodes) {
    if (node.type !== 'text') {
      tokens.push({ key: `\u0002${JSON.stringify(node)}`, node });
      continue;
    }
    const marks = marksKey(node.marks);
    for (const word of splitWords(node.text ?? '')) {
      tokens.push({ key: `${marks}\u0001${word}`, node: node.marks ? { type: 'text', marks: node.marks, text: word } : { type: 'text', text: word } });
    }
  }
  return tokens;
}

/** Tokens back into nodes: neighbouring text with the same marks becomes one text node, as ProseMirror keeps it. */
export function joinTokens(nodes: readonly PmNode[]): PmNode[] {
  const out: PmNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text' && marksKey(last.marks) === marksKey(node.marks)) {
      out[out.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` };
    } else out.push(node);
  }
  return out;
}

export function diffInline(from: readonly PmNode[], to: readonly PmNode[]): InlineRun[] {
  const a = tokenize(from);
  const b = tokenize(to);
  return diffKeys(
    a.map((t) => t.key),
    b.map((t) => t.key),
  ).map((run) => {
    const source = run.kind === 'ins' ? b.slice(run.to, run.to + run.count) : a.slice(run.from, run.from + run.count);
    return { kind: run.kind, nodes: joinTokens(source.map((t) => t.node)) };
  });
}

/** Share of words two texts have in common (0 … 1): Sørensen–Dice over the diff's equal tokens. */
export function similarity(from: string, to: string): number {
  const a = splitWords(from).filter((w) => w.trim() !== '');
  const b = splitWords(to).filter((w) => w.trim() !== '');
  if (a.length + b.length === 0) return 1;
  const common = diffKeys(a, b)
    .filter((r) => r.kind === 'equal')
    .reduce((sum, r) => sum + r.count, 0);
  return (2 * common) / (a.length + b.length);
}

/** One side of a run list: the content before (`from`) or after (`to`). */
export function inlineSide(runs: readonly InlineRun[], side: 'from' | 'to'): PmNode[] {
  const skip = side === 'from' ? 'ins' : 'del';
  return joinTokens(runs.filter((r) => r.kind !== skip).flatMap((r) => r.nodes));
}
