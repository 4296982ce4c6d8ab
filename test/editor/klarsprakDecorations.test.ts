// Klarspråk hints in the editor (issue 17) on a bare ProseMirror state with the plan schema: off by default; turned on,
// a long sentence, a long word and piled-up passives are marked with a title that says why; after any typing the hints
// are those a fresh pass would draw (only the touched blocks are recomputed); nothing is ever written to the text.
import fc from 'fast-check';
import { EditorState } from '@tiptap/pm/state';
import type { Decoration, DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/editor';
import { klarsprakKey, klarsprakPlugin, setKlarsprak } from '../../shared/editor/klarsprakDecorations';

const schema = planSchema();
const p = (t: string) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
const LONG = `Kommunen ${'skal arbeide med tiltak for barn og unge i alle deler av kommunen '.repeat(3)}i perioden.`;
const DOC = {
  type: 'doc',
  content: [
    p('Kort setning.'),
    p(LONG),
    p('Vi lager en helsefremmendeplanleggingsstrategi.'),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p('Saken skal vurderes, planen må sikres og midlene skal fordeles.')] }] },
  ],
};

const label = (h: { kind: string }) => `hint:${h.kind}`;
const stateOf = (enabled: boolean) => EditorState.create({ doc: schema.nodeFromJSON(DOC), plugins: [klarsprakPlugin({ enabled, label })] });
/** The HTML attributes an inline decoration puts on its text (ProseMirror keeps them on the decoration's type). */
const attrsOf = (d: Decoration) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
const decorationsOf = (state: EditorState) => (klarsprakKey.getState(state)!.decorations as DecorationSet).find();
const hintsOf = (state: EditorState) =>
  decorationsOf(state)
    .map((d) => ({ kind: attrsOf(d)['data-klarsprak'], text: state.doc.textBetween(d.from, d.to) }))
    .sort((a, b) => (a.text < b.text ? -1 : 1));
const turnOn = (state: EditorState) => state.apply(setKlarsprak(state, true)!);

describe('klarspråk hints in the editor', () => {
  it('draws no hint while the chapter’s setting is off (the default)', () => {
    expect(hintsOf(stateOf(false))).toEqual([]);
  });

  it('marks a long sentence, a long word and three passive forms in a list item, each titled with why', () => {
    const state = turnOn(stateOf(false));
    expect(hintsOf(state)).toEqual(
      [
        { kind: 'longSentence', text: LONG },
        { kind: 'longWord', text: 'helsefremmendeplanleggingsstrategi' },
        { kind: 'passives', text: 'vurderes, planen må sikres og midlene skal fordeles' },
      ].sort((a, b) => (a.text < b.text ? -1 : 1)),
    );
    const titles = decorationsOf(state).map((d) => attrsOf(d).title);
    expect(titles.sort()).toEqual(['hint:longSentence', 'hint:longWord', 'hint:passives']);
  });

  it('after any typing and deleting, the hints are the ones a fresh pass draws, and the text is only what was typed', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 30 }), text: fc.constantFrom('', ' og ', '. ', 'ordene skal vurderes ', 'x'.repeat(25), ' blir vurdert') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let state = turnOn(stateOf(false));
        for (const e of edits) {
          const size = state.doc.content.size;
          const from = 1 + (e.at % Math.max(1, size - 2));
          const to = Math.min(from + e.del, size - 1);
          const tr = state.tr;
          try {
            tr.insertText(e.text, from, Math.max(from, to));
          } catch {
            continue;
          }
          state = state.apply(tr);
        }
        const fresh = EditorState.create({ doc: state.doc, plugins: [klarsprakPlugin({ enabled: true, label })] });
        expect(hintsOf(state)).toEqual(hintsOf(fresh));
      }),
      { seed: 17, numRuns: 60 },
    );
  });

  it('turning the hints off removes them all and writes nothing to the chapter', () => {
    const on = turnOn(stateOf(false));
    const off = on.apply(setKlarsprak(on, false)!);
    expect(hintsOf(off)).toEqual([]);
    expect(off.doc.eq(on.doc)).toBe(true);
    expect(setKlarsprak(off, false)).toBeNull();
  });
});
