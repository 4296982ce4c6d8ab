// Who wrote and who removed each character of a chapter between two points of its history. Every stored update
// carries its author and wall time (migration 0006; compaction merges per author), and a Yjs update names the items it
// inserts (client, clock) and the ones it deletes (its delete set), so each character of the text can be traced to
// the update that made it and, if gone, the update that removed it. Needs the stored updates (they keep deleted
// content, see yjsHistory.ts): the document is rebuilt with gc: false.
import * as Y from 'yjs';
import { YJS_FIELD } from './yjs';

/** A stored update with what it is attributed to (its author and time, as the caller keeps them). */
export type StampedUpdate<T> = { update: Uint8Array; stamp: T };

/** Text with one entry per character: who inserted it (newer side) or deleted it (older side); null where unchanged. */
export type AttributedText<T> = { text: string; by: (T | null)[] };

/** The chapter at the older point (`from`) and the newer (`to`), each character traced to the change that made the difference. */
export type TextAttribution<T> = { from: AttributedText<T>; to: AttributedText<T> };

type Range<T> = { clock: number; end: number; stamp: T };

/**
 * Per client, the clock ranges the updates hold, made disjoint once (where two updates hold the same items, as a
 * compacted update and an original from a copy do, the one starting first keeps them; both are the same person's)
 * and searched by halving: a long chapter has thousands of ranges.
 */
class RangeIndex<T> {
  private readonly byClient = new Map<number, Range<T>[]>();
  private disjoint = false;

  add(client: number, clock: number, len: number, stamp: T): void {
    const list = this.byClient.get(client) ?? [];
    list.push({ clock, end: clock + len, stamp });
    this.byClient.set(client, list);
    this.disjoint = false;
  }

  find(client: number, clock: number): T | null {
    if (!this.disjoint) this.makeDisjoint();
    const list = this.byClient.get(client);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = list[mid]!;
      if (clock < r.clock) hi = mid - 1;
      else if (clock >= r.end) lo = mid + 1;
      else return r.stamp;
    }
    return null;
  }

  private makeDisjoint(): void {
    for (const [client, list] of this.byClient) {
      list.sort((a, b) => a.clock - b.clock); // stable: ties keep the order added
      const out: Range<T>[] = [];
      for (const r of list) {
        const end = out.length ? out[out.length - 1]!.end : -1;
        if (r.end <= end) continue;
        out.push(r.clock >= end ? r : { clock: end, end: r.end, stamp: r.stamp });
      }
      this.byClient.set(client, out);
    }
    this.disjoint = true;
  }
}

function indexUpdates<T>(updates: readonly StampedUpdate<T>[]): { inserted: RangeIndex<T>; deleted: RangeIndex<T> } {
  const inserted = new RangeIndex<T>();
  const deleted = new RangeIndex<T>();
  for (const { update, stamp } of updates) {
    const { structs, ds } = Y.decodeUpdate(update);
    for (const s of structs) if (s instanceof Y.Item) inserted.add(s.id.client, s.id.clock, s.length, stamp);
    for (const [client, ranges] of ds.clients) for (const r of ranges) deleted.add(client, r.clock, r.len, stamp);
  }
  return { inserted, deleted };
}

/** Whether the character with this id is in the text at the snapshot (null: the present state, `deletedNow`). */
function visibleAt(snapshot: Y.Snapshot | null, client: number, clock: number, deletedNow: boolean): boolean {
  if (!snapshot) return !deletedNow;
  return clock < (snapshot.sv.get(client) ?? 0) && !Y.isDeleted(snapshot.ds, Y.createID(client, clock));
}

/**
 * Whether every character of the item is in the text at the snapshot: most of a long chapter is unchanged, and one
 * look at the item's range spares a look per character.
 */
function wholeVisibleAt(snapshot: Y.Snapshot | null, item: Y.Item): boolean {
  if (!snapshot) return !item.deleted;
  const { client, clock } = item.id;
  if (clock + item.length > (snapshot.sv.get(client) ?? 0)) return false;
  const ranges = snapshot.ds.clients.get(client) ?? [];
  // Deletion ranges are sorted by clock and disjoint: find the last one starting before the item ends.
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.clock < clock + item.length) lo = mid + 1;
    else hi = mid - 1;
  }
  const last = ranges[hi];
  return !last || last.clock + last.len <= clock;
}

/**
 * The chapter's text at `from` and at `to` (null: as it is now) from its stored updates, with each character of the
 * newer text that `from` did not have traced to the update inserting it, and each character of the older text that
 * `to` no longer has to the update deleting it. `from` null: the chapter did not exist (everything is inserted).
 * Block boundaries are a newline in both texts.
 */
export function attributeText<T>(updates: readonly StampedUpdate<T>[], from: Y.Snapshot | null, to: Y.Snapshot | null): TextAttribution<T> {
  const doc = new Y.Doc({ gc: false });
  for (const { update } of updates) Y.applyUpdate(doc, update);
  const { inserted, deleted } = indexUpdates(updates);
  const out: TextAttribution<T> = { from: { text: '', by: [] }, to: { text: '', by: [] } };
  const push = (side: AttributedText<T>, ch: string, stamp: T | null) => {
    side.text += ch;
    side.by.push(stamp);
  };
  const unchanged = (side: AttributedText<T>, str: string) => {
    side.text += str;
    for (let k = 0; k < str.length; k++) side.by.push(null);
  };
  const walk = (type: { _start: Y.Item | null }): void => {
    for (let item = type._start; item; item = item.right) {
      if (item.content instanceof Y.ContentType) {
        walk(item.content.type);
        push(out.from, '\n', null);
        push(out.to, '\n', null);
      } else if (item.content instanceof Y.ContentString) {
        const { client, clock } = item.id;
        const str = item.content.str;
        if (from !== null && wholeVisibleAt(from, item) && wholeVisibleAt(to, item)) {
          unchanged(out.from, str);
          unchanged(out.to, str);
          continue;
        }
        for (let k = 0; k < str.length; k++) {
          const then = from !== null && visibleAt(from, client, clock + k, false);
          const now = visibleAt(to, client, clock + k, item.deleted);
          if (now) push(out.to, str[k]!, then ? null : inserted.find(client, clock + k));
          if (then) push(out.from, str[k]!, now ? null : deleted.find(client, clock + k));
        }
      }
    }
  };
  walk(doc.getXmlFragment(YJS_FIELD));
  doc.destroy();
  return out;
}

/**
 * Who made the change that reads `text` in this attributed text: the stamp most of its characters carry, at its first
 * place at or after `start` that holds any change (else anywhere), with where that place ends; null when none does.
 */
export function changeAt<T>(side: AttributedText<T>, text: string, start: number): { stamp: T; end: number } | null {
  const wanted = text.trim();
  if (!wanted) return null;
  for (const from of start > 0 ? [start, 0] : [0]) {
    for (let at = side.text.indexOf(wanted, from); at >= 0; at = side.text.indexOf(wanted, at + 1)) {
      const stamp = majority(side.by.slice(at, at + wanted.length));
      if (stamp !== null) return { stamp, end: at + wanted.length };
    }
  }
  return null;
}

function majority<T>(stamps: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  for (const s of stamps) {
    if (s === null) continue;
    const n = (counts.get(s) ?? 0) + 1;
    counts.set(s, n);
    if (best === null || n > counts.get(best)!) best = s;
  }
  return best;
}
