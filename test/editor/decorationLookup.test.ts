// The decoration lookup by halving (shared/editor/decorationLookup.ts) that keeps a keystroke in a long chapter with
// hundreds of underlined blocks as cheap as without them: for any document and any decorations (inline, node and
// widget, nested, spanning blocks), every block's decorations are the ones ProseMirror's own scan finds.
import fc from 'fast-check';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet, type DecorationSource } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/editor';
import { installDecorationLookup } from '../../shared/editor/decorationLookup';

const schema = planSchema();
type ForChild = (this: DecorationSet, offset: number, node: PmNode) => DecorationSource;
const scan = (DecorationSet.prototype as unknown as { forChild: ForChild }).forChild;

const p = (t: string) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
const list = (t: string) => ({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t)] }] });

/** What a decoration source holds for a block, comparable: every decoration with its range and attributes. */
function contents(source: DecorationSource, node: PmNode): string[] {
  const out: string[] = [];
  source.forEachSet((set) => set.find().forEach((d) => out.push(`${d.from}-${d.to}:${JSON.stringify((d as unknown as { type: { attrs?: unknown } }).type.attrs ?? null)}`)));
  // Nested levels too: the view asks the child's own sets for the block's children.
  node.forEach((child, offset) => {
    if (!child.isLeaf) out.push(...contents(source.forChild(offset, child), child).map((c) => `${offset}>${c}`));
  });
  return out.sort();
}

describe('decoration lookup by halving', () => {
  it('gives every top-level block the same decorations as ProseMirror’s scan, for any document and decorations', () => {
    installDecorationLookup();
    const block = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }).map((t) => p(`w ${t}`)), fc.string({ minLength: 1, maxLength: 20 }).map((t) => list(`v ${t}`)));
    const deco = fc.record({ at: fc.nat(), len: fc.nat({ max: 40 }), kind: fc.constantFrom('inline', 'node', 'widget'), n: fc.nat({ max: 9 }) });
    fc.assert(
      // `inBlocks`: only inline decorations inside a text block (no decoration of the document's own level, the spell
      // check's case, where the shortcut is taken); otherwise any mix, where ProseMirror's scan answers.
      fc.property(fc.array(block, { minLength: 1, maxLength: 120, size: 'max' }), fc.array(deco, { maxLength: 300, size: 'max' }), fc.boolean(), (blocks, decos, inBlocks) => {
        const doc = schema.nodeFromJSON({ type: 'doc', content: blocks });
        const size = doc.content.size;
        const made: Decoration[] = [];
        for (const d of decos) {
          const from = d.at % (size + 1);
          const $from = doc.resolve(from);
          if (inBlocks) {
            if ($from.parent.inlineContent) made.push(Decoration.inline(from, Math.min($from.end(), from + d.len), { class: `c${d.n}` }));
          } else if (d.kind === 'inline') made.push(Decoration.inline(from, Math.min(size, from + d.len), { class: `c${d.n}` }));
          else if (d.kind === 'widget') made.push(Decoration.widget(from, () => ({}) as never, { key: `w${d.n}` }));
          else {
            const node = $from.nodeAfter;
            if (node && !node.isText) made.push(Decoration.node(from, from + node.nodeSize, { class: `n${d.n}` }));
          }
        }
        const set = DecorationSet.create(doc, made);
        let offset = 0;
        doc.forEach((child) => {
          expect(contents(set.forChild(offset, child), child)).toEqual(contents(scan.call(set, offset, child), child));
          offset += child.nodeSize;
        });
      }),
      { numRuns: 200 },
    );
  });

  it('takes the shortcut on a set with decorations in many blocks (the case it is for), and still finds each block’s own', () => {
    installDecorationLookup();
    const doc = schema.nodeFromJSON({ type: 'doc', content: Array.from({ length: 400 }, (_, i) => p(`blokk ${i} har et ord`)) });
    const made: Decoration[] = [];
    doc.forEach((child, offset, i) => {
      if (i % 3 === 0) made.push(Decoration.inline(offset + 1, offset + 6, { class: `b${i}` }));
    });
    const set = DecorationSet.create(doc, made);
    expect((DecorationSet.prototype as unknown as { forChild: ForChild }).forChild).not.toBe(scan);
    doc.forEach((child, offset, i) => {
      const found = set.forChild(offset, child);
      expect(found === DecorationSet.empty).toBe(i % 3 !== 0);
      expect(contents(found, child)).toEqual(contents(scan.call(set, offset, child), child));
    });
  });
});
