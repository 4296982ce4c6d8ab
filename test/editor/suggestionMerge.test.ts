// Suggestions in copies of a chapter (Y.Docs merged by union of updates): copies converge in every order, two copies
// that accept the same suggestion converge, and accept/reject of different suggestions commute.
import fc from 'fast-check';
import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SuggestionAuthor } from '../../shared/editor/marks/suggestion';
import { decideSuggestions, listSuggestions, suggestedJoin, suggestedSplit, toSuggestion, type Decision } from '../../shared/editor/suggestions';
import { doubledMoves } from '../../electron/services/merge/doubledMoves';
import { baseUpdate, copyOf, ctxFor, editCopy, exchange, KARI, OLA, PER, pmOf, posAfter, posOf, suggest } from './suggestionHelpers';

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('ikke ', 'ny', 'X', 'sterk ', 'å') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
);

/** Every position inside a paragraph's text, so an arbitrary number picks a valid caret. */
function textPositions(doc: PmNode): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (let i = 0; i <= node.content.size; i++) out.push(pos + 1 + i);
    return false;
  });
  return out;
}

function applyEdit(state: EditorState, author: SuggestionAuthor, edit: Edit): EditorState {
  const positions = textPositions(state.doc);
  const at = positions[edit.at % positions.length]!;
  if (edit.kind === 'insert') return suggest(state, ctxFor(author), (tr) => tr.insertText(edit.text, at));
  const $at = state.doc.resolve(at);
  const to = Math.min(at + edit.length, $at.end());
  if (to <= at) return state;
  return suggest(state, ctxFor(author), (tr) => tr.delete(at, to));
}

function decide(ydoc: Y.Doc, decision: Decision, id: string): void {
  editCopy(ydoc, (state) => {
    const tr = state.tr;
    decideSuggestions(tr, decision, { ids: [id] });
    return state.apply(tr);
  });
}

const BASE = ['Kommunen skal planlegge for vekst i sentrum.', 'Tiltak skal vurderes årlig.', 'Siste avsnitt.'];
/** How many characters carry a deletion mark. */
function struck(doc: PmNode): number {
  let n = 0;
  doc.descendants((node) => {
    if (node.isText && node.marks.some((m) => m.type.name === 'deletion')) n += node.nodeSize;
    return true;
  });
  return n;
}

const json = (d: Y.Doc) => JSON.stringify(pmOf(d).toJSON());

describe('suggestions in merged copies', () => {
  it('three persons\' copies with suggestions merged in every order give the identical chapter, with every suggestion kept', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), fc.array(editArb, { minLength: 1, maxLength: 4 }), fc.array(editArb, { minLength: 1, maxLength: 4 }), (ea, eb, ec) => {
        const base = baseUpdate(...BASE);
        const copies = [KARI, OLA, PER].map((author, i) => {
          const d = copyOf(base, 10 + i);
          for (const e of [ea, eb, ec][i]!) editCopy(d, (s) => applyEdit(s, author, e));
          return d;
        });
        const updates = copies.map((d) => Y.encodeStateAsUpdate(d));
        const orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]];
        const results = orders.map((order) => {
          const merged = new Y.Doc();
          for (const i of order) Y.applyUpdate(merged, updates[i]!);
          return json(merged);
        });
        expect(new Set(results).size).toBe(1);
        // Every suggestion of every copy is in the merged chapter under its own id and author, and text struck in a copy
        // stays struck (two persons striking overlapping text concurrently: both strikes kept).
        const merged = new Y.Doc();
        for (const u of updates) Y.applyUpdate(merged, u);
        const mergedDoc = pmOf(merged);
        const mergedIds = new Set(listSuggestions(mergedDoc).map((s) => `${s.kind}:${s.id}:${s.authorId}`));
        for (const d of copies) {
          for (const s of listSuggestions(pmOf(d))) expect(mergedIds.has(`${s.kind}:${s.id}:${s.authorId}`)).toBe(true);
          expect(struck(mergedDoc)).toBeGreaterThanOrEqual(struck(pmOf(d)));
        }
      }),
      { numRuns: 25, seed: 1507 },
    );
  });

  it('two copies that accept (or reject) the same suggestion converge to the chapter where it was decided once', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), fc.nat(), fc.constantFrom<Decision>('accept', 'reject'), (edits, pick, decision) => {
        const base = baseUpdate(...BASE);
        const origin = copyOf(base, 20);
        for (const e of edits) editCopy(origin, (s) => applyEdit(s, OLA, e));
        const open = listSuggestions(pmOf(origin));
        fc.pre(open.length > 0);
        const id = open[pick % open.length]!.id;
        const state = Y.encodeStateAsUpdate(origin);
        const [a, b, once] = [21, 22, 23].map((c) => copyOf(state, c)) as [Y.Doc, Y.Doc, Y.Doc];
        decide(a, decision, id);
        decide(b, decision, id);
        decide(once, decision, id);
        exchange(a, b);
        expect(json(a)).toBe(json(b));
        expect(json(a)).toBe(json(once));
        expect(listSuggestions(pmOf(a)).some((s) => s.id === id)).toBe(false);
      }),
      { numRuns: 40, seed: 2207 },
    );
  });

  it('accept and reject of two suggestions commute: in one copy in either order, and in two copies merged', () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { minLength: 2, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<Decision>('accept', 'reject'),
        fc.constantFrom<Decision>('accept', 'reject'),
        (edits, p1, p2, d1, d2) => {
          const base = baseUpdate(...BASE);
          const origin = copyOf(base, 30);
          edits.forEach((e, i) => editCopy(origin, (s) => applyEdit(s, i % 2 ? KARI : OLA, e)));
          const open = listSuggestions(pmOf(origin));
          fc.pre(open.length > 1);
          const x = open[p1 % open.length]!.id;
          const y = open[(p1 + 1 + (p2 % (open.length - 1))) % open.length]!.id;
          fc.pre(x !== y);
          const state = Y.encodeStateAsUpdate(origin);
          const [xy, yx, a, b] = [31, 32, 33, 34].map((c) => copyOf(state, c)) as [Y.Doc, Y.Doc, Y.Doc, Y.Doc];
          decide(xy, d1, x);
          decide(xy, d2, y);
          decide(yx, d2, y);
          decide(yx, d1, x);
          expect(json(xy)).toBe(json(yx));
          decide(a, d1, x);
          decide(b, d2, y);
          exchange(a, b);
          expect(json(a)).toBe(json(b));
          // The merged copies hold the same text as one copy that took both decisions.
          expect(pmOf(a).textContent).toBe(pmOf(xy).textContent);
        },
      ),
      { numRuns: 40, seed: 3107 },
    );
  });

  describe('suggested paragraph breaks', () => {
    /** A copy of BASE where Kari proposed splitting the first paragraph (Enter) or joining the first two (Backspace). */
    function proposed(kind: 'split' | 'join'): Uint8Array {
      const origin = copyOf(baseUpdate(...BASE), 40);
      editCopy(origin, (s) => {
        const at = kind === 'split' ? posAfter(s.doc, 'vekst ') : posOf(s.doc, 'Tiltak');
        const st = s.apply(s.tr.setSelection(TextSelection.create(s.doc, at)));
        const ctx = ctxFor(KARI);
        const tr = kind === 'split' ? suggestedSplit(st, ctx)! : suggestedJoin(st, -1, ctx)!;
        toSuggestion(tr, ctx, st.selection);
        return st.apply(tr);
      });
      return Y.encodeStateAsUpdate(origin);
    }
    const paragraphs = (d: Y.Doc) => pmOf(d).content.content.map((p) => p.textContent);

    it('two copies that accept a proposed split (or reject a proposed join) converge to the chapter where it was decided once', () => {
      for (const [kind, decision] of [['split', 'accept'], ['join', 'reject']] as const) {
        const state = proposed(kind);
        const [id] = listSuggestions(pmOf(copyOf(state, 41))).map((e) => e.id);
        const [a, b, once] = [41, 42, 43].map((c) => copyOf(state, c)) as [Y.Doc, Y.Doc, Y.Doc];
        for (const d of [a, b, once]) decide(d, decision, id!);
        exchange(a, b);
        expect(json(a)).toBe(json(b));
        expect(json(a)).toBe(json(once));
        expect(listSuggestions(pmOf(a))).toEqual([]);
        expect(paragraphs(a)).toEqual(kind === 'split' ? ['Kommunen skal planlegge for vekst ', 'i sentrum.', ...BASE.slice(1)] : BASE);
      }
    });

    it('a break decided in one copy and text typed in another (even in its paragraph) merge: both kept, the decided break stays decided; copies that join the same paragraphs converge to one chapter', () => {
      const state = proposed('split');
      const [id] = listSuggestions(pmOf(copyOf(state, 44))).map((e) => e.id);
      const [a, b] = [44, 45].map((c) => copyOf(state, c)) as [Y.Doc, Y.Doc];
      decide(a, 'reject', id!);
      editCopy(b, (s) => suggest(s, ctxFor(OLA), (tr) => tr.insertText('årlig ', posOf(s.doc, 'vurderes'))));
      exchange(a, b);
      expect(json(a)).toBe(json(b));
      expect(paragraphs(a)).toEqual(['Kommunen skal planlegge for vekst i sentrum.', 'Tiltak skal årlig vurderes årlig.', 'Siste avsnitt.']);
      // Typing in the paragraph whose proposed break another copy accepted does not bring the suggestion back.
      const [e, f] = [48, 49].map((n) => copyOf(state, n)) as [Y.Doc, Y.Doc];
      decide(e, 'accept', id!);
      editCopy(f, (s) => suggest(s, ctxFor(OLA), (tr) => tr.insertText('stor ', posOf(s.doc, 'vekst'))));
      exchange(e, f);
      expect(json(e)).toBe(json(f));
      expect(listSuggestions(pmOf(e)).map((x) => x.id)).not.toContain(id);
      expect(paragraphs(e)).toEqual(['Kommunen skal planlegge for stor vekst ', 'i sentrum.', ...BASE.slice(1)]);
    });

    /**
     * Two copies of `state` each changed by `act`, merged as the merge of returned copies does: the union of each side's
     * stored updates (the shared state, then the side's own change), then the doubled move deleted once.
     */
    function merged(state: Uint8Array, act: (d: Y.Doc) => void, moved: string): [Y.Doc, Y.Doc] {
      const sides = [52, 53].map((c) => {
        const d = copyOf(state, c);
        act(d);
        return [state, Y.encodeStateAsUpdate(d, Y.encodeStateVector(copyOf(state, 99)))];
      }) as [Uint8Array[], Uint8Array[]];
      return [sides, [...sides].reverse() as typeof sides].map(([mine, theirs]) => {
        const { moves, update } = doubledMoves(mine, theirs);
        expect(moves.map((m) => m.text)).toEqual([moved]);
        const out = copyOf(state, 90);
        for (const u of [...mine, ...theirs, update!]) Y.applyUpdate(out, u);
        // Merging the same copy again finds nothing more.
        expect(doubledMoves([...mine, ...theirs, update!], theirs).update).toBeNull();
        return out;
      }) as [Y.Doc, Y.Doc];
    }

    it('two copies that make the same join (reject the same proposed split, accept the same proposed join, Backspace at the same paragraph start) merge to the joined text once, in both orders', () => {
      const split = proposed('split');
      const join = proposed('join');
      const splitId = listSuggestions(pmOf(copyOf(split, 50)))[0]!.id;
      const joinId = listSuggestions(pmOf(copyOf(join, 50)))[0]!.id;
      const backspace = (d: Y.Doc) =>
        editCopy(d, (s) => {
          const st = s.apply(s.tr.setSelection(TextSelection.create(s.doc, posOf(s.doc, 'i sentrum.'))));
          return st.apply(st.tr.join(posOf(s.doc, 'i sentrum.') - 1));
        });
      const plainSplit = copyOf(split, 51);
      decide(plainSplit, 'accept', splitId);
      const cases: Array<[Uint8Array, (d: Y.Doc) => void, string, string]> = [
        [split, (d) => decide(d, 'reject', splitId), 'Kommunen skal planlegge for vekst i sentrum.', 'i sentrum.'],
        [join, (d) => decide(d, 'accept', joinId), 'Kommunen skal planlegge for vekst i sentrum.Tiltak skal vurderes årlig.', 'Tiltak skal vurderes årlig.'],
        [Y.encodeStateAsUpdate(plainSplit), backspace, 'Kommunen skal planlegge for vekst i sentrum.', 'i sentrum.'],
      ];
      for (const [state, act, first, moved] of cases) {
        const [ab, ba] = merged(state, act, moved);
        expect(json(ab)).toBe(json(ba));
        expect(paragraphs(ab)[0]).toBe(first);
        expect(listSuggestions(pmOf(ab))).toEqual([]);
      }
    });

    it('two copies that type the same sentence into a paragraph (no paragraph deleted) keep both: not a doubled move', () => {
      const state = baseUpdate(...BASE);
      const [a, b] = [54, 55].map((c) => copyOf(state, c)) as [Y.Doc, Y.Doc];
      for (const d of [a, b]) editCopy(d, (s) => s.apply(s.tr.insertText(' Tiltak skal vurderes årlig.', posAfter(s.doc, 'sentrum.'))));
      const since = Y.encodeStateVector(copyOf(state, 99));
      expect(doubledMoves([state, Y.encodeStateAsUpdate(a, since)], [state, Y.encodeStateAsUpdate(b, since)])).toEqual({ moves: [], update: null });
    });
  });
});
