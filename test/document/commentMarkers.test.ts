// Comment ranges (ProseMirror positions, as the comment anchors resolve to) become commentStart/commentEnd inlines
// around exactly the text ProseMirror has between those positions, across marks, footnotes, breaks, paragraphs,
// lists and tables; a range with no text is left for the document-level list.
import fc from 'fast-check';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { insertCommentMarkers, LEAVES } from '../../shared/document/build/commentMarkers';
import { buildDocument } from '../../shared/document/builder';
import type { Block, Inline } from '../../shared/document/model';
import type { Chapter } from '../../shared/domain/plan';
import { planSchema } from '../../shared/editor/extensions';
import { fixturePlan } from './fixtures';

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const BODY = {
  type: 'doc',
  content: [
    para(text('Første avsnitt med '), text('uthevet', [{ type: 'bold' }]), text(' tekst.'), { type: 'hardBreak' }, text('Linje to.')),
    { type: 'heading', attrs: { level: 2 }, content: [text('Overskrift')] },
    para(text('Fotnote her'), { type: 'footnote', attrs: { text: 'Kilde: SSB' } }, text(' og videre.')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Punkt én'))] }, { type: 'listItem', content: [para(text('Punkt to'))] }] },
    para(),
    { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [para(text('Celle A'))] }, { type: 'tableCell', content: [para(text('Celle B'))] }] }] },
    para(text('Siste avsnitt.')),
  ],
};

/** The text between each comment's markers in the built document, in document order of the blocks. */
function markedTexts(body: unknown, ranges: { id: number; from: number; to: number }[]): Map<number, string> {
  const plan = fixturePlan();
  const chapter = plan.chapters.find((c) => c.kind === 'chapter')!;
  const marked = insertCommentMarkers(body, ranges).body as Chapter['body'];
  const withBody = { ...plan, chapters: plan.chapters.map((c) => (c.id === chapter.id ? { ...c, body: marked } : c)) };
  const model = buildDocument(withBody, { part: 'plan', watermark: 'none', review: { comments: [] } });
  const open = new Map<number, string>();
  const done = new Map<number, string>();
  const visit = (runs: Inline[]) => {
    for (const r of runs) {
      if (r.kind === 'commentStart') open.set(r.id, '');
      else if (r.kind === 'commentEnd') {
        done.set(r.id, open.get(r.id) ?? '');
        open.delete(r.id);
      } else if (r.kind === 'text') for (const [id, t] of open) open.set(id, t + r.text);
    }
  };
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') visit(b.runs);
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'list') b.items.forEach(walk);
      else if (b.kind === 'table') for (const row of b.bodyRows) row.cells.forEach((c) => walk(c.blocks));
      else if (b.kind === 'heading') for (const [id, t] of open) open.set(id, t + b.text);
    }
  };
  walk(model.blocks);
  return done;
}

/** ProseMirror's own text between two positions (footnote atoms and breaks carry no text in a range). */
const pmText = (doc: PmNode, from: number, to: number) => doc.textBetween(from, to, '', '');

describe('comment ranges in chapter text', () => {
  const doc = PmNode.fromJSON(planSchema(), BODY);
  /** The node holding the first text at or after `pos`, or the last text before it. */
  const textParent = (pos: number, which: 'first' | 'last'): string | undefined => {
    let found: string | undefined;
    doc.descendants((n, at, parent) => {
      if (!n.isText) return;
      if (which === 'first' ? at + n.nodeSize > pos && found === undefined : at < pos) found = parent?.type.name;
    });
    return found;
  };

  it('counts leaves as the plan schema does', () => {
    const schemaLeaves = Object.values(planSchema().nodes).filter((n) => n.isLeaf && !n.isText).map((n) => n.name);
    expect([...LEAVES].sort()).toEqual(expect.arrayContaining(schemaLeaves.sort()));
  });

  it('marks exactly the text ProseMirror has between the positions, for any range with text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: doc.content.size }), fc.integer({ min: 0, max: doc.content.size }), (a, b) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        // An end inside a body heading moves out of it (the document's headings are plain text); tested below.
        fc.pre(textParent(from, 'first') !== 'heading' && textParent(to, 'last') !== 'heading');
        const expected = pmText(doc, from, to);
        const got = markedTexts(BODY, [{ id: 7, from, to }]);
        expect(got.get(7) ?? '').toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps overlapping and touching ranges apart, and leaves a range without text unplaced', () => {
    const at = (s: string) => {
      let found = -1;
      doc.descendants((n, pos) => {
        if (found < 0 && n.isText && n.text!.includes(s)) found = pos + n.text!.indexOf(s);
      });
      return found;
    };
    const ranges = [
      { id: 1, from: at('avsnitt med'), to: at('tekst.') + 5 },
      { id: 2, from: at('uthevet'), to: at('Punkt to') + 5 },
      { id: 3, from: at('Celle A'), to: at('Celle A') + 5 },
      { id: 4, from: at('Celle A') + 5, to: at('Celle A') + 7 },
    ];
    const got = markedTexts(BODY, ranges);
    for (const r of ranges) expect(got.get(r.id), String(r.id)).toBe(pmText(doc, r.from, r.to));
    expect(got.get(1)).toBe('avsnitt med uthevet tekst');
    const emptyPara = at('Siste avsnitt.') - 3;
    expect(insertCommentMarkers(BODY, [{ id: 9, from: emptyPara, to: emptyPara + 1 }]).unplaced).toEqual([9]);
    // A range ending inside a body heading ends with the text before it.
    expect(markedTexts(BODY, [{ id: 5, from: at('Linje to.'), to: at('Overskrift') + 4 }]).get(5)).toBe('Linje to.');
  });
});
