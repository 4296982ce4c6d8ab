// The versions and versionChapters tables of a plan file: writing, reading and deleting the rows (schema.ts).
import type { Database } from 'better-sqlite3';
import { VersionAuthorSchema, VersionKindSchema, LogPositionSchema, type LogPosition, type VersionInfo, type VersionKind, type VersionAuthor } from '../../../shared/domain/version';

export type VersionRow = VersionInfo & { logClock: LogPosition };
type Stored = { id: string; name: string; note: string; kind: string; createdAt: string; author: string | null; logClock: string };

export function insertVersion(db: Database, v: VersionRow, chapters: ReadonlyMap<string, Uint8Array>): void {
  db.prepare('INSERT INTO versions (id, name, note, kind, createdAt, author, logClock, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0)').run(
    v.id,
    v.name,
    v.note,
    v.kind,
    v.createdAt,
    v.author ? JSON.stringify(v.author) : null,
    JSON.stringify(v.logClock),
  );
  const chapter = db.prepare('INSERT INTO versionChapters (versionId, chapterId, snapshot) VALUES (?, ?, ?)');
  for (const [chapterId, snapshot] of chapters) chapter.run(v.id, chapterId, Buffer.from(snapshot));
}

/** The live versions, oldest first (ties by id, so every copy lists them alike). */
export function listVersionRows(db: Database): VersionRow[] {
  const rows = db.prepare('SELECT id, name, note, kind, createdAt, author, logClock FROM versions WHERE deleted = 0 ORDER BY createdAt, id').all() as Stored[];
  return rows.map(fromStored);
}

export function versionRow(db: Database, id: string): VersionRow | null {
  const row = db.prepare('SELECT id, name, note, kind, createdAt, author, logClock FROM versions WHERE id = ? AND deleted = 0').get(id) as Stored | undefined;
  return row ? fromStored(row) : null;
}

export function versionSnapshots(db: Database, id: string): Map<string, Uint8Array> {
  const rows = db.prepare('SELECT chapterId, snapshot FROM versionChapters WHERE versionId = ?').all(id) as { chapterId: string; snapshot: Buffer }[];
  return new Map(rows.map((r) => [r.chapterId, new Uint8Array(r.snapshot)]));
}

/** A deleted version stays as a tombstone (so a copy that still has it cannot bring it back); its snapshots go. */
export function markVersionDeleted(db: Database, id: string): void {
  db.transaction(() => {
    db.prepare('UPDATE versions SET deleted = 1 WHERE id = ?').run(id);
    db.prepare('DELETE FROM versionChapters WHERE versionId = ?').run(id);
  })();
}

export const versionInfo = ({ logClock: _position, ...info }: VersionRow): VersionInfo => info;

function fromStored(r: Stored): VersionRow {
  return {
    id: r.id,
    name: r.name,
    note: r.note,
    kind: VersionKindSchema.catch('named').parse(r.kind) as VersionKind,
    createdAt: r.createdAt,
    author: parseAuthor(r.author),
    logClock: LogPositionSchema.catch({}).parse(JSON.parse(r.logClock)),
  };
}

function parseAuthor(json: string | null): VersionAuthor | null {
  if (json === null) return null;
  try {
    return VersionAuthorSchema.parse(JSON.parse(json));
  } catch {
    return null;
  }
}
