// What a node's or mark's document behaviour (shared/editor/behaviour) is handed while the builder turns Tiptap JSON
// into document blocks: the build context, the options of this body, and the builder's own recursion. Types and
// small shape guards only, so node files can use them without importing the builder.
import type { Block, Inline } from '../model';
import type { BuildContext } from './context';

export type Json = Record<string, unknown>;

/** A text run of the document model. */
export type TextRun = Extract<Inline, { kind: 'text' }>;

export type LiveBlockRenderer = (attrs: Json, headingLevel: 1 | 2 | 3) => Block[];

export type RichOptions = {
  /** Level of the chapter heading the body sits under; body headings go below it. */
  chapterLevel: 0 | 1 | 2 | 3;
  live?: LiveBlockRenderer;
  /** Chapter bodies only: a table without a caption gets one (see AutoCaption). */
  autoCaption?: AutoCaption;
  /** A chapter written in the other målform than the plan's: its runs carry that language. */
  lang?: 'nb' | 'nn';
};

/**
 * Every table of a chapter is captioned and numbered with the rest («Tabell N», one sequence with the live blocks'
 * tables), so a reader can refer to it and a screen reader names it. A table the writer left without a caption takes
 * its section's heading (the chapter title, or the body heading above it) as its text; a second one under the same
 * heading is «Tabell N» alone, so no two tables read alike. Running state of one chapter body, updated as headings pass.
 */
export type AutoCaption = { heading: string; used: boolean };

/** The builder as a node's behaviour sees it. */
export type RichBuild = {
  readonly ctx: BuildContext;
  readonly options: RichOptions;
  /** Document blocks of these nodes (with other options for the nodes inside, e.g. a table cell's). */
  blocks(nodes: Json[], options?: RichOptions): Block[];
  /** Inlines of these nodes (text with its marks, inline atoms). */
  inlines(nodes: Json[]): Inline[];
};

export const asNodes = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((n): n is Json => typeof n === 'object' && n !== null) : []);
export const attrsOf = (n: Json): Json => (typeof n.attrs === 'object' && n.attrs !== null ? (n.attrs as Json) : {});
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** All text under a node, for headings and for nodes we do not know. */
export function plainText(node: Json): string {
  if (node.type === 'text') return str(node.text);
  if (node.type === 'hardBreak') return ' ';
  return asNodes(node.content).map(plainText).join('');
}
