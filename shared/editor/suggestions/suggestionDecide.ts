// Accepting and rejecting suggestions: ordinary edits of the body (a mark removed or text deleted), so in the editor
// they go through Yjs like typing (undoable, merge-safe), and two copies that take the same decision converge.
import type { Mark } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { INSERTION } from '../marks/suggestion';
import { matchesFilter, suggestionMarksOf, type SuggestionFilter } from './suggestionList';
import { deletionsOf, type Range } from './wholeBlocks';

export type Decision = 'accept' | 'reject';

/** Meta key on decision transactions: suggestion mode must not turn them into suggestions again. */
export const SUGGESTION_DECISION = 'planverkSuggestionDecision';

/**
 * Adds to `tr` the edits that accept or reject every suggestion matching `filter`. Accept: an insertion loses its mark,
 * a deletion's text goes. Reject: an insertion's text goes, a deletion loses its mark. Returns how many runs it touched.
 */
export function decideSuggestions(tr: Transaction, decision: Decision, filter: SuggestionFilter): number {
  const unmark: { range: Range; mark: Mark }[] = [];
  const remove: Range[] = [];
  tr.doc.descendants((node, pos) => {
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
  // From the end, so earlier positions stay valid; a paragraph, list item or row whose whole text goes, goes with it.
  for (const range of deletionsOf(tr.doc, mergeRanges(remove)).reverse()) tr.delete(range.from, range.to);
  tr.setMeta(SUGGESTION_DECISION, decision);
  return unmark.length + remove.length;
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
