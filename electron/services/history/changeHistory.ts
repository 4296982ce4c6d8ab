// Reads who changed what from the plan file's log: every message and chapter update carries its author and wall time
// (migration 0006); older ones have neither and show as «ukjent» with the time of their log timestamp.
import type { Database } from 'better-sqlite3';
import type { ChangeStamp, FieldHistoryEntry } from '../../../shared/api/calls/history';
import type { Person } from '../../../shared/domain/person';
import { TOMBSTONE } from '../../../shared/domain/plan';
import { valueText } from '../../../shared/merge/valueText';
import { readPeople } from '../store/authorship';

type Stamped = { author: string | null; wallTime: number | null; timestamp?: string };

/** The HLC timestamp's own time («2026-12-07T05:12:00.000Z-0000-…»): what an old message's time was. */
const hlcMillis = (timestamp: string): number => Date.parse(timestamp.slice(0, 24));

function peopleById(db: Database): Map<string, Person> {
  return new Map(readPeople(db).map(({ stamp: _stamp, ...p }) => [p.id, p]));
}

const millisOf = (s: Stamped): number => s.wallTime ?? (s.timestamp ? hlcMillis(s.timestamp) : 0);
const stampOf = (s: Stamped, people: Map<string, Person>): ChangeStamp => ({
  author: (s.author && people.get(s.author)) || null,
  at: new Date(millisOf(s)).toISOString(),
});

/**
 * The last change of every row in `table`: its newest log message (log order, as merges decide), and for chapters the
 * newest text update when that is later by the authors' clocks (ties: the greater author id, so every copy agrees).
 */
export function lastChanges(db: Database, table: string): Record<string, ChangeStamp> {
  const people = peopleById(db);
  const latest = new Map<string, Stamped>();
  // SQLite takes the bare columns of an aggregate query from the row holding max(): the newest message of each row.
  const rows = db.prepare('SELECT "row" AS id, max(timestamp) AS timestamp, author, wallTime FROM messages_crdt WHERE dataset = ? GROUP BY "row"').all(table) as (Stamped & { id: string })[];
  for (const { id, ...s } of rows) latest.set(id, s);
  if (table === 'chapters') {
    for (const u of db.prepare('SELECT chapterId AS id, author, wallTime FROM chapterUpdates WHERE wallTime IS NOT NULL').iterate() as Iterable<Stamped & { id: string }>) {
      const held = latest.get(u.id);
      if (!held || laterThan(u, held)) latest.set(u.id, { author: u.author, wallTime: u.wallTime });
    }
  }
  const out: Record<string, ChangeStamp> = {};
  for (const [id, s] of latest) out[id] = stampOf(s, people);
  return out;
}

function laterThan(a: Stamped, b: Stamped): boolean {
  const [ma, mb] = [millisOf(a), millisOf(b)];
  return ma !== mb ? ma > mb : (a.author ?? '') > (b.author ?? '');
}

/** Every value the field has had, newest first, as text, with author and time. */
export function fieldHistory(db: Database, table: string, id: string, column: string): FieldHistoryEntry[] {
  const people = peopleById(db);
  const rows = db
    .prepare('SELECT timestamp, value, author, wallTime FROM messages_crdt WHERE dataset = ? AND "row" = ? AND "column" = ? ORDER BY timestamp DESC')
    .all(table, id, column) as (Stamped & { timestamp: string; value: string })[];
  return rows.map((r) => {
    const value = parseValue(r.value);
    return { ...stampOf(r, people), text: column === TOMBSTONE ? '' : valueText(value), value, deleted: column === TOMBSTONE && value === true };
  });
}

function parseValue(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}
