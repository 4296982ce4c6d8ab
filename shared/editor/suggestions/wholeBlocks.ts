// What a decision deletes: the text that goes, and every block whose whole text goes with it — a paragraph, a list
// item (a rejected new bullet left an empty bullet), a table row (a rejected new row, an accepted deleted row left an
// empty row), a whole list or table. A block that holds anything that does not go (other text, a picture, a live
// block) stays, and so does what the schema needs: a cell's last paragraph, the document's last block.
import type { Node as PmNode } from '@tiptap/pm/model';

export type Range = { from: number; to: number };

/** Never deleted whole: a cell goes only with its row, the document never. */
const KEPT = new Set(['doc', 'tableCell', 'tableHeader']);

/** `going`: sorted, disjoint inline ranges whose content goes. Returns sorted, disjoint ranges to delete. */
export function deletionsOf(doc: PmNode, going: readonly Range[]): Range[] {
  const out: Range[] = [];
  const covered = (from: number, to: number): boolean => {
    const r = going[firstEndingAfter(going, from)];
    return r !== undefined && r.from <= from && to <= r.to;
  };
  const touched = (from: number, to: number): boolean => (going[firstEndingAfter(going, from)]?.from ?? Infinity) < to;
  /** The node (at `pos`) has text and all of it goes. */
  const allGoes = (node: PmNode, pos: number): boolean => {
    let inline = 0;
    let kept = false;
    node.descendants((child, offset) => {
      if (kept) return false;
      const at = pos + 1 + offset;
      if (child.isInline) {
        inline++;
        if (!covered(at, at + child.nodeSize)) kept = true;
        return false;
      }
      if (child.isLeaf) kept = true;
      return true;
    });
    return inline > 0 && !kept;
  };
  /** `keepOne`: the parent stays, so it must keep a child (a cell, the document, a block kept for them). */
  const visit = (parent: PmNode, start: number, keepOne: boolean): void => {
    const whole: boolean[] = [];
    parent.forEach((child, offset) => {
      const pos = start + offset;
      whole.push(!child.isInline && !KEPT.has(child.type.name) && touched(pos, pos + child.nodeSize) && allGoes(child, pos));
    });
    // The first keeps its place, only its text goes.
    const forced = keepOne && whole.length > 0 && whole.every(Boolean);
    if (forced) whole[0] = false;
    parent.forEach((child, offset, index) => {
      const pos = start + offset;
      if (whole[index]) out.push({ from: pos, to: pos + child.nodeSize });
      else if (child.isInline || !touched(pos, pos + child.nodeSize)) return;
      else if (child.isTextblock) inlineRanges(going, pos + 1, pos + child.nodeSize - 1, out);
      else visit(child, pos + 1, KEPT.has(child.type.name) || (forced && index === 0));
    });
  };
  visit(doc, 0, true);
  return out;
}

/** The parts of `going` inside from..to. */
function inlineRanges(going: readonly Range[], from: number, to: number, out: Range[]): void {
  for (let i = firstEndingAfter(going, from); i < going.length && going[i]!.from < to; i++) {
    out.push({ from: Math.max(going[i]!.from, from), to: Math.min(going[i]!.to, to) });
  }
}

/** Index of the first range that ends after `pos` (binary search: a chapter may have hundreds of suggestions). */
function firstEndingAfter(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.to > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
