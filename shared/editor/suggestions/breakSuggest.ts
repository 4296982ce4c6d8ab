// «Foreslå endringer» at a paragraph break: Enter proposes a split (the first half's end break is a suggested
// insertion), Backspace at a paragraph's start or Delete at its end proposes a join (the break between the two
// becomes a suggested deletion) instead of joining; one's own proposed break really goes. The break is the
// `paragraphBreak` attribute of the paragraph it ends (nodes/paragraphBreak.ts); deciding it: suggestionDecide.ts.
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { canSplit } from '@tiptap/pm/transform';
import { DELETION, INSERTION, suggestionAttrs } from '../marks/suggestion';
import { BREAK_TYPES, PARAGRAPH_BREAK, paragraphBreak, paragraphBreakOf } from '../nodes/paragraphBreak';
import type { SuggestContext } from './suggestionTransform';

const breakable = (name: string): boolean => (BREAK_TYPES as readonly string[]).includes(name);
/** Enter in these makes a new item, not a paragraph: left to the editor (a structure change, as before). */
const ITEMS = new Set(['listItem', 'taskItem']);

/** Enter at the caret as a suggestion: the paragraph split, its first half's end break proposed. Null: not here. */
export function suggestedSplit(state: EditorState, ctx: SuggestContext): Transaction | null {
  const { $from, empty } = state.selection;
  const block = $from.parent;
  if (!empty || !breakable(block.type.name) || $from.depth < 1 || ITEMS.has($from.node($from.depth - 1).type.name)) return null;
  // After a heading's end comes a paragraph, as the editor's own Enter does; the second half keeps the end break the
  // paragraph had.
  const atEnd = $from.parentOffset === block.content.size;
  const paragraph = state.schema.nodes.paragraph!;
  const after = atEnd && block.type !== paragraph ? { type: paragraph, attrs: { [PARAGRAPH_BREAK]: block.attrs[PARAGRAPH_BREAK] as unknown } } : { type: block.type, attrs: block.attrs };
  if (!canSplit(state.doc, $from.pos, 1, [after])) return null;
  const tr = state.tr.split($from.pos, 1, [after]);
  tr.setNodeAttribute($from.before(), PARAGRAPH_BREAK, paragraphBreak(INSERTION, suggestionAttrs(ctx.newId(), ctx.author, ctx.date)));
  return tr.scrollIntoView();
}

/**
 * Backspace (dir -1) at a paragraph's start or Delete (1) at its end as a suggestion: the break between it and its
 * neighbour is proposed for deletion and the caret steps over it, as over struck text; a break the typist proposed
 * goes for real. Null: not at such a break between two paragraphs (the editor's own key runs).
 */
export function suggestedJoin(state: EditorState, dir: -1 | 1, ctx: SuggestContext): Transaction | null {
  const { $from, empty } = state.selection;
  if (!empty || $from.depth < 1 || $from.parentOffset !== (dir < 0 ? 0 : $from.parent.content.size)) return null;
  const boundary = dir < 0 ? $from.before() : $from.after();
  const $b = state.doc.resolve(boundary);
  const first = $b.nodeBefore;
  const second = $b.nodeAfter;
  if (!first?.isTextblock || !second?.isTextblock || !breakable(first.type.name)) return null;
  const firstPos = boundary - first.nodeSize;
  const proposed = paragraphBreakOf(first);
  const tr = state.tr;
  if (proposed?.kind === INSERTION && proposed.authorId === ctx.author.id) {
    tr.join(boundary);
    tr.setNodeAttribute(firstPos, PARAGRAPH_BREAK, second.attrs[PARAGRAPH_BREAK] ?? null);
    return tr.setSelection(TextSelection.create(tr.doc, boundary - 1)).scrollIntoView();
  }
  // Someone else's proposed break, or one already proposed for deletion, stays as it is.
  if (!proposed) tr.setNodeAttribute(firstPos, PARAGRAPH_BREAK, paragraphBreak(DELETION, suggestionAttrs(ctx.newId(), ctx.author, ctx.date)));
  return tr.setSelection(TextSelection.create(tr.doc, dir < 0 ? boundary - 1 : boundary + 1)).scrollIntoView();
}
