// The editor's spell-check plugin (issue 17) on a bare ProseMirror state with the plan schema and a stand-in checker
// (the worker's own checkBlock over stand-in dictionaries), driven by a view that only holds the state and dispatches:
// a 300-page chapter just opened is checked in bounded requests and then the checker is left alone (before: the
// whole chapter was sent in one request, and again and again forever, because a range spanning several blocks was
// never marked checked); a word typed meanwhile is checked before the rest of the chapter; an answer for a block
// that changed meanwhile, or asked before the language changed, is not drawn.
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planSchema } from '../../shared/editor';
import { recheckSpelling, SPELL_CHUNK_CHARS, spellKey, spellPending, spellPlugin, type SpellChecker } from '../../shared/editor/spellDecorations';
import type { CheckContext } from '../../shared/spell/checkText';
import type { SpellBlock } from '../../shared/spell/spellBlocks';
import { checkBlock } from '../../shared/spell/spellBlocks';
import { acceptedWords } from '../../shared/spell/wordLists';

const schema = planSchema();
const WORDS = 'kommunen skal sikre gode tjenester for alle innbyggere i årene som kommer med økt behov'.split(' ');
const KNOWN = new Set([...WORDS, 'Avsnitt', 'Kommunen', 'planen']);
// Stand-in dictionaries: every word of the vocabulary is known in both målformer, anything else is a misspelling.
const speller = { correct: (w: string) => KNOWN.has(w) || /^\d+$/.test(w), suggest: () => [] };
const ctx: CheckContext = { lang: 'nb', spellers: { nb: speller, nn: speller }, accepted: acceptedWords() };

/** About `pages` pages (300 words a page) of 60-word paragraphs, a heading every 8; every 10th paragraph holds «Kommuen». */
function chapter(pages: number) {
  const content: unknown[] = [];
  for (let i = 0, words = 0; words < pages * 300; i++, words += 60) {
    if (i % 8 === 0) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Avsnitt ${i / 8 + 1}` }] });
    const text = Array.from({ length: 60 }, (_, j) => (i % 10 === 3 && j === 5 ? 'Kommuen' : WORDS[(i * 7 + j) % WORDS.length])).join(' ');
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `${text}.` }] });
  }
  return schema.nodeFromJSON({ type: 'doc', content });
}

type Request = { blocks: SpellBlock[]; answer: () => void };

/** A view that holds the state and runs the plugin's view, and a checker whose requests the test answers. */
function harness(doc = chapter(300), idleMs = 300) {
  const requests: Request[] = [];
  const check: SpellChecker = (blocks) =>
    new Promise((resolve) => requests.push({ blocks, answer: () => resolve(blocks.map((b) => checkBlock(b, ctx))) }));
  const plugin = spellPlugin({ check, idleMs });
  let state = EditorState.create({ doc, plugins: [plugin] });
  const view = {
    get state() {
      return state;
    },
    dispatch(tr: Transaction) {
      const prev = state;
      state = state.apply(tr);
      pluginView.update?.(view as unknown as EditorView, prev);
    },
  };
  const pluginView = plugin.spec.view!(view as unknown as EditorView);
  /** Answers every request as it comes (after `delayMs` each) until nothing is pending or `limit` requests were made. */
  const answerAll = async (limit = 100, delayMs = 10) => {
    for (let answered = 0; answered < limit; ) {
      await vi.advanceTimersByTimeAsync(1000);
      const next = requests[answered];
      if (!next) break;
      await vi.advanceTimersByTimeAsync(delayMs);
      next.answer();
      answered++;
    }
    await vi.advanceTimersByTimeAsync(1000);
  };
  return { requests, view, answerAll, destroy: () => pluginView.destroy?.() };
}

const underlined = (state: EditorState) =>
  spellKey
    .getState(state)!
    .decorations.find()
    .map((d) => `${d.from}:${state.doc.textBetween(d.from, d.to)}`);

/** Where a fresh check of the whole document would underline: every «Kommuen» and other unknown words. */
function expectedUnderlines(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const m of node.text!.matchAll(/\p{L}+/gu)) if (!speller.correct(m[0])) out.push(`${pos + m.index}:${m[0]}`);
    return false;
  });
  return out;
}

const textOf = (r: Request) => r.blocks.reduce((n, b) => n + b.text.length, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('spell-check of a long chapter in the editor', () => {
  it('checks a 300-page chapter just opened in bounded requests, underlines every misspelling, then asks nothing more', async () => {
    const h = harness();
    await h.answerAll();
    const sizes = h.requests.map(textOf);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(SPELL_CHUNK_CHARS);
    // Every block asked once: no block twice, none left out.
    expect(h.requests.reduce((n, r) => n + r.blocks.length, 0)).toBe(h.view.state.doc.childCount);
    expect(spellPending(h.view.state)).toBe(false);
    const found = underlined(h.view.state);
    expect(found.length).toBeGreaterThan(100);
    expect(found).toEqual(expectedUnderlines(h.view.state));
    // Left alone, it sends nothing again.
    const made = h.requests.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.requests.length).toBe(made);
    h.destroy();
  });

  it('a short chapter is checked in one request and then left alone', async () => {
    const h = harness(chapter(1));
    await h.answerAll();
    expect(h.requests.length).toBe(1);
    expect(spellPending(h.view.state)).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.requests.length).toBe(1);
    h.destroy();
  });

  it('a word typed in the middle while the chapter is still being checked is underlined before the rest of the chapter is checked', async () => {
    const h = harness();
    await vi.advanceTimersByTimeAsync(1000);
    h.requests[0]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    // The adviser clicks in the middle of the chapter and types a misspelt word.
    const doc = h.view.state.doc;
    let at = Math.floor(doc.content.size / 2);
    while (!doc.resolve(at).parent.inlineContent) at++;
    const typed = h.view.state.tr.setSelection(TextSelection.create(doc, at)).insertText(' Kommuen ');
    h.view.dispatch(typed);
    const word = at + 1;
    const typedBlock = h.view.state.doc.resolve(at).parent.textContent;
    // The next requests go out when typing pauses; the one after the typing holds the typed block.
    await h.answerAll(3);
    expect(h.requests.slice(1, 3).some((r) => r.blocks.some((b) => b.text === typedBlock))).toBe(true);
    expect(spellPending(h.view.state)).toBe(true);
    expect(underlined(h.view.state)).toContain(`${word}:Kommuen`);
    await h.answerAll();
    expect(spellPending(h.view.state)).toBe(false);
    expect(underlined(h.view.state)).toEqual(expectedUnderlines(h.view.state));
    h.destroy();
  });

  it('does not draw an answer for a block edited while the checker had it, and asks for that block again', async () => {
    const h = harness(chapter(1));
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.requests.length).toBe(1);
    // «Kommuen» in the fourth paragraph is corrected while the check is out.
    const state = h.view.state;
    let from = -1;
    state.doc.descendants((node, pos) => {
      if (node.isText && from < 0 && node.text!.includes('Kommuen')) from = pos + node.text!.indexOf('Kommuen');
    });
    h.view.dispatch(state.tr.insertText('Kommunen', from, from + 'Kommuen'.length));
    h.requests[0]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(underlined(h.view.state)).not.toContain(`${from}:Kommunen`);
    expect(spellPending(h.view.state)).toBe(true);
    await h.answerAll();
    expect(h.requests.length).toBe(2);
    expect(h.requests[1]!.blocks.map((b) => b.text).join()).toContain('Kommunen');
    expect(underlined(h.view.state)).toEqual(expectedUnderlines(h.view.state));
    h.destroy();
  });

  it('drops an answer asked before the language or the word lists changed, and checks everything again', async () => {
    const h = harness(chapter(1));
    await vi.advanceTimersByTimeAsync(1000);
    h.view.dispatch(recheckSpelling(h.view.state));
    h.requests[0]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(underlined(h.view.state)).toEqual([]);
    expect(spellPending(h.view.state)).toBe(true);
    await h.answerAll();
    expect(h.requests.length).toBe(2);
    expect(underlined(h.view.state)).toEqual(expectedUnderlines(h.view.state));
    h.destroy();
  });
});
