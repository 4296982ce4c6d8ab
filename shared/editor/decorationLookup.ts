// ProseMirror's view asks the decoration set for each top-level block's decorations (DecorationSet.forChild) on every
// update, and forChild finds the block by scanning the set's sorted child list from the start. With decorations in
// hundreds of blocks (the spell-check's underlines in a long chapter) one keystroke then costs blocks × decorated
// blocks steps: ~2 ms of a 300-page chapter's keystroke. The same list searched by halving gives the same answer in
// log steps. Only sets without decorations of their own at that level take the shortcut (ProseMirror's own code
// cuts those to the block); any other call goes to ProseMirror's method unchanged.
import type { Node as PmNode } from '@tiptap/pm/model';
import { DecorationSet, type DecorationSource } from '@tiptap/pm/view';

/** DecorationSet's fields the lookup reads: `children` holds [start, end, set] triples sorted by start. */
type SetInternals = { children: unknown[]; local: unknown[] };
type ForChild = (this: DecorationSet, offset: number, node: PmNode) => DecorationSource;

/** Below this many decorated children ProseMirror's scan is as quick. */
const SHORT = 16;
let installed = false;

function hasInternals(set: unknown): set is SetInternals {
  return Array.isArray((set as Partial<SetInternals>).children) && Array.isArray((set as Partial<SetInternals>).local);
}

/** Makes DecorationSet.forChild search its children by halving; once per page, idempotent. */
export function installDecorationLookup(): void {
  if (installed) return;
  installed = true;
  // Another prosemirror-view than the one this was written against (other field names): keep its own method.
  if (!hasInternals(DecorationSet.empty)) return;
  const proto = DecorationSet.prototype as unknown as { forChild: ForChild };
  const scan = proto.forChild;
  proto.forChild = function forChild(offset, node) {
    const set = this as unknown as SetInternals;
    const { children } = set;
    if (set.local.length > 0 || children.length < 3 * SHORT || node.isLeaf) return scan.call(this, offset, node);
    let lo = 0;
    let hi = children.length / 3;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((children[mid * 3] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    const found = lo * 3 < children.length && children[lo * 3] === offset ? (children[lo * 3 + 2] as DecorationSource) : null;
    return found ?? DecorationSet.empty;
  };
}
