// Tiptap JSON (chapter bodies, area texts) → document blocks. What each node and mark becomes is its own behaviour
// (shared/editor/behaviour, `document`); this file walks the JSON and hands each node to it. The JSON is untrusted:
// every node is checked by shape, nodes without a document behaviour (unknown, future, code blocks) keep their text,
// and nothing here can throw on odd input.
import type { RichText } from '../../domain/plan';
import { behaviourOf } from '../../editor/behaviour';
import type { Block, Inline } from '../model';
import { COMMENT_END, COMMENT_START } from './commentMarkers';
import { proposedBreaksJoined } from './paragraphBreaks';
import type { BuildContext } from './context';
import { asNodes, attrsOf, plainText, str, type AutoCaption, type Json, type RichBuild, type RichOptions, type TextRun } from './richBuild';

export type { AutoCaption, LiveBlockRenderer, RichOptions } from './richBuild';
export { plainText } from './richBuild';

export const autoCaptionFor = (chapterTitle: string): AutoCaption => ({ heading: chapterTitle.trim(), used: false });

export function richTextToBlocks(doc: RichText | null | undefined, ctx: BuildContext, options: RichOptions): Block[] {
  if (!doc) return [];
  return richBuild(ctx, options).blocks(asNodes(doc.content));
}

function richBuild(ctx: BuildContext, options: RichOptions): RichBuild {
  const build: RichBuild = {
    ctx,
    options,
    blocks: (nodes, other) => (other && other !== options ? richBuild(ctx, other).blocks(nodes) : (ctx.review ? nodes : proposedBreaksJoined(nodes)).flatMap((n) => blockOf(n, build))),
    inlines: (nodes) => nodes.flatMap((n) => inlinesOf(n, build)),
  };
  return build;
}

function blockOf(node: Json, build: RichBuild): Block[] {
  const blocks = behaviourOf(node.type)?.document?.blocks;
  if (blocks) return blocks(node, build);
  const text = plainText(node).trim();
  return text ? [{ kind: 'paragraph', runs: [{ kind: 'text', text }] }] : [];
}

function inlinesOf(node: Json, build: RichBuild): Inline[] {
  // The comments' range markers exist only between the review content and here (commentMarkers.ts): no schema node.
  if (node.type === COMMENT_START || node.type === COMMENT_END) {
    const id = attrsOf(node).id;
    return build.ctx.review && typeof id === 'number' ? [{ kind: node.type === COMMENT_START ? 'commentStart' : 'commentEnd', id }] : [];
  }
  if (node.type === 'text') {
    const run = markedRun(node, build);
    return run ? [run] : [];
  }
  // An inline atom (a break, a footnote) proposed by a suggestion is left out of a clean document like proposed text.
  if (markedRun({ type: 'text', text: ' ', marks: node.marks }, build) === null) return [];
  const inlines = behaviourOf(node.type)?.document?.inlines;
  if (inlines) return inlines(node, build);
  const text = plainText(node);
  return text ? [{ kind: 'text', text }] : [];
}

/** A text node as a run, each of its marks applied by its own behaviour; null when a mark keeps the text out. */
function markedRun(node: Json, build: RichBuild): TextRun | null {
  const text = str(node.text);
  if (!text) return null;
  // A chapter in the other målform gives every run its language; a marked passage sets its own (language mark).
  let run: TextRun | null = build.options.lang ? { kind: 'text', text, lang: build.options.lang } : { kind: 'text', text };
  for (const mark of asNodes(node.marks)) {
    const apply = behaviourOf(mark.type)?.document?.run;
    if (apply) run = apply(run, attrsOf(mark), build);
    if (!run) return null;
  }
  return run;
}
