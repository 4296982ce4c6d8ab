// Text both sides moved alike. A paragraph join (Backspace at a paragraph's start, or a join/split suggestion decided
// so the paragraphs join) writes the second paragraph's text into the first as new Yjs items and deletes the second.
// Two copies that make the same join apart each write their own run, so the union of their updates holds the text
// twice. We find such pairs (a run of new text each side inserted into the same text node, unknown to the other side,
// with the same text, where both sides deleted a block holding exactly that text) and delete the run of the larger
// client id again, as an ordinary Yjs deletion: an update with a delete set only (no new items), so either merge order
// writes the same update, and applying it again changes nothing. Text typed alike without such deletions is left alone.
import * as Y from 'yjs';
import { YJS_FIELD } from '../../../shared/editor';
import type { RowWriter } from '../store/rowWriter';
import { textEdited, type ChapterUpdatesBySide } from './structureReport';

type StateVector = Map<number, number>;
type DeleteSet = ReturnType<typeof Y.createDeleteSet>;
/** New text one side wrote into one text node: its characters' ids (`client:clock`), in order, and their text. */
type Run = { parent: string; text: string; chars: string[]; client: number };
export type DoubledMove = { text: string };

const idKey = (client: number, clock: number): string => `${client}:${clock}`;
const knows = (sv: StateVector, client: number, clock: number): boolean => clock < (sv.get(client) ?? 0);

/** Deleted items keep their content (gc off), so a block both sides deleted can still be read. */
function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

/** Every text node under the document fragment, with the id of the item that holds it. */
function textNodes(doc: Y.Doc): Map<string, Y.XmlText> {
  const out = new Map<string, Y.XmlText>();
  const walk = (type: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of type.toArray()) {
      if (child instanceof Y.XmlText && child._item) out.set(idKey(child._item.id.client, child._item.id.clock), child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(YJS_FIELD));
  return out;
}

/** The runs of live text `doc` holds that `other` has not seen; format marks and deleted text do not break a run. */
function newRuns(doc: Y.Doc, other: StateVector): Run[] {
  const runs: Run[] = [];
  for (const [parent, text] of textNodes(doc)) {
    let run: Run | null = null;
    for (let item = text._start; item; item = item.right) {
      if (item.deleted || !item.countable) continue;
      const str = item.content instanceof Y.ContentString ? item.content.str : null;
      for (let i = 0; i < item.length; i++) {
        const fresh = str !== null && !knows(other, item.id.client, item.id.clock + i);
        if (!fresh) {
          run = null;
          continue;
        }
        if (!run) runs.push((run = { parent, text: '', chars: [], client: item.id.client }));
        run.text += str[i];
        run.chars.push(idKey(item.id.client, item.id.clock + i));
      }
    }
  }
  return runs;
}

/** The text of an element's text nodes (deleted characters too), for the characters `keep` accepts. */
function textUnder(type: Y.XmlElement, keep: (item: Y.Item, i: number) => boolean): string {
  let out = '';
  for (let item = type._start; item; item = item.right) {
    if (item.content instanceof Y.ContentType) {
      const child = item.content.type;
      if (child instanceof Y.XmlElement) out += textUnder(child, keep);
      else if (child instanceof Y.XmlText) {
        for (let t = child._start; t; t = t.right) {
          if (!(t.content instanceof Y.ContentString)) continue;
          for (let i = 0; i < t.length; i++) if (keep(t, i)) out += t.content.str[i];
        }
      }
    }
  }
  return out;
}

/**
 * The texts of blocks both sides deleted that both had before (and that the updates both sides share did not delete
 * already), each read as it stood when the two sides parted: the characters both knew that the shared updates keep.
 */
function blocksDeletedOnBoth(mine: Y.Doc, theirs: Y.Doc, shared: readonly DeleteSet[]): Set<string> {
  const [svMine, svTheirs] = [mine, theirs].map((d) => Y.decodeStateVector(Y.encodeStateVector(d))) as [StateVector, StateVector];
  const theirDeletes = Y.createDeleteSetFromStructStore(theirs.store);
  const deletedBefore = (id: Y.ID): boolean => shared.some((ds) => Y.isDeleted(ds, id));
  const out = new Set<string>();
  for (const structs of mine.store.clients.values()) {
    for (const s of structs) {
      if (!(s instanceof Y.Item) || !s.deleted || !(s.content instanceof Y.ContentType) || !(s.content.type instanceof Y.XmlElement)) continue;
      if (!knows(svTheirs, s.id.client, s.id.clock) || !Y.isDeleted(theirDeletes, s.id) || deletedBefore(s.id)) continue;
      const text = textUnder(s.content.type, (item, i) => {
        const id = Y.createID(item.id.client, item.id.clock + i);
        return knows(svMine, id.client, id.clock) && knows(svTheirs, id.client, id.clock) && !deletedBefore(id);
      });
      if (text.trim() !== '') out.add(text);
    }
  }
  return out;
}

/** The delete sets of the updates both sides hold (by their bytes): what was deleted before they parted. */
function sharedDeletes(mine: readonly Uint8Array[], theirs: readonly Uint8Array[]): DeleteSet[] {
  const theirBytes = new Set(theirs.map((u) => Buffer.from(u).toString('base64')));
  return mine.filter((u) => theirBytes.has(Buffer.from(u).toString('base64'))).map((u) => Y.decodeUpdate(u).ds);
}

/**
 * The runs both sides moved alike into one chapter's text, and the update that deletes the copy of each that the larger
 * client id wrote, made on the merged document (null when there is none).
 */
export function doubledMoves(mine: readonly Uint8Array[], theirs: readonly Uint8Array[]): { moves: DoubledMove[]; update: Uint8Array | null } {
  const [own, other] = [docOf(mine), docOf(theirs)];
  const [svOwn, svOther] = [own, other].map((d) => Y.decodeStateVector(Y.encodeStateVector(d))) as [StateVector, StateVector];
  const theirRuns = newRuns(other, svOwn);
  if (theirRuns.length === 0) return { moves: [], update: null };
  const moved = blocksDeletedOnBoth(own, other, sharedDeletes(mine, theirs));
  const victims: Run[] = [];
  const used = new Set<Run>();
  for (const run of newRuns(own, svOther)) {
    if (!moved.has(run.text)) continue;
    const twin = theirRuns.find((r) => !used.has(r) && r.parent === run.parent && r.text === run.text && r.client !== run.client);
    if (!twin) continue;
    used.add(twin);
    victims.push(run.client > twin.client ? run : twin);
  }
  if (victims.length === 0) return { moves: [], update: null };
  return { moves: victims.map((v) => ({ text: v.text })), update: deletionOf(docOf([...mine, ...theirs]), victims) };
}

/** One update deleting the runs' characters from the merged document (nothing else). */
function deletionOf(merged: Y.Doc, runs: readonly Run[]): Uint8Array | null {
  const nodes = textNodes(merged);
  let update: Uint8Array | null = null;
  merged.on('update', (u: Uint8Array) => (update = u));
  merged.transact(() => {
    for (const run of runs) {
      const node = nodes.get(run.parent);
      if (!node) continue;
      const chars = new Set(run.chars);
      const ranges: Array<[number, number]> = [];
      let index = 0;
      for (let item = node._start; item; item = item.right) {
        if (item.deleted || !item.countable) continue;
        for (let i = 0; i < item.length; i++, index++) {
          if (!chars.has(idKey(item.id.client, item.id.clock + i))) continue;
          const last = ranges[ranges.length - 1];
          if (last && last[0] + last[1] === index) last[1]++;
          else ranges.push([index, 1]);
        }
      }
      for (const [at, length] of ranges.reverse()) node.delete(at, length);
    }
  });
  return update;
}

/** A chapter's doubled moves and the update that keeps each once. */
export type DoubledRepair = { chapterId: string; moves: DoubledMove[]; update: Uint8Array };

/** The doubled moves in every chapter both files changed apart, from their chapter updates read before the merge. */
export function findDoubledMoves(updates: ChapterUpdatesBySide): DoubledRepair[] {
  const out: DoubledRepair[] = [];
  for (const [chapterId, mine] of updates.here) {
    const other = updates.copy.get(chapterId);
    if (!other || !textEdited(mine, other) || !textEdited(other, mine)) continue;
    const { moves, update } = doubledMoves(mine, other);
    if (update) out.push({ chapterId, moves, update });
  }
  return out;
}

/** Writes each repair into the merged plan as its chapter's next update (a later merge of the same copy finds none). */
export function keepOnce(writer: RowWriter, repairs: readonly DoubledRepair[]): void {
  for (const r of repairs) {
    writer.appendChapterUpdate(r.chapterId, r.update);
    writer.refreshChapterBody(r.chapterId);
  }
}
