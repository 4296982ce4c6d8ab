// Fields both copies changed since they split: each side has messages for the field that the other side lacks.
import type { Database } from 'better-sqlite3';
import type { ConflictAuthor, MergeConflict } from '../../../shared/api/calls/merge';
import { TABLE_NAMES, type PlanData, type TableName } from '../../../shared/domain/plan';
import { compareIds } from '../../../shared/domain/rowOrder';
import { readPerson } from '../store/authorship';
import { labelRow } from './planDiff';

export type Message = { timestamp: string; dataset: string; row: string; column: string; value: string; author?: string | null };
type Latest = Map<string, Message>;

// Positions are not values an adviser recognises (two people moved the same row); the later move wins all the same.
const NOT_SHOWN = new Set(['sortKey']);

/** Per field, the latest of `db`'s messages that `other` does not have. */
export function unsharedLatest(db: Database, other: Database): Latest {
  const has = other.prepare('SELECT 1 FROM messages_crdt WHERE timestamp = ?').pluck();
  const latest: Latest = new Map();
  for (const m of db.prepare('SELECT timestamp, dataset, "row", "column", value, author FROM messages_crdt ORDER BY timestamp').iterate() as Iterable<Message>) {
    if (has.get(m.timestamp) !== undefined) continue;
    latest.set(`${m.dataset}\u0000${m.row}\u0000${m.column}`, m); // ordered by timestamp: the last one set is the latest
  }
  return latest;
}

type ReportRow = { table: TableName; rowLabel: string; rowId: string };

/**
 * The merge report's order: by table, then by the row's name as an adviser reads it (Norwegian alphabet), then by row
 * id, so two rows of the same name are listed alike whichever copy was merged first.
 */
export function compareReportRows(a: ReportRow, b: ReportRow): number {
  return TABLE_NAMES.indexOf(a.table) - TABLE_NAMES.indexOf(b.table) || a.rowLabel.localeCompare(b.rowLabel, 'nb') || compareIds(a.rowId, b.rowId);
}

/** HLC timestamps start with the ISO time of the edit ("2026-11-23T13:05:00.000Z-0000-…"). */
export const timeOf = (timestamp: string): string => timestamp.slice(0, 24);

/**
 * Conflicts between the open plan (`here`) and the copy, each with both values and the winner, which is the later
 * edit (greatest timestamp), exactly as the merge applies it. Fields set to the same value on both sides are no conflict.
 */
export function findConflicts(hereDb: Database, copyDb: Database, plans: readonly PlanData[]): MergeConflict[] {
  const ours = unsharedLatest(hereDb, copyDb);
  if (ours.size === 0) return [];
  const theirs = unsharedLatest(copyDb, hereDb);
  const conflicts: MergeConflict[] = [];
  for (const [key, mine] of ours) {
    const other = theirs.get(key);
    if (!other || other.value === mine.value || NOT_SHOWN.has(mine.column)) continue;
    if (!(TABLE_NAMES as readonly string[]).includes(mine.dataset)) continue;
    const table = mine.dataset as TableName;
    const here = parse(mine.value);
    const copy = parse(other.value);
    conflicts.push({
      table,
      rowId: mine.row,
      rowLabel: labelRow(plans, table, mine.row),
      column: mine.column,
      here,
      copy,
      hereAt: timeOf(mine.timestamp),
      copyAt: timeOf(other.timestamp),
      winner: other.timestamp > mine.timestamp ? 'copy' : 'here',
      hereAuthor: authorOf(hereDb, mine),
      copyAuthor: authorOf(copyDb, other),
    });
  }
  return conflicts.sort((a, b) => compareReportRows(a, b) || compareIds(a.column, b.column));
}

/** Who wrote the message, as its file knows the person (null for messages from before authors were recorded). */
function authorOf(db: Database, m: Message): ConflictAuthor | null {
  const person = m.author ? readPerson(db, m.author) : undefined;
  return person ? { id: person.id, name: person.name, group: person.group } : null;
}

export function parse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}
