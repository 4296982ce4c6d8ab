import fc from 'fast-check';
// Suggestion mode («Foreslå endringer»): typing and deleting propose changes with author and date instead of changing
// the text; accept/reject one, all, per person or group.
import { Slice, type Node as PmNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { planSchema, richTextToYUpdate, withoutNullBreaks, yStateToRichText, yDocFromUpdates } from '../../shared/editor';
import { suggestionAttrs } from '../../shared/editor/marks/suggestion';
import { decideSuggestions, listSuggestions, suggestDifferences } from '../../shared/editor/suggestions';
import { ctxFor, docOf, KARI, OLA, PER, posAfter, posOf, runs, stateOf, suggest } from './suggestionHelpers';

describe('typing and deleting in suggestion mode', () => {
  it('typed text is proposed as an insertion with the author, initials, group and date; the original text is unchanged', () => {
    const s0 = stateOf(docOf('Kommunen skal planlegge.'));
    const s1 = suggest(s0, ctxFor(KARI), (tr) => tr.insertText('ikke ', posOf(s0.doc, 'planlegge')));
    expect(runs(s1.doc)).toBe('Kommunen skal [ikke |+KN]planlegge.');
    const [entry] = listSuggestions(s1.doc);
    expect(entry).toMatchObject({ kind: 'insertion', text: 'ikke ', authorId: KARI.id, authorName: KARI.name, authorInitials: 'KN', authorGroup: 'Helse', date: '2026-12-07T05:00:00.000Z' });
  });

  it('keystroke after keystroke continues one suggestion (one entry in the list)', () => {
    let s = stateOf(docOf('Kommunen skal planlegge.'));
    const ctx = ctxFor(KARI);
    for (const ch of 'ikke ') s = suggest(s, ctx, (tr) => tr.insertText(ch, posOf(s.doc, 'planlegge')));
    expect(runs(s.doc)).toBe('Kommunen skal [ikke |+KN]planlegge.');
    expect(listSuggestions(s.doc)).toHaveLength(1);
  });

  it('Backspace strikes the character instead of removing it, the caret goes before it, and repeated Backspace extends the same deletion', () => {
    const doc = docOf('Kommunen skal planlegge.');
    let s = stateOf(doc, posAfter(doc, 'skal'));
    const ctx = ctxFor(OLA);
    for (let i = 0; i < 4; i++) s = suggest(s, ctx, (tr) => tr.delete(s.selection.from - 1, s.selection.from));
    expect(runs(s.doc)).toBe('Kommunen [skal|-OH] planlegge.');
    expect(s.selection.from).toBe(posOf(s.doc, 'skal'));
    expect(listSuggestions(s.doc).map((e) => [e.kind, e.text])).toEqual([['deletion', 'skal']]);
  });

  it('Delete (forward) strikes the character and moves the caret past it', () => {
    const doc = docOf('Kommunen skal planlegge.');
    let s = stateOf(doc, posOf(doc, 'skal'));
    const ctx = ctxFor(OLA);
    for (let i = 0; i < 4; i++) s = suggest(s, ctx, (tr) => tr.delete(s.selection.from, s.selection.from + 1));
    expect(runs(s.doc)).toBe('Kommunen [skal|-OH] planlegge.');
    expect(s.selection.from).toBe(posAfter(s.doc, 'skal'));
  });

  it('deleting one\'s own proposed text removes it for real; someone else\'s proposed text is struck, not removed', () => {
    let s = stateOf(docOf('Kommunen skal planlegge.'));
    s = suggest(s, ctxFor(KARI), (tr) => tr.insertText('ikke ', posOf(s.doc, 'planlegge')));
    const own = suggest(s, ctxFor(KARI), (tr) => tr.delete(posOf(s.doc, 'ikke '), posAfter(s.doc, 'ikke ')));
    expect(runs(own.doc)).toBe('Kommunen skal planlegge.');
    const other = suggest(s, ctxFor(OLA), (tr) => tr.delete(posOf(s.doc, 'ikke '), posAfter(s.doc, 'ikke ')));
    expect(runs(other.doc)).toBe('Kommunen skal [ikke |+KN,-OH]planlegge.');
  });

  it('typing right after another person\'s suggestion starts the typist\'s own suggestion (not theirs)', () => {
    let s = stateOf(docOf('Kommunen skal planlegge.'));
    s = suggest(s, ctxFor(KARI), (tr) => tr.insertText('ikke ', posOf(s.doc, 'planlegge')));
    s = suggest(s, ctxFor(OLA), (tr) => tr.insertText('aldri ', posAfter(s.doc, 'ikke ')));
    expect(runs(s.doc)).toBe('Kommunen skal [ikke |+KN][aldri |+OH]planlegge.');
    expect(new Set(listSuggestions(s.doc).map((e) => e.id)).size).toBe(2);
  });

  it('typing over a selection proposes deleting the selected text followed by inserting the new text', () => {
    const doc = docOf('Kommunen skal planlegge.');
    const selected = stateOf(doc);
    const s0 = selected.apply(selected.tr.setSelection(TextSelection.create(doc, posOf(doc, 'skal'), posAfter(doc, 'skal'))));
    const s = suggest(s0, ctxFor(KARI), (tr) => tr.insertText('bør'));
    expect(runs(s.doc)).toBe('Kommunen [skal|-KN][bør|+KN] planlegge.');
    expect(s.selection.from).toBe(posAfter(s.doc, 'bør'));
  });

  it('a deletion across two paragraphs keeps both paragraphs and strikes the text in each', () => {
    const doc = docOf('Første avsnitt.', 'Andre avsnitt.');
    const s = suggest(stateOf(doc), ctxFor(OLA), (tr) => tr.delete(posOf(doc, 'avsnitt.'), posAfter(doc, 'Andre')));
    expect(runs(s.doc)).toBe('Første [avsnitt.|-OH] ¶ [Andre|-OH] avsnitt.');
  });

  it('pasted paragraphs arrive as proposed text; splitting a paragraph (Enter) is a structure change and not a suggestion', () => {
    const doc = docOf('Første.');
    const pasted = docOf('Ny en.', 'Ny to.');
    const s = suggest(stateOf(doc), ctxFor(PER), (tr) => tr.replace(posAfter(doc, 'Første.'), posAfter(doc, 'Første.'), new Slice(pasted.content, 1, 1)));
    expect(runs(s.doc)).toBe('Første.[Ny en.|+PB] ¶ [Ny to.|+PB]');
    const split = suggest(stateOf(doc), ctxFor(PER), (tr) => tr.split(posAfter(doc, 'Før')));
    expect(runs(split.doc)).toBe('Før ¶ ste.');
  });
});

describe('transactions as the editor reads typed text back from the page (several keystrokes in one read)', () => {
  const schema = planSchema();
  const mark = (who: typeof KARI, kind: 'insertion' | 'deletion', id = `${who.id}-${kind}`) => schema.marks[kind]!.create(suggestionAttrs(id, who, '2026-12-07T05:00:00.000Z'));
  /** «Kommunen skal [i|+KN]planlegge.»: Kari has just typed «i» in suggestion mode. */
  function freshI() {
    const s = suggest(stateOf(docOf('Kommunen skal planlegge.')), ctxFor(KARI), (tr) => tr.insertText('i', posOf(docOf('Kommunen skal planlegge.'), 'planlegge')));
    return { s, at: posOf(s.doc, 'iplanlegge') };
  }

  it('a read that replaces one\'s own fresh «i» and the new «kke » with unmarked text keeps all of «ikke » one proposal by the typist', () => {
    const { s, at } = freshI();
    const out = suggest(s, ctxFor(KARI), (tr) => tr.replaceWith(at, at + 1, schema.text('ikke ')));
    expect(runs(out.doc)).toBe('Kommunen skal [ikke |+KN]planlegge.');
    expect(listSuggestions(out.doc)).toHaveLength(1);
  });

  it('a read that spans the text around the fresh insertion (unmarked) changes nothing but the new characters', () => {
    const { s, at } = freshI();
    const out = suggest(s, ctxFor(KARI), (tr) => tr.replaceWith(at - 1, at + 3, schema.text(' ikke pl')));
    expect(runs(out.doc)).toBe('Kommunen skal [ikke |+KN]planlegge.');
  });

  it('several characters read at once at either edge of one\'s own insertion continue it', () => {
    const { s, at } = freshI();
    expect(runs(suggest(s, ctxFor(KARI), (tr) => tr.insertText('kke ', at + 1)).doc)).toBe('Kommunen skal [ikke |+KN]planlegge.');
    expect(runs(suggest(s, ctxFor(KARI), (tr) => tr.insertText('ja, ', at)).doc)).toBe('Kommunen skal [ja, i|+KN]planlegge.');
  });

  it('characters typed inside someone\'s deletion are the typist\'s proposal; the struck text around them stays struck, with or without its <del> in the read', () => {
    const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Planlegg '), schema.text('for ', [mark(OLA, 'deletion')]), schema.text('vekst.')])]);
    const at = posOf(doc, 'for ');
    const plain = suggest(stateOf(doc), ctxFor(KARI), (tr) => tr.replaceWith(at, at + 4, schema.text('foxyr ')));
    expect(runs(plain.doc)).toBe('Planlegg [fo|-OH][xy|+KN][r |-OH]vekst.');
    const struck = suggest(stateOf(doc), ctxFor(KARI), (tr) => tr.insert(at + 2, schema.text('xy', [mark(OLA, 'deletion')])));
    expect(runs(struck.doc)).toBe('Planlegg [fo|-OH][xy|+KN][r |-OH]vekst.');
  });

  it('another person\'s proposed text read back without its mark stays theirs', () => {
    const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Kommunen skal '), schema.text('ikke ', [mark(OLA, 'insertion')]), schema.text('planlegge.')])]);
    const at = posOf(doc, 'ikke ');
    const out = suggest(stateOf(doc), ctxFor(KARI), (tr) => tr.replaceWith(at, at + 5, schema.text('ikke nå ')));
    expect(runs(out.doc)).toBe('Kommunen skal [ikke |+OH][nå |+KN]planlegge.');
  });

  it('any replacement of any stretch with any text: every character the transaction produced stays, and rejecting every suggestion gives the text before it', () => {
    const kinds = fc.constantFrom('plain', 'insK', 'insO', 'delK', 'delO');
    const piece = fc.record({ text: fc.constantFrom('a', 'b', 'ab', 'ba', 'abc', ' '), kind: kinds });
    const marksOf = (k: string) => (k === 'plain' ? [] : [mark(k.endsWith('K') ? KARI : OLA, k.startsWith('ins') ? 'insertion' : 'deletion')]);
    const nodes = (ps: { text: string; kind: string }[]) => ps.map((p) => schema.text(p.text, marksOf(p.kind)));
    const rejected = (doc: PmNode) => {
      const tr = stateOf(doc).tr;
      decideSuggestions(tr, 'reject', {});
      return tr.doc.textContent;
    };
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.array(piece, { maxLength: 4 }), fc.nat(), fc.nat(), (base, typed, a, b) => {
        const doc = schema.node('doc', null, [schema.node('paragraph', null, nodes(base))]);
        const size = doc.content.size - 1;
        const from = 1 + (a % size);
        const to = from + (b % (size - from + 1));
        let produced = '';
        const out = suggest(stateOf(doc, from), ctxFor(KARI), (tr) => {
          tr.replaceWith(from, to, nodes(typed));
          produced = tr.doc.textContent;
        });
        let i = 0;
        for (const ch of out.doc.textContent) if (ch === produced[i]) i++;
        expect(i, `${runs(doc)} → ${produced} → ${runs(out.doc)}`).toBe(produced.length);
        expect(rejected(out.doc), `${runs(doc)} → ${produced} → ${runs(out.doc)}`).toBe(rejected(doc));
      }),
      { numRuns: 2000, seed: 71207 },
    );
  });
});

describe('accepting and rejecting suggestions', () => {
  function threeSuggestions() {
    let s = stateOf(docOf('Kommunen skal planlegge for vekst.'));
    s = suggest(s, ctxFor(KARI), (tr) => tr.insertText('ikke ', posOf(s.doc, 'planlegge')));
    s = suggest(s, ctxFor(OLA), (tr) => tr.delete(posOf(s.doc, 'for '), posAfter(s.doc, 'for ')));
    s = suggest(s, ctxFor(PER), (tr) => tr.insertText('sterk ', posOf(s.doc, 'vekst')));
    return s;
  }
  const decide = (s: ReturnType<typeof threeSuggestions>, ...args: Parameters<typeof decideSuggestions> extends [unknown, ...infer R] ? R : never) => {
    const tr = s.tr;
    decideSuggestions(tr, ...args);
    return s.apply(tr);
  };

  it('accepting one insertion keeps its text as plain text and leaves the others open', () => {
    const s = threeSuggestions();
    const kari = listSuggestions(s.doc).find((e) => e.authorId === KARI.id)!;
    expect(runs(decide(s, 'accept', { ids: [kari.id] }).doc)).toBe('Kommunen skal ikke planlegge [for |-OH][sterk |+PB]vekst.');
  });

  it('rejecting one insertion removes its text; accepting a deletion removes the text; rejecting a deletion restores it', () => {
    const s = threeSuggestions();
    const [kari, ola] = listSuggestions(s.doc);
    expect(runs(decide(s, 'reject', { ids: [kari!.id] }).doc)).toBe('Kommunen skal planlegge [for |-OH][sterk |+PB]vekst.');
    expect(runs(decide(s, 'accept', { ids: [ola!.id] }).doc)).toBe('Kommunen skal [ikke |+KN]planlegge [sterk |+PB]vekst.');
    expect(runs(decide(s, 'reject', { ids: [ola!.id] }).doc)).toBe('Kommunen skal [ikke |+KN]planlegge for [sterk |+PB]vekst.');
  });

  it('accept all in a chapter and reject all in a chapter', () => {
    const s = threeSuggestions();
    expect(runs(decide(s, 'accept', {}).doc)).toBe('Kommunen skal ikke planlegge sterk vekst.');
    expect(runs(decide(s, 'reject', {}).doc)).toBe('Kommunen skal planlegge for vekst.');
  });

  it('accept all from one person, and all from one working group', () => {
    const s = threeSuggestions();
    expect(runs(decide(s, 'accept', { authorId: OLA.id }).doc)).toBe('Kommunen skal [ikke |+KN]planlegge [sterk |+PB]vekst.');
    expect(runs(decide(s, 'reject', { authorGroup: 'Helse' }).doc)).toBe('Kommunen skal planlegge [for |-OH]vekst.');
  });

  it('rejecting a proposed paragraph removes the paragraph, not only its text', () => {
    const doc = docOf('Første.', 'Siste.');
    let s = stateOf(doc);
    s = suggest(s, ctxFor(PER), (tr) => tr.insert(posAfter(doc, 'Første.') + 1, planSchema().node('paragraph', null, [planSchema().text('Ny.')])));
    expect(runs(s.doc)).toBe('Første. ¶ [Ny.|+PB] ¶ Siste.');
    expect(runs(decide(s, 'reject', {}).doc)).toBe('Første. ¶ Siste.');
  });

  it('rejecting a proposed list item removes the bullet whole (no empty bullet is left); accepting struck text of a whole table row removes the row', () => {
    const schema = planSchema();
    const item = (text: string) => schema.node('listItem', null, [schema.node('paragraph', null, [schema.text(text)])]);
    const cell = (text: string) => schema.node('tableCell', null, [schema.node('paragraph', null, text ? [schema.text(text)] : [])]);
    const doc = schema.node('doc', null, [
      schema.node('bulletList', null, [item('En.'), item('To.')]),
      schema.node('table', null, [schema.node('tableRow', null, [cell('A'), cell('B')]), schema.node('tableRow', null, [cell('Gammel'), cell('')])]),
    ]);
    let s = stateOf(doc);
    s = suggest(s, ctxFor(PER), (tr) => tr.insert(posAfter(doc, 'To.') + 2, item('Tre.')));
    s = suggest(s, ctxFor(OLA), (tr) => tr.delete(posOf(s.doc, 'Gammel'), posAfter(s.doc, 'Gammel')));
    const bullets = (d: typeof doc) => d.child(0).childCount;
    const rows = (d: typeof doc) => d.child(1).childCount;
    expect([bullets(s.doc), rows(s.doc)]).toEqual([3, 2]);
    const rejected = decide(s, 'reject', { authorId: PER.id }).doc;
    expect([bullets(rejected), rejected.child(0).textContent]).toEqual([2, 'En.To.']);
    const accepted = decide(s, 'accept', { authorId: OLA.id }).doc;
    expect([rows(accepted), accepted.child(1).textContent]).toEqual([1, 'AB']);
  });
});

describe('suggestion marks in the stored body', () => {
  it('survive the Yjs round trip with every attr (the body a copy carries)', () => {
    let s = stateOf(docOf('Kommunen skal planlegge.'));
    s = suggest(s, ctxFor(KARI), (tr) => tr.insertText('ikke ', posOf(s.doc, 'planlegge')));
    const back = yStateToRichText(yDocFromUpdates([richTextToYUpdate(s.doc.toJSON())]));
    expect(back).toEqual(withoutNullBreaks(s.doc.toJSON()));
  });
});

describe('a copy\'s changes against the common ancestor as suggestions («slå sammen som forslag»)', () => {
  it('inserted and deleted words become insertion/deletion suggestions by the copy\'s author; unchanged text stays plain', () => {
    const ancestor = docOf('Kommunen skal planlegge for vekst.', 'Andre avsnitt her.', 'Tredje.');
    const copy = docOf('Kommunen skal ikke planlegge for sterk vekst.', 'Andre avsnitt.', 'Tredje.');
    const merged = suggestDifferences(ancestor, copy, ctxFor(OLA));
    expect(runs(merged)).toBe('Kommunen skal [ikke |+OH]planlegge for [sterk |+OH]vekst. ¶ Andre avsnitt[ her|-OH]. ¶ Tredje.');
    // Accepting them all gives the copy's text; rejecting them all gives the ancestor's.
    const acc = stateOf(merged).tr;
    decideSuggestions(acc, 'accept', {});
    expect(acc.doc.eq(copy)).toBe(true);
    const rej = stateOf(merged).tr;
    decideSuggestions(rej, 'reject', {});
    expect(rej.doc.eq(ancestor)).toBe(true);
  });

  it('any copy of any text: accepting every suggestion gives the copy, rejecting every one the ancestor (also where an inserted word ends like the text before it)', () => {
    const words = fc.array(fc.constantFrom('fra', 'alle', 'brukere', 'og', 'a', 'e', 'ikke', 'planen', 'en'), { minLength: 1, maxLength: 8 });
    const text = fc.array(words, { minLength: 1, maxLength: 3 }).map((ps) => ps.map((w) => w.join(' ')));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ancestor = docOf(...a);
        const copy = docOf(...b);
        const merged = suggestDifferences(ancestor, copy, ctxFor(OLA));
        const acc = stateOf(merged).tr;
        decideSuggestions(acc, 'accept', {});
        expect(acc.doc.textContent).toBe(copy.textContent);
        const rej = stateOf(merged).tr;
        decideSuggestions(rej, 'reject', {});
        expect(rej.doc.textContent).toBe(ancestor.textContent);
      }),
      { numRuns: 300, seed: 71207 },
    );
  });
});
