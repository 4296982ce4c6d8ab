// Accepting and rejecting suggestions: ordinary edits of the body (a mark removed or text deleted), so in the editor
// they go through Yjs like typing (undoable, merge-safe), and two copies that take the same decision converge.
import type { Mark } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { canJoin } from '@tiptap/pm/transform';
import { INSERTION } from '../marks/suggestion';
import { PARAGRAPH_BREAK, paragraphBreakOf } from '../nodes/paragraphBreak';
import { matchesFilter, matchesSuggestion, suggestionMarksOf, type SuggestionFilter } from './suggestionList';
import { deletionsOf, type Range } from './wholeBlocks';

export type Decision = 'accept' | 'reject';

/** Meta key on decision transactions: suggestion mode must not turn them into suggestions again. */
export const SUGGESTION_DECISION = 'planverkSuggestionDecision';

/**
 * Adds to `tr` the edits that accept or reject every suggestion matching `filter`. Accept: an insertion loses its mark,
 * a deletion's text goes. Reject: an insertion's text goes, a deletion loses its mark. A suggested paragraph break the
 * same way: kept, it loses its attribute; going, its paragraph is joined with the next one. Returns how many runs and
 * breaks it touched.
 */
export function decideSuggestions(tr: Transaction, decision: Decision, filter: SuggestionFilter): number {
  const unmark: { range: Range; mark: Mark }[] = [];
  const remove: Range[] = [];
  /** Suggested breaks decided: the paragraph's position, and whether the break goes (the paragraphs are joined). */
  const breaks: { pos: number; goes: boolean }[] = [];
  tr.doc.descendants((node, pos) => {
    const b = node.isTextblock ? paragraphBreakOf(node) : null;
    if (b && matchesSuggestion(b.kind, b, filter)) breaks.push({ pos, goes: (b.kind === INSERTION) === (decision === 'reject') });
    if (!node.isInline) return true;
    for (const mark of suggestionMarksOf(node)) {
      if (!matchesFilter(mark, filter)) continue;
      const range = { from: pos, to: pos + node.nodeSize };
      const goes = (mark.type.name === INSERTION) === (decision === 'reject');
      if (goes) remove.push(range);
      else unmark.push({ range, mark });
    }
    return false;
  });
  for (const { range, mark } of unmark) tr.removeMark(range.from, range.to, mark);
  // Attribute steps move no position.
  for (const { pos } of breaks) tr.setNodeAttribute(pos, PARAGRAPH_BREAK, null);
  const deletions = deletionsOf(tr.doc, mergeRanges(remove));
  // A break that goes next to a block that goes whole needs no join: that block's own breaks go with it.
  const joins = breaks.flatMap(({ pos, goes }) => {
    const at = pos + tr.doc.nodeAt(pos)!.nodeSize;
    return goes && !deletions.some((r) => r.from <= at && at <= r.to) ? [at] : [];
  });
  // From the end, so earlier positions stay valid; a paragraph, list item or row whose whole text goes, goes with it.
  const edits = [...deletions.map((range) => ({ at: range.from, range })), ...joins.map((at) => ({ at, range: null }))].sort((a, b) => b.at - a.at);
  for (const { at, range } of edits) {
    if (range) tr.delete(range.from, range.to);
    else joinAt(tr, at);
  }
  tr.setMeta(SUGGESTION_DECISION, decision);
  return unmark.length + remove.length + breaks.length;
}

/** Joins the paragraph ending at `at` with the next one (none in its list item or cell: nothing to join); the joined
 * paragraph keeps the next one's own end break. */
function joinAt(tr: Transaction, at: number): void {
  if (!canJoin(tr.doc, at)) return;
  const next = tr.doc.resolve(at).nodeAfter;
  const start = tr.doc.resolve(at - 1).before();
  tr.join(at);
  tr.setNodeAttribute(start, PARAGRAPH_BREAK, next?.attrs[PARAGRAPH_BREAK] ?? null);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}
