// A chapter's text at a point of its history: Yjs snapshots (state vector + delete set) of the stored updates.
// Stored updates keep deleted content (they are never encoded from a garbage-collected document, and compaction uses
// Y.mergeUpdates, which keeps it too), so a document rebuilt with gc: false can show any earlier snapshot.
import * as Y from 'yjs';
import type { RichText } from '../domain/plan';
import { yDocFromUpdates, yStateToRichText } from './yjs';

/** The snapshot of a chapter's present state, encoded (Y.encodeSnapshot). */
export function chapterSnapshot(updates: Iterable<Uint8Array>): Uint8Array {
  return Y.encodeSnapshot(Y.snapshot(yDocFromUpdates(updates)));
}

/** Whether `encoded` decodes as a Yjs snapshot (a copy's versions are checked before they are merged). */
export function isChapterSnapshot(encoded: Uint8Array): boolean {
  try {
    Y.decodeSnapshot(encoded);
    return true;
  } catch {
    return false;
  }
}

/** The chapter's document as it was at the snapshot, or null when its present state is that snapshot. */
export function chapterDocAt(updates: readonly Uint8Array[], encoded: Uint8Array): Y.Doc | null {
  const snapshot = Y.decodeSnapshot(encoded);
  // Every stored update already inside the snapshot (its state vector and delete set): nothing changed since, which
  // reading the updates tells without building the document (the stored state only grows, so it is the snapshot's).
  const inside = updates.filter((u) => Y.snapshotContainsUpdate(snapshot, u));
  if (inside.length === updates.length) return null;
  // Mostly the updates stored by the version's time are whole and later edits came as updates of their own: those
  // inside are then the chapter at the snapshot, as their own snapshot shows (same structs, same deletions).
  const early = new Y.Doc({ gc: false });
  for (const u of inside) Y.applyUpdate(early, u);
  if (Y.equalSnapshots(Y.snapshot(early), snapshot)) return early;
  early.destroy();
  const origin = new Y.Doc({ gc: false });
  for (const u of updates) Y.applyUpdate(origin, u);
  if (Y.equalSnapshots(Y.snapshot(origin), snapshot)) return null;
  return Y.createDocFromSnapshot(origin, snapshot);
}

/** The chapter's text at the snapshot as ProseMirror JSON. */
export function chapterBodyAt(updates: readonly Uint8Array[], encoded: Uint8Array): RichText {
  return yStateToRichText(chapterDocAt(updates, encoded) ?? yDocFromUpdates(updates));
}
