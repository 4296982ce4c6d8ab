// The spell-check's plumbing shared by the chapter editor, the matrix's rich-text fields and the tables' cells (issue
// 17), on the plan schema without a browser: a block as the checker sees it carries its passages marked as the other
// målform, the word under the context menu reports the language its passage is marked in (so its suggestions are
// asked in that language), and a cell's text is cut at its findings into underlined words and the text between.
import { EditorState } from '@tiptap/pm/state';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SpelledText } from '../../renderer/features/tables/spelledText';
import { planSchema } from '../../shared/editor';
import { spellBlockOf, spellLanguageAt } from '../../shared/editor/spellDecorations';
import type { SpellFinding } from '../../shared/spell/checkText';

const schema = planSchema();
const nn = [{ type: 'language', attrs: { lang: 'nn' } }];
const DOC = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rådet skriv: ' }, { type: 'text', text: 'vi veit ikkje kva', marks: nn }, { type: 'text', text: ' sa de.' }] }],
};
const state = EditorState.create({ doc: schema.nodeFromJSON(DOC) });
/** The document position of the first letter of `word`. */
const posOf = (word: string) => 1 + state.doc.textContent.indexOf(word);

describe('spell-check plumbing', () => {
  it('a block as the checker sees it: its text and the passage marked as nynorsk, by offset', () => {
    const block = spellBlockOf(state.doc.child(0), 0);
    expect(block.text).toBe('Rådet skriv: vi veit ikkje kva sa de.');
    expect(block.spans).toEqual([{ from: 13, to: 30, lang: 'nn' }]);
    expect(block.text.slice(13, 30)).toBe('vi veit ikkje kva');
  });

  it('the word under the menu reports its passage’s language (nynorsk inside the marked passage, none outside)', () => {
    expect(spellLanguageAt(state, posOf('ikkje'))).toBe('nn');
    expect(spellLanguageAt(state, posOf('veit'))).toBe('nn');
    expect(spellLanguageAt(state, posOf('skriv'))).toBeNull();
    expect(spellLanguageAt(state, posOf('sa de'))).toBeNull();
  });

  it('a cell’s text is drawn with each flagged word in its own span (misspelling, målform slip), the rest as it was', () => {
    const text = 'Følges ikkje opp av planavdelningen.';
    const findings: SpellFinding[] = [
      { word: 'ikkje', from: 7, to: 12, kind: 'malform', suggestions: ['ikke'] },
      { word: 'planavdelningen', from: 20, to: 35, kind: 'spelling', suggestions: [] },
    ];
    expect(renderToStaticMarkup(SpelledText({ text, findings }))).toBe(
      'Følges <span class="plan-spell-error plan-spell-malform" data-spell-index="0" data-spell-word="ikkje">ikkje</span> opp av ' +
        '<span class="plan-spell-error" data-spell-index="1" data-spell-word="planavdelningen">planavdelningen</span>.',
    );
    expect(SpelledText({ text, findings: [] })).toBe(text);
  });
});
