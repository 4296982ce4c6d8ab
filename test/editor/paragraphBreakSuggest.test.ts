// Paragraph breaks as suggestions («Foreslå endringer»): Enter proposes a split, Backspace/Delete at a paragraph's edge
// proposes a join; both are listed and decided like text suggestions, and the stored JSON of a body without one is
// unchanged (no `paragraphBreak: null` on every paragraph).
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { richTextToYUpdate, yStateToRichText } from '../../shared/editor';
import { BREAK_TEXT, decideSuggestions, listSuggestions, suggestedJoin, suggestedSplit, toSuggestion, type SuggestContext } from '../../shared/editor/suggestions';
import type { Decision } from '../../shared/editor/suggestions/suggestionDecide';
import { ctxFor, docOf, KARI, OLA, posAfter, posOf, runs, stateOf } from './suggestionHelpers';

/** A key handled as suggestion mode does: its transaction, then the transform of every dispatched transaction. */
function press(state: EditorState, ctx: SuggestContext, key: (s: EditorState) => Transaction | null): EditorState {
  const tr = key(state);
  if (!tr) throw new Error('the key was not handled as a suggestion');
  toSuggestion(tr, ctx, state.selection);
  return state.apply(tr);
}

function decided(state: EditorState, decision: Decision, filter = {}): EditorState {
  const tr = state.tr;
  decideSuggestions(tr, decision, filter);
  return state.apply(tr);
}

const paragraphs = (s: EditorState) => s.doc.content.content.map((p) => p.textContent);
const breaks = (s: EditorState) => s.doc.content.content.map((p) => (p.attrs.paragraphBreak as { kind: string } | null)?.kind ?? null);

describe('paragraph breaks as suggestions', () => {
  it('Enter proposes a split: listed as one break by the typist; rejected the paragraph is one again, accepted it stays two without the suggestion', () => {
    const doc = docOf('Kommunen skal planlegge. Tiltak vurderes årlig.', 'Siste avsnitt.');
    const s0 = stateOf(doc, posAfter(doc, 'planlegge. '));
    const s1 = press(s0, ctxFor(KARI), (s) => suggestedSplit(s, ctxFor(KARI)));
    expect(paragraphs(s1)).toEqual(['Kommunen skal planlegge. ', 'Tiltak vurderes årlig.', 'Siste avsnitt.']);
    expect(breaks(s1)).toEqual(['insertion', null, null]);
    // The caret is at the start of the new paragraph, as after a plain Enter.
    expect(s1.selection.from).toBe(posOf(s1.doc, 'Tiltak'));
    const [entry, ...rest] = listSuggestions(s1.doc);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ kind: 'insertion', text: BREAK_TEXT, paragraphBreak: true, authorId: KARI.id, authorName: KARI.name, authorGroup: 'Helse' });
    const rejected = decided(s1, 'reject', { ids: [entry!.id] });
    expect(paragraphs(rejected)).toEqual(['Kommunen skal planlegge. Tiltak vurderes årlig.', 'Siste avsnitt.']);
    expect(rejected.doc.eq(doc)).toBe(true);
    const accepted = decided(s1, 'accept', { ids: [entry!.id] });
    expect(paragraphs(accepted)).toEqual(['Kommunen skal planlegge. ', 'Tiltak vurderes årlig.', 'Siste avsnitt.']);
    expect(breaks(accepted)).toEqual([null, null, null]);
    expect(listSuggestions(accepted.doc)).toEqual([]);
  });

  it('Enter then typing: rejecting all leaves the paragraph as it was (the new text and the break go), accepting all keeps both', () => {
    const doc = docOf('Første avsnitt.', 'Andre avsnitt.');
    const ctx = ctxFor(OLA);
    let s = stateOf(doc, posAfter(doc, 'Første avsnitt.'));
    s = press(s, ctx, (st) => suggestedSplit(st, ctx));
    const tr = s.tr.insertText('Nytt avsnitt.');
    toSuggestion(tr, ctx, s.selection);
    s = s.apply(tr);
    expect(runs(s.doc)).toBe('Første avsnitt. ¶ [Nytt avsnitt.|+OH] ¶ Andre avsnitt.');
    expect(decided(s, 'reject').doc.eq(doc)).toBe(true);
    const accepted = decided(s, 'accept');
    expect(runs(accepted.doc)).toBe('Første avsnitt. ¶ Nytt avsnitt. ¶ Andre avsnitt.');
    expect(breaks(accepted)).toEqual([null, null, null]);
  });

  it('Backspace at a paragraph\'s start proposes the join: nothing moves; accepted the paragraphs are joined, rejected they stay as they were', () => {
    const doc = docOf('Kommunen skal planlegge.', 'Tiltak vurderes årlig.', 'Siste avsnitt.');
    const s0 = stateOf(doc, posOf(doc, 'Tiltak'));
    const s1 = press(s0, ctxFor(OLA), (s) => suggestedJoin(s, -1, ctxFor(OLA)));
    expect(paragraphs(s1)).toEqual(paragraphs(s0));
    expect(breaks(s1)).toEqual(['deletion', null, null]);
    // The caret steps over the break, as over a struck character.
    expect(s1.selection.from).toBe(posAfter(s1.doc, 'planlegge.'));
    expect(listSuggestions(s1.doc)).toMatchObject([{ kind: 'deletion', paragraphBreak: true, authorId: OLA.id }]);
    const accepted = decided(s1, 'accept', { authorId: OLA.id });
    expect(paragraphs(accepted)).toEqual(['Kommunen skal planlegge.Tiltak vurderes årlig.', 'Siste avsnitt.']);
    expect(breaks(accepted)).toEqual([null, null]);
    const rejected = decided(s1, 'reject', { authorGroup: 'Kultur' });
    expect(rejected.doc.eq(doc)).toBe(true);
  });

  it('Delete at a paragraph\'s end proposes the same join; Backspace on one\'s own proposed break removes it for real, on someone else\'s leaves it', () => {
    const doc = docOf('En.', 'To.');
    const s1 = press(stateOf(doc, posAfter(doc, 'En.')), ctxFor(KARI), (s) => suggestedJoin(s, 1, ctxFor(KARI)));
    expect(breaks(s1)).toEqual(['deletion', null]);
    expect(s1.selection.from).toBe(posOf(s1.doc, 'To.'));
    const split = press(stateOf(doc, posAfter(doc, 'E')), ctxFor(KARI), (s) => suggestedSplit(s, ctxFor(KARI)));
    expect(paragraphs(split)).toEqual(['E', 'n.', 'To.']);
    const atStart = split.apply(split.tr.setSelection(TextSelection.create(split.doc, posOf(split.doc, 'n.'))));
    const own = press(atStart, ctxFor(KARI), (s) => suggestedJoin(s, -1, ctxFor(KARI)));
    expect(own.doc.eq(doc)).toBe(true);
    expect(listSuggestions(own.doc)).toEqual([]);
    const other = press(atStart, ctxFor(OLA), (s) => suggestedJoin(s, -1, ctxFor(OLA)));
    expect(breaks(other)).toEqual(['insertion', null, null]);
    expect(listSuggestions(other.doc)).toMatchObject([{ kind: 'insertion', authorId: KARI.id }]);
  });

  it('the stored JSON of a body without a suggested break has no paragraphBreak; a suggested break travels through Yjs whole', () => {
    const doc = docOf('En.', 'To.');
    const plain = yStateToRichText(richTextToYUpdate(doc.toJSON()));
    expect(JSON.stringify(plain)).not.toContain('paragraphBreak');
    expect(plain.content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'En.' }] });
    const s1 = press(stateOf(doc, posOf(doc, 'To.')), ctxFor(OLA), (s) => suggestedJoin(s, -1, ctxFor(OLA)));
    const stored = yStateToRichText(richTextToYUpdate(s1.doc.toJSON()));
    expect(stored.content?.[0]).toMatchObject({ attrs: { paragraphBreak: { kind: 'deletion', authorId: OLA.id, authorName: OLA.name } } });
    expect(stored.content?.[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'To.' }] });
  });

  it('a paragraphBreak of the wrong shape in rich text read from a file is dropped', () => {
    const json = { type: 'doc', content: [{ type: 'paragraph', attrs: { paragraphBreak: { kind: 'evil', id: 1 } }, content: [{ type: 'text', text: 'En.' }] }] };
    expect(yStateToRichText(richTextToYUpdate(json)).content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'En.' }] });
  });
});
