// The common ancestor of two copies of a chapter: the Yjs state both hold. Items are known to both up to the smaller
// clock of each client (a client's items are a prefix), and deleted in the ancestor only where both deleted them.
// Needs documents rebuilt with gc: false from stored updates (they keep deleted content: see yjsHistory.ts).
import * as Y from 'yjs';

type Range = { clock: number; len: number };

/** The ranges both lists cover (each sorted by clock, non-overlapping, as Yjs keeps a delete set), cut at `limit`. */
function intersect(a: readonly Range[], b: readonly Range[], limit: number): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i]!.clock, b[j]!.clock);
    const to = Math.min(a[i]!.clock + a[i]!.len, b[j]!.clock + b[j]!.len, limit);
    if (to > from) out.push({ clock: from, len: to - from });
    if (a[i]!.clock + a[i]!.len < b[j]!.clock + b[j]!.len) i++;
    else j++;
  }
  return out;
}

/** The snapshot of what two documents share: per client the smaller state, the deletions both made. */
export function commonSnapshot(a: Y.Doc, b: Y.Doc): Y.Snapshot {
  const sa = Y.snapshot(a);
  const sb = Y.snapshot(b);
  const sv = new Map<number, number>();
  for (const [client, clock] of sa.sv) {
    const other = sb.sv.get(client);
    if (other !== undefined && Math.min(clock, other) > 0) sv.set(client, Math.min(clock, other));
  }
  const ds = Y.createDeleteSet();
  for (const [client, ranges] of sa.ds.clients) {
    const limit = sv.get(client);
    const others = sb.ds.clients.get(client);
    if (limit === undefined || !others) continue;
    const both = intersect(ranges, others, limit);
    // DeleteItem is a plain {clock, len} record inside Yjs; it is not exported as a constructor.
    if (both.length > 0) ds.clients.set(client, both as typeof ranges);
  }
  return Y.createSnapshot(ds, sv);
}

/** The document at the two copies' common ancestor (its own new client id), from the union of their updates. */
export function ancestorDoc(here: readonly Uint8Array[], copy: readonly Uint8Array[]): Y.Doc {
  const a = gcFree(here);
  const b = gcFree(copy);
  const union = gcFree([...here, ...copy]);
  return Y.createDocFromSnapshot(union, commonSnapshot(a, b));
}

export function gcFree(updates: Iterable<Uint8Array>): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}
