// «An edit made after a delete keeps the row alive»: a row's stored tombstone is a function of its change log, not
// only of its latest tombstone message. It is deleted when the latest tombstone message says so and no other copy
// (another clock node) edited one of its fields later; a later edit from another copy restores it. Position changes
// (sortKey) do not count: reordering the siblings of a row someone deleted is no wish to keep it. Every path that adds
// messages for a row (local edits, merges) settles it here, so every merge order gives the same rows.
import { TABLE_NAMES, type TableName } from '../../../shared/domain/plan';
import type { RowWriter } from './rowWriter';

/** The clock node of an HLC timestamp ("2026-…Z-0000-0123456789ABCDEF"): one per editing session. */
const nodeOf = (timestamp: string): string => timestamp.slice(-16);

/** Recomputes the tombstone of each row from its log; returns the rows an edit after their delete kept alive. */
export function settleTombstones(writer: RowWriter, rows: Iterable<{ dataset: string; row: string }>): Array<{ table: TableName; id: string }> {
  const restored: Array<{ table: TableName; id: string }> = [];
  const seen = new Set<string>();
  for (const { dataset, row } of rows) {
    const k = `${dataset}\u0000${row}`;
    if (seen.has(k) || !(TABLE_NAMES as readonly string[]).includes(dataset)) continue;
    seen.add(k);
    const deleted = writer.latestMessage(dataset, row, 'tombstone');
    if (!deleted || (deleted.value !== 'true' && deleted.value !== '1')) continue;
    const kept = writer.editAfter(dataset, row, deleted.timestamp, nodeOf(deleted.timestamp));
    const table = dataset as TableName;
    if (!writer.getField(table, row, 'tombstone').exists) continue;
    writer.setField(table, row, 'tombstone', kept ? 0 : 1);
    if (kept) restored.push({ table, id: row });
  }
  return restored;
}
