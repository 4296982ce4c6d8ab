// Writes validated changes: each logged field gets an HLC message and its row field, in the caller's transaction.
import { TOMBSTONE, type FieldChange } from '../../../shared/domain/plan';
import type { LogClock } from './clock';
import { settleTombstones } from './editAfterDelete';
import { fromSql, toSql } from './columns';
import type { RowWriter } from './rowWriter';
import type { PendingChange, ValidChange } from './validateChange';

export function applyChanges(writer: RowWriter, clock: LogClock, changes: readonly PendingChange[]): void {
  for (const c of changes) applyChange(writer, clock, c);
  // An edit of a row another copy deleted earlier brings it back, exactly as a merge of the two would.
  settleTombstones(writer, changes.filter((c) => c.kind === 'field').map((c) => ({ dataset: c.table, row: c.id })));
  writer.saveClock(clock.current(), clock.merkleJson());
}

function applyChange(writer: RowWriter, clock: LogClock, c: PendingChange): void {
  switch (c.kind) {
    case 'field':
      writer.appendMessage(clock.send(), c.table, c.id, c.column, JSON.stringify(c.value));
      writer.setField(c.table, c.id, c.column, toSql(c.spec, c.value));
      return;
    case 'tombstone':
      writer.appendMessage(clock.send(), c.table, c.id, TOMBSTONE, JSON.stringify(c.value));
      writer.setField(c.table, c.id, TOMBSTONE, c.value ? 1 : 0);
      return;
    case 'chapterBody':
      writer.setChapterBody(c.id, c.value);
      return;
    case 'assetBytes':
      writer.putBlob(c.id, Buffer.from(c.value, 'base64'));
      return;
    case 'chapterUpdate':
      writer.appendChapterUpdate(c.id, c.update);
      if (c.body !== null) writer.setField('chapters', c.id, 'body', JSON.stringify(c.body));
      else writer.refreshChapterBody(c.id);
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
