// Suggested paragraph breaks (shared/editor/nodes/paragraphBreak.ts) in a hearing document. The export «med
// kommentarer og forslag» draws one as Word's tracked paragraph mark (w:pPr/w:rPr/w:ins|w:del); a clean document is
// the text as if every open suggestion were rejected, so a proposed split is joined again and a proposed join stays
// two paragraphs.
import { INSERTION, trackedChange } from '../../editor/marks/suggestion';
import { asParagraphBreak, BREAK_TYPES, PARAGRAPH_BREAK } from '../../editor/nodes/paragraphBreak';
import type { TrackedChange } from '../model';
import { asNodes, attrsOf, type Json } from './richBuild';

const breakOf = (node: Json) => ((BREAK_TYPES as readonly unknown[]).includes(node.type) ? asParagraphBreak(attrsOf(node)[PARAGRAPH_BREAK]) : null);

export function breakChangeOf(node: Json): TrackedChange | null {
  const b = breakOf(node);
  return b ? trackedChange(b.kind === INSERTION ? 'ins' : 'del', b) : null;
}

/** `nodes` with each proposed split joined with the paragraph after it (the same array when there is none). */
export function proposedBreaksJoined(nodes: Json[]): Json[] {
  if (!nodes.some((n) => breakOf(n)?.kind === INSERTION)) return nodes;
  const out: Json[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (last && breakOf(last)?.kind === INSERTION && (BREAK_TYPES as readonly unknown[]).includes(n.type)) {
      out[out.length - 1] = { ...last, attrs: { ...attrsOf(last), [PARAGRAPH_BREAK]: attrsOf(n)[PARAGRAPH_BREAK] ?? null }, content: [...asNodes(last.content), ...asNodes(n.content)] };
    } else out.push(n);
  }
  return out;
}
