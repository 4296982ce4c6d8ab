import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTrackedChanges, redlineDocument } from '../../../shared/compare/redline/redlineDocument';
import { buildDocument } from '../../../shared/document/builder';
import type { Block, DocModel, Inline } from '../../../shared/document/model';
import { applyEdits, planEdits, samplePlan } from './planVariants';

const by = { author: 'Kari Nordmann', initials: 'KN', date: '2025-09-01T10:00:00Z' };
const options = { part: 'plan' as const, watermark: 'none' as const, by, fromLabel: 'Høringsutkast 15.04.2025' };

/** The text a reader sees (pictures aside) after accepting every change (`to`) or rejecting every change (`from`), block by block. */
function sideText(blocks: readonly Block[], side: 'from' | 'to'): string[] {
  const skip = side === 'to' ? 'del' : 'ins';
  const runs = (rs: readonly Inline[]) => rs.map((r) => (r.kind === 'text' && r.change?.kind !== skip ? r.text : '')).join('');
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
        return [b.runs ? runs(b.runs) : b.text];
      case 'paragraph':
        return [runs(b.runs)];
      case 'quote':
        return sideText(b.blocks, side);
      case 'list':
        return b.items.flatMap((item) => sideText(item, side));
      case 'table':
        return [...b.headerRows, ...b.bodyRows.map((r) => r.cells)].flatMap((cells) => cells.flatMap((c) => sideText(c.blocks, side)));
      default: // pictures carry no change marks (an inserted one is drawn as is, a deleted one as deleted text)
        return [];
    }
  }).filter((t) => t !== '');
}
const plainText = (doc: DocModel) => sideText(doc.blocks, 'to');
/** Picture texts (captions, alt): a deleted picture is left as deleted text, so both sides leave pictures out. */
const pictureTexts = (...docs: DocModel[]) => new Set(docs.flatMap((d) => imageTexts(d.blocks)));
function imageTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'image' ? [b.caption?.full ?? b.alt] : b.kind === 'quote' ? imageTexts(b.blocks) : b.kind === 'list' ? b.items.flatMap(imageTexts) : []));
}
const words = (texts: string[], pictures: ReadonlySet<string> = new Set()) => texts.filter((t) => !pictures.has(t)).join(' ').replace(/(Tabell|Figur) \d+/g, '$1').split(/\s+/).filter(Boolean);

describe('compare redline document', () => {
  it('the redline of a plan with itself has no tracked change', () => {
    const plan = samplePlan();
    expect(countTrackedChanges(redlineDocument(plan, structuredClone(plan), options))).toEqual({ ins: 0, del: 0 });
  });

  it('accepting every change gives the newer document’s text, rejecting every change the older one’s', () => {
    fc.assert(
      fc.property(planEdits, planEdits, (e1, e2) => {
        const v1 = applyEdits(samplePlan(), e1, 'a');
        const v2 = applyEdits(samplePlan(), e2, 'b');
        const red = redlineDocument(v1, v2, options);
        const [d1, d2] = [buildDocument(v1, options), buildDocument(v2, options)];
        const pictures = pictureTexts(d1, d2);
        expect(words(sideText(red.blocks, 'to'), pictures)).toEqual(words(plainText(d2), pictures));
        expect(words(sideText(red.blocks, 'from'), pictures)).toEqual(words(plainText(d1), pictures));
      }),
      { numRuns: 25 },
    );
  });

  it('a changed word is a deleted and an inserted run with the author, inside the same paragraph', () => {
    const v1 = samplePlan();
    const v2 = structuredClone(v1);
    const chapter = v2.chapters.find((c) => JSON.stringify(c.body).includes('tjenestene'))!;
    chapter.body = JSON.parse(JSON.stringify(chapter.body).replace('tjenestene', 'tilbudene'));
    const red = redlineDocument(v1, v2, options);
    const para = red.blocks.find((b) => b.kind === 'paragraph' && b.runs.some((r) => r.kind === 'text' && r.change)) as Extract<Block, { kind: 'paragraph' }>;
    const changed = para.runs.filter((r) => r.kind === 'text' && r.change);
    expect(changed).toEqual([
      { kind: 'text', text: 'tjenestene', change: { kind: 'del', ...by } },
      { kind: 'text', text: 'tilbudene', change: { kind: 'ins', ...by } },
    ]);
    expect(countTrackedChanges(red)).toEqual({ ins: 1, del: 1 });
  });

  it('a renamed chapter’s heading carries the old and the new words as tracked runs', () => {
    const v1 = samplePlan();
    const v2 = structuredClone(v1);
    const chapter = v2.chapters.find((c) => c.kind === 'chapter')!;
    chapter.title = `${chapter.title} og frivillighet`;
    const heading = redlineDocument(v1, v2, options).blocks.find((b) => b.kind === 'heading' && b.runs) as Extract<Block, { kind: 'heading' }>;
    expect(heading.text).toBe(chapter.title);
    expect(heading.runs!.filter((r) => r.kind === 'text' && r.change?.kind === 'ins').map((r) => (r.kind === 'text' ? r.text : ''))).toEqual([' og frivillighet']);
  });

  it('a matrix cell moved to another level shows the old code deleted and the new inserted in the matrix tables', () => {
    const v1 = samplePlan();
    const v2 = structuredClone(v1);
    v2.cells.find((c) => c.level === 'DpH')!.level = 'SpH';
    const red = redlineDocument(v1, v2, options);
    const json = JSON.stringify(red.blocks);
    expect(json).toContain('{"kind":"text","text":"DpH","change":{"kind":"del"');
    expect(json).toContain('{"kind":"text","text":"SpH","change":{"kind":"ins"');
  });

  it('the cover says what the plan is compared with, in the plan’s målform', () => {
    const v1 = samplePlan();
    const nn = { ...v1, plan: { ...v1.plan, malform: 'nn' as const } };
    expect(redlineDocument(v1, v1, options).cover.lines.at(-1)).toBe('Sammenlignet med: Høringsutkast 15.04.2025');
    expect(redlineDocument(nn, nn, options).cover.lines.at(-1)).toBe('Samanlikna med: Høringsutkast 15.04.2025');
  });
});
