// Writes validated changes: each logged field gets an HLC message and its row field, in the caller's transaction.
import type { Person } from '../../../shared/domain/person';
import { TOMBSTONE, type FieldChange } from '../../../shared/domain/plan';
import { authorshipOf, noteAuthor, type Authorship } from './authorship';
import type { LogClock } from './clock';
import { settleTombstones } from './editAfterDelete';
import { keepBaseline } from './fieldBaselines';
import { fromSql, toSql } from './columns';
import type { RowWriter } from './rowWriter';
import type { PendingChange, ValidChange } from './validateChange';

/** Every message and chapter update the call writes carries `author` (null: unknown) and this moment's wall time. */
export function applyChanges(writer: RowWriter, clock: LogClock, changes: readonly PendingChange[], author: Person | null = null): void {
  const by = authorshipOf(author);
  if (author && changes.length > 0) noteAuthor(writer.database, author, by.wallTime!);
  const newRows = new Set<string>();
  for (const c of changes) applyChange(writer, clock, c, by, newRows);
  // An edit of a row another copy deleted earlier brings it back, exactly as a merge of the two would.
  settleTombstones(writer, changes.filter((c) => c.kind === 'field').map((c) => ({ dataset: c.table, row: c.id })));
  writer.saveClock(clock.current(), clock.merkleJson());
}

/** `newRows`: rows this call creates, whose fields hold nothing a baseline would keep (fieldBaselines.ts). */
function applyChange(writer: RowWriter, clock: LogClock, c: PendingChange, by: Authorship, newRows: Set<string>): void {
  switch (c.kind) {
    case 'field': {
      const row = `${c.table}\u0000${c.id}`;
      if (!newRows.has(row) && !keepBaseline(writer, { dataset: c.table, row: c.id, column: c.column })) newRows.add(row);
      writer.appendMessage(clock.send(), c.table, c.id, c.column, JSON.stringify(c.value), by);
      writer.setField(c.table, c.id, c.column, toSql(c.spec, c.value));
      return;
    }
    case 'tombstone':
      writer.appendMessage(clock.send(), c.table, c.id, TOMBSTONE, JSON.stringify(c.value), by);
      writer.setField(c.table, c.id, TOMBSTONE, c.value ? 1 : 0);
      return;
    case 'chapterBody':
      writer.setChapterBody(c.id, c.value, by);
      return;
    case 'assetBytes':
      writer.putBlob(c.id, Buffer.from(c.value, 'base64'));
      return;
    case 'chapterUpdate':
      // The stored JSON is derived from the Yjs document only: whatever the editor thinks it holds is not trusted.
      writer.appendChapterUpdate(c.id, c.update, by);
      writer.refreshChapterBody(c.id);
      return;
  }
}

/** The changes that would restore what `changes` overwrite (undo), read before they are applied. */
export function inverseOf(writer: RowWriter, changes: readonly ValidChange[]): FieldChange[] {
  const inverse: FieldChange[] = [];
  const seen = new Set<string>();
  for (const c of changes) {
    const key = `${c.table}\u0000${c.id}\u0000${c.column}`;
    if (c.kind === 'assetBytes' || seen.has(key)) continue; // blobs are immutable; the first old value is the one to restore
    seen.add(key);
    const old = writer.getField(c.table, c.id, c.column);
    if (!old.exists) {
      inverse.push({ table: c.table, id: c.id, column: TOMBSTONE, value: true });
    } else if (c.kind === 'field') {
      inverse.push({ table: c.table, id: c.id, column: c.column, value: fromSql(c.spec, old.value) });
    } else if (c.kind === 'tombstone') {
      inverse.push({ table: c.table, id: c.id, column: TOMBSTONE, value: old.value === 1 || old.value === 1n });
    } else {
      inverse.push({ table: c.table, id: c.id, column: c.column, value: JSON.parse(String(old.value)) });
    }
  }
  return inverse.reverse();
}
