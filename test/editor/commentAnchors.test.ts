// Comment anchors (issue 15 «Comments»): a range anchored with Yjs relative positions keeps exactly its text through
// concurrent edits around it on two copies merged both ways, and reports «tekst slettet» when its text is deleted.
import { Node as PmNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planSchema, richTextToYUpdate, yDocFromUpdates, yStateToRichText, YJS_FIELD } from '../../shared/editor';
import { anchorRange, resolveCommentAnchors, type ResolvedAnchor } from '../../shared/editor/commentAnchors';

const para = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const body = (...texts: string[]) => ({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Innledning' }] }, ...texts.map(para)] });

const pmOf = (doc: Y.Doc) => PmNode.fromJSON(planSchema(), yStateToRichText(doc));
const textOf = (doc: Y.Doc, a: ResolvedAnchor | undefined) => (a?.state === 'ok' ? pmOf(doc).textBetween(a.from, a.to, '\n') : null);
const resolveOne = (doc: Y.Doc, anchors: { anchorStart: string; anchorEnd: string }) => resolveCommentAnchors(doc, [{ id: 'k', ...anchors }]).get('k');

/** Two replicas of one chapter (client ids fixed, so a failing case replays) that then edit apart. */
function replicas(texts: string[]): [Y.Doc, Y.Doc] {
  const base = richTextToYUpdate(body(...texts));
  const a = new Y.Doc();
  a.clientID = 101;
  const b = new Y.Doc();
  b.clientID = 202;
  Y.applyUpdate(a, base);
  Y.applyUpdate(b, base);
  return [a, b];
}

/** Each block's Yjs text run, by block index (0 is the heading; an empty paragraph has none). */
const runs = (doc: Y.Doc): Array<Y.XmlText | undefined> =>
  doc.getXmlFragment(YJS_FIELD).toArray().map((el) => {
    const first = (el as Y.XmlElement).toArray()[0];
    return first instanceof Y.XmlText ? first : undefined;
  });

/** The ProseMirror range of characters start..end of paragraph `p` (1-based among the blocks after the heading). */
function pmRange(doc: Y.Doc, p: number, start: number, end: number): [number, number] {
  const pm = pmOf(doc);
  let pos = 0;
  for (let i = 0; i < p; i++) pos += pm.child(i).nodeSize;
  return [pos + 1 + start, pos + 1 + end];
}

type Edit = { kind: 'insert' | 'delete' | 'newParagraph' | 'dropParagraph'; run: number; at: number; len: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'delete', 'newParagraph', 'dropParagraph'),
  run: fc.nat(20),
  at: fc.nat(200),
  len: fc.integer({ min: 1, max: 6 }),
  text: fc.stringMatching(/^[a-zæøå ]{1,6}$/),
});

/**
 * One edit somewhere outside the anchored characters (text of run `anchored` from `s` to `e` as this replica sees
 * it now): typing right against either end is allowed, and so is deleting other paragraphs or text next to the range.
 */
function applyOutside(doc: Y.Doc, anchored: Y.XmlText, range: () => [number, number], e: Edit): void {
  const all = runs(doc).filter((r): r is Y.XmlText => r !== undefined);
  const run = all[e.run % all.length]!;
  const fragment = doc.getXmlFragment(YJS_FIELD);
  if (e.kind === 'newParagraph') {
    const el = new Y.XmlElement('paragraph');
    el.insert(0, [new Y.XmlText(e.text)]);
    fragment.insert(1 + (e.at % fragment.length), [el]);
    return;
  }
  if (e.kind === 'dropParagraph') {
    const index = fragment.toArray().findIndex((el) => (el as Y.XmlElement).toArray()[0] === run);
    if (run !== anchored && index > 0) fragment.delete(index, 1);
    return;
  }
  if (run !== anchored) {
    const at = e.at % (run.length + 1);
    if (e.kind === 'insert') run.insert(at, e.text);
    else if (run.length > 0) run.delete(Math.min(at, run.length - 1), Math.min(e.len, run.length - Math.min(at, run.length - 1)));
    return;
  }
  const [s, end] = range();
  if (e.kind === 'insert') {
    const outside = [...Array.from({ length: s + 1 }, (_, i) => i), ...Array.from({ length: run.length - end + 1 }, (_, i) => end + i)];
    run.insert(outside[e.at % outside.length]!, e.text);
  } else if (e.at % 2 === 0 && s > 0) {
    const from = e.at % s;
    run.delete(from, Math.min(e.len, s - from));
  } else if (run.length > end) {
    const from = end + (e.at % (run.length - end));
    run.delete(from, Math.min(e.len, run.length - from));
  }
}

/** Where the anchored characters are in their run on this replica, read through the resolver (not kept by the test). */
function rangeInRun(doc: Y.Doc, anchors: { anchorStart: string; anchorEnd: string }, run: Y.XmlText): [number, number] {
  const a = resolveOne(doc, anchors);
  if (a?.state !== 'ok') throw new Error('anchor lost');
  const pm = pmOf(doc);
  const $from = pm.resolve(a.from);
  const offset = $from.parentOffset;
  expect(runs(doc)).toContain(run);
  return [offset, offset + (a.to - a.from)];
}

describe('comment anchors (Yjs relative positions)', () => {
  it('resolves a range to the same text it was made on, in headings, across marks and across paragraphs', () => {
    const doc = yDocFromUpdates([richTextToYUpdate({ type: 'doc', content: [body().content[0], { type: 'paragraph', content: [{ type: 'text', text: 'Hei ' }, { type: 'text', text: 'fet', marks: [{ type: 'bold' }] }, { type: 'text', text: ' verden' }] }, para(''), para('Siste avsnitt')] })]);
    const pm = pmOf(doc);
    for (const [from, to] of [[1, 11], [13, 20], [16, 24], [5, 30], [27, 35]] as const) {
      const anchors = anchorRange(doc, from, to);
      expect(textOf(doc, resolveOne(doc, anchors)), `${from}..${to}`).toBe(pm.textBetween(from, to, '\n'));
    }
  });

  it('keeps text typed right before or right after the range outside it', () => {
    const [doc] = replicas(['Tjenestene skal samordnes bedre.']);
    const anchors = anchorRange(doc, ...pmRange(doc, 1, 11, 25));
    expect(textOf(doc, resolveOne(doc, anchors))).toBe('skal samordnes');
    const run = runs(doc)[1]!;
    run.insert(25, 'XX');
    run.insert(11, 'YY');
    expect(textOf(doc, resolveOne(doc, anchors))).toBe('skal samordnes');
  });

  it('anchored text stays the same text through random concurrent edits around it on two copies merged both ways', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zæøå ]{0,30}$/), { minLength: 1, maxLength: 5 }),
        fc.nat(10),
        fc.nat(40),
        fc.integer({ min: 1, max: 12 }),
        fc.array(edit, { maxLength: 12 }),
        fc.array(edit, { maxLength: 12 }),
        (texts, pick, at, len, editsA, editsB) => {
          const p = pick % texts.length;
          const full = `${texts[p]}kommentert tekst`;
          texts[p] = full;
          const start = at % (full.length - 1);
          const end = Math.min(full.length, start + len);
          const [a, b] = replicas(texts);
          const anchors = anchorRange(a, ...pmRange(a, p + 1, start, end));
          const quote = full.slice(start, end);
          expect(textOf(b, resolveOne(b, anchors))).toBe(quote);
          for (const [doc, edits] of [[a, editsA], [b, editsB]] as const) {
            const anchored = runs(doc)[p + 1]!;
            for (const e of edits) applyOutside(doc, anchored, () => rangeInRun(doc, anchors, anchored), e);
          }
          // Merged both ways: a fresh document from either order, and each replica taking the other's edits.
          const ab = yDocFromUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]);
          const ba = yDocFromUpdates([Y.encodeStateAsUpdate(b), Y.encodeStateAsUpdate(a)]);
          const [fromA, fromB] = [Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)];
          Y.applyUpdate(a, fromB);
          Y.applyUpdate(b, fromA);
          for (const merged of [ab, ba, a, b]) expect(textOf(merged, resolveOne(merged, anchors))).toBe(quote);
          expect(resolveOne(ab, anchors)).toEqual(resolveOne(ba, anchors));
          expect(resolveOne(a, anchors)).toEqual(resolveOne(b, anchors));
        },
      ),
      { seed: 20261207, numRuns: 150 },
    );
  });

  it('text deleted on one copy while the other edits elsewhere keeps the comment, resolved as «tekst slettet»', () => {
    const [a, b] = replicas(['Første avsnitt.', 'Dette blir slettet.', 'Tredje avsnitt.']);
    const whole = anchorRange(a, ...pmRange(a, 2, 0, 19));
    const part = anchorRange(a, ...pmRange(a, 2, 6, 10));
    const survivor = anchorRange(a, ...pmRange(a, 3, 0, 6));
    runs(a)[2]!.delete(0, 19);
    runs(b)[1]!.insert(0, 'Nytt: ');
    for (const [first, second] of [[a, b], [b, a]] as const) {
      const merged = new Y.Doc();
      Y.applyUpdate(merged, Y.encodeStateAsUpdate(first));
      Y.applyUpdate(merged, Y.encodeStateAsUpdate(second));
      const r = resolveCommentAnchors(merged, [
        { id: 'whole', ...whole },
        { id: 'part', ...part },
        { id: 'survivor', ...survivor },
      ]);
      expect(r.get('whole')).toEqual({ state: 'deleted' });
      expect(r.get('part')).toEqual({ state: 'deleted' });
      expect(textOf(merged, r.get('survivor'))).toBe('Tredje');
    }
  });

  it('a deleted paragraph, a partly deleted range and anchors from another document are told apart', () => {
    const [a] = replicas(['Et avsnitt som forsvinner.', 'Et avsnitt som krymper.']);
    const gone = anchorRange(a, ...pmRange(a, 1, 3, 10));
    const shrinks = anchorRange(a, ...pmRange(a, 2, 3, 22));
    a.getXmlFragment(YJS_FIELD).delete(1, 1);
    runs(a)[1]!.delete(3, 8);
    expect(resolveOne(a, gone)).toEqual({ state: 'deleted' });
    expect(textOf(a, resolveOne(a, shrinks))).toBe('som krymper');
    const [other] = replicas(['Et avsnitt som forsvinner.']);
    const rebuilt = yDocFromUpdates([richTextToYUpdate(yStateToRichText(other))]);
    expect(resolveOne(rebuilt, anchorRange(other, 2, 8))).toEqual({ state: 'deleted' });
    expect(resolveCommentAnchors(a, [{ id: 'x', anchorStart: 'not base64!', anchorEnd: null }]).get('x')).toEqual({ state: 'deleted' });
  });
});
