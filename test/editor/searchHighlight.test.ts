// The search highlight plugin on a bare ProseMirror state with the plan schema: it marks whole words across marks,
// table cells and line breaks, selects the opened hit, never changes the document, and after any edit the marks it
// keeps up to date block by block are the ones a fresh search would draw.
import fc from 'fast-check';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/editor';
import { searchHighlightPlugin, searchHighlightRanges, searchHighlightTransaction } from '../../shared/editor/searchHighlight';

const schema = planSchema();
const p = (...content: object[]) => ({ type: 'paragraph', content });
const text = (t: string, marks?: object[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });

function stateOf(json: object): EditorState {
  return EditorState.create({ doc: schema.nodeFromJSON(json), plugins: [searchHighlightPlugin()] });
}
const words = (state: EditorState) => searchHighlightRanges(state).ranges.map((r) => state.doc.textBetween(r.from, r.to));
const apply = (state: EditorState, tr: Transaction) => state.apply(tr);

const DOC = {
  type: 'doc',
  content: [
    p(text('Kommunen skal styrke økonomien.')),
    p(text('Oslo er ikke treff, men '), text('Ø', [{ type: 'bold' }]), text('ke og ØNSKE er det.')),
    p(text('kø'), { type: 'hardBreak' }, text('ønske')),
    {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p(text('Økt'))] }, { type: 'tableCell', content: [p(text('øre og oppgave'))] }] }],
    },
  ],
};

describe('search highlight plugin', () => {
  it('marks every word that starts with ø or Ø, across marks, line breaks and table cells, and selects the opened hit', () => {
    const before = stateOf(DOC);
    const { tr, current } = searchHighlightTransaction(before, 'ø', { block: 1, text: 'ØNSKE' });
    const state = apply(before, tr);
    expect(words(state)).toEqual(['økonomien', 'Øke', 'ØNSKE', 'ønske', 'Økt', 'øre']);
    expect(state.doc.textBetween(current!.from, current!.to)).toBe('ØNSKE');
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe('ØNSKE');
    expect(searchHighlightRanges(state).current).toEqual(current);
    // Decorations only: the document is the same node for node.
    expect(state.doc.eq(before.doc)).toBe(true);
  });

  it('selects the block’s first match when the snippet word is not there, and nothing for a block without matches', () => {
    const state = stateOf(DOC);
    const first = searchHighlightTransaction(state, 'ø', { block: 1, text: 'Ønsket' });
    expect(state.doc.textBetween(first.current!.from, first.current!.to)).toBe('Øke');
    expect(searchHighlightTransaction(state, 'øk', { block: 2 }).current).toBeNull();
  });

  it('clears with null, and shows nothing for a query without letters', () => {
    let state = apply(stateOf(DOC), searchHighlightTransaction(stateOf(DOC), 'ø').tr);
    expect(words(state)).toHaveLength(6);
    state = apply(state, searchHighlightTransaction(state, null).tr);
    expect(words(state)).toEqual([]);
    state = apply(state, searchHighlightTransaction(state, ' - ').tr);
    expect(words(state)).toEqual([]);
  });

  it('keeps the opened hit when the same query is shown again without one', () => {
    let state = stateOf(DOC);
    state = apply(state, searchHighlightTransaction(state, 'ø', { block: 0 }).tr);
    const current = searchHighlightRanges(state).current;
    state = apply(state, searchHighlightTransaction(state, 'ø').tr);
    expect(searchHighlightRanges(state).current).toEqual(current);
  });

  it('after random typing and deleting, marks exactly what a fresh search of the edited document marks', () => {
    const letters = fc.constantFrom('ø', 'Ø', 'o', 'k', 'e', ' ', '.', 'å');
    const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 4 }), insert: fc.array(letters, { maxLength: 5 }).map((a) => a.join('')) });
    const paragraph = fc.array(letters, { minLength: 1, maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.array(edit, { maxLength: 12 }), (paras, edits) => {
        let state = stateOf({ type: 'doc', content: paras.map((t) => p(text(t))) });
        state = apply(state, searchHighlightTransaction(state, 'øk ø', undefined).tr);
        state = apply(state, searchHighlightTransaction(state, 'ø', { block: 0 }).tr);
        for (const e of edits) {
          const size = state.doc.content.size;
          const from = 1 + (e.at % Math.max(1, size - 1));
          const $from = state.doc.resolve(from);
          if (!$from.parent.isTextblock) continue;
          const to = Math.min(from + e.len, $from.end());
          const tr = state.tr.delete(from, to);
          if (e.insert) tr.insertText(e.insert, from);
          state = apply(state, tr);
          const fresh = apply(stateOf(state.doc.toJSON() as object), searchHighlightTransaction(stateOf(state.doc.toJSON() as object), 'ø').tr);
          expect(searchHighlightRanges(state).ranges).toEqual(searchHighlightRanges(fresh).ranges);
        }
      }),
      { seed: 42_2024, numRuns: 200 },
    );
  });
});
