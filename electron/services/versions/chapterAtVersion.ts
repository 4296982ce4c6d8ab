// A chapter's text at a version, remembered. Rebuilding it means replaying every stored update into a gc:false Y.Doc
// (most of the time of reading a version), and a plan's versions mostly share their chapters' snapshots, so each answer
// is kept under a key made of exactly what it is computed from: the chapter's stored updates (their bytes, in order)
// and the version's snapshot bytes. The same key always gives the same answer, whichever file or copy asks; an edit,
// a merge or a compaction changes the updates and so the key. Nothing here is stored in the file.
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { chapterDocAt, yStateToRichText } from '../../../shared/editor';

/** The chapter at the version: its whole state as one update, and its body JSON (the chapters.body column). */
export type ChapterAtVersion = { update: Uint8Array; body: string };

/** Enough for several versions of a 300-page plan; one entry is some kilobytes (a long chapter some megabytes). */
const MAX_BYTES = 64 * 1024 * 1024;

type Entry = { at: ChapterAtVersion | null; bytes: number };
const memo = new Map<string, Entry>();
let heldBytes = 0;

/** The chapter as it was at `snapshot`, or null when its stored `updates` are that snapshot (unchanged since the version). */
export function chapterAtVersion(chapterId: string, updates: readonly Uint8Array[], snapshot: Uint8Array): ChapterAtVersion | null {
  // Hashed from the bytes themselves, not the file's hash column: a crafted file cannot borrow another file's answer.
  const key = memoKey(chapterId, updates, snapshot);
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key); // most recently used last
    memo.set(key, hit);
    return hit.at;
  }
  const then = chapterDocAt(updates, snapshot);
  const at = then ? { update: Y.encodeStateAsUpdate(then), body: JSON.stringify(yStateToRichText(then)) } : null;
  remember(key, { at, bytes: at ? at.update.byteLength + at.body.length * 2 : 64 });
  return at;
}

function memoKey(chapterId: string, updates: readonly Uint8Array[], snapshot: Uint8Array): string {
  const h = createHash('sha256').update(chapterId).update('\u0000');
  // Each part's length first, so no two different lists of updates hash the same bytes.
  for (const u of [...updates, snapshot]) h.update(`${u.byteLength}:`).update(u);
  return h.digest('hex');
}

function remember(key: string, entry: Entry): void {
  memo.set(key, entry);
  heldBytes += entry.bytes;
  for (const [oldKey, old] of memo) {
    if (heldBytes <= MAX_BYTES || oldKey === key) break;
    memo.delete(oldKey);
    heldBytes -= old.bytes;
  }
}

/** Forgets every remembered chapter (tests that time the cold path). */
export function forgetChaptersAtVersions(): void {
  memo.clear();
  heldBytes = 0;
}
