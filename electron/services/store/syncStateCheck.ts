// Checks the change log's bookkeeping (the last clock and the merkle trie) before a PlanFile is built from it:
// a damaged value would otherwise surface later as an internal error on the first edit or merge.
import { Timestamp } from '@actual-app/crdt';
import type { Database } from 'better-sqlite3';
import { PlanverkError } from '../../../shared/api/errors';

/** Minutes since 1970 in base 3 have 17 digits; a deeper trie is not one the clock wrote. */
const MAX_TRIE_DEPTH = 24;
const TRIE_KEYS = new Set(['0', '1', '2', 'hash']);

export function checkSyncState(db: Database): void {
  const clock = db.prepare("SELECT value FROM meta WHERE key = 'clock'").get() as { value: unknown } | undefined;
  if (clock && (typeof clock.value !== 'string' || !Timestamp.parse(clock.value))) throw syncError('klokken i meta er ugyldig');
  const rows = db.prepare('SELECT id, merkle FROM messages_merkle').all() as { id: unknown; merkle: unknown }[];
  if (rows.length > 1 || (rows[0] && rows[0].id !== 1)) throw syncError('messages_merkle har feil rader');
  const text = rows[0]?.merkle;
  if (text === undefined) return;
  let trie: unknown;
  try {
    trie = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    trie = undefined;
  }
  if (!isTrie(trie, 0)) throw syncError('merkle-treet i messages_merkle er ikke gyldig JSON');
}

function isTrie(node: unknown, depth: number): boolean {
  if (depth > MAX_TRIE_DEPTH || typeof node !== 'object' || node === null || Array.isArray(node)) return false;
  for (const [key, value] of Object.entries(node)) {
    if (!TRIE_KEYS.has(key)) return false;
    if (key === 'hash' ? typeof value !== 'number' || !Number.isFinite(value) : !isTrie(value, depth + 1)) return false;
  }
  return true;
}

function syncError(detail: string): PlanverkError {
  return new PlanverkError('INVALID_PLAN', detail);
}
