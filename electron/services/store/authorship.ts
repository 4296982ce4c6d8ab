// Who wrote a change and when (issue 15 «Who»): every change-log message and chapter update carries its author's
// `people.id` and wall time; the `people` table carries the persons themselves, so a copy shows its authors' names.
import type { Database } from 'better-sqlite3';
import type { Person } from '../../../shared/domain/person';

/** What a write is stamped with; both null for rows written before migration 0004 (author unknown). */
export type Authorship = { author: string | null; wallTime: number | null };
export const UNKNOWN_AUTHOR: Authorship = { author: null, wallTime: null };

export type PersonRow = Person & { stamp: number };

export const authorshipOf = (person: Person | null, wallTime = Date.now()): Authorship => ({ author: person?.id ?? null, wallTime });

/** The row's text, the tie-break when two copies renamed a person at the same millisecond. */
const rowText = (p: Omit<PersonRow, 'id' | 'stamp'>): string => JSON.stringify([p.name, p.initials, p.group]);

/** Whether `a` wins over `b` for the same person: the later stamp, then the greater text. Commutative and idempotent. */
export function personWins(a: PersonRow, b: PersonRow): boolean {
  return a.stamp !== b.stamp ? a.stamp > b.stamp : rowText(a) > rowText(b);
}

export function readPerson(db: Database, id: string): PersonRow | undefined {
  return db.prepare('SELECT id, name, initials, "group", stamp FROM people WHERE id = ?').get(id) as PersonRow | undefined;
}

export function readPeople(db: Database): PersonRow[] {
  return db.prepare('SELECT id, name, initials, "group", stamp FROM people ORDER BY id').all() as PersonRow[];
}

/** Writes `row` unless the stored row for the same person wins over it (merging people by union). */
export function mergePerson(db: Database, row: PersonRow): boolean {
  const stored = readPerson(db, row.id);
  if (stored && !personWins(row, stored)) return false;
  db.prepare('INSERT INTO people (id, name, initials, "group", stamp) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, initials = excluded.initials, "group" = excluded."group", stamp = excluded.stamp').run(
    row.id,
    row.name,
    row.initials,
    row.group,
    row.stamp,
  );
  return true;
}

/** Notes the local writer in the plan: only when the plan lacks them or knows them by another name, later than before. */
export function noteAuthor(db: Database, person: Person, now: number): void {
  const stored = readPerson(db, person.id);
  if (stored && rowText(stored) === rowText(person)) return;
  mergePerson(db, { ...person, stamp: Math.max(now, (stored?.stamp ?? 0) + 1) });
}
