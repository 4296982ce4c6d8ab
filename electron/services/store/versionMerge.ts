// Versions travel with copies (issue 16): the versions rows merge by union on id, a deletion wins (deleted only ever
// goes 0 → 1, so every merge order agrees), and chapter snapshots are kept only for versions still alive.
import type { Database } from 'better-sqlite3';
import { Id } from '../../../shared/domain/plan';
import { LogPositionSchema, VERSION_NAME_MAX, VERSION_NOTE_MAX, VersionAuthorSchema, VersionKindSchema } from '../../../shared/domain/version';
import { isChapterSnapshot } from '../../../shared/editor';
import type { VersionNews } from '../../../shared/api/calls/merge';

type VersionRowSql = { id: unknown; name: unknown; note: unknown; kind: unknown; createdAt: unknown; author: unknown; logClock: unknown; deleted: unknown };

/**
 * Takes in the source's versions; returns those this plan did not have (a version the copy made, or one it deleted
 * that this plan still showed), by name, for the merge preview. A deleted version this plan never had is not news
 * to anyone reading the plan, but its tombstone is taken in all the same.
 */
export function mergeVersions(db: Database, source: Database): VersionNews[] {
  const news: VersionNews[] = [];
  const insert = db.prepare('INSERT OR IGNORE INTO versions (id, name, note, kind, createdAt, author, logClock, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const deleteOne = db.prepare('UPDATE versions SET deleted = 1 WHERE id = ? AND deleted = 0');
  for (const v of source.prepare('SELECT id, name, note, kind, createdAt, author, logClock, deleted FROM versions').iterate() as Iterable<VersionRowSql>) {
    const name = String(v.name);
    if (insert.run(v.id, v.name, v.note, v.kind, v.createdAt, v.author, v.logClock, v.deleted).changes > 0) news.push({ name, change: v.deleted === 1 ? 'deleted' : 'new' });
    else if (v.deleted === 1 && deleteOne.run(v.id).changes > 0) news.push({ name, change: 'deleted' });
  }
  const snapshot = db.prepare('INSERT OR IGNORE INTO versionChapters (versionId, chapterId, snapshot) VALUES (?, ?, ?)');
  for (const s of source.prepare('SELECT versionId, chapterId, snapshot FROM versionChapters').iterate() as Iterable<{ versionId: string; chapterId: string; snapshot: Buffer }>) {
    snapshot.run(s.versionId, s.chapterId, s.snapshot);
  }
  db.prepare('DELETE FROM versionChapters WHERE versionId NOT IN (SELECT id FROM versions WHERE deleted = 0)').run();
  return news;
}

/** How many of the copy's versions rows (and their snapshots) this plan lacks and cannot take: each must be well-formed. */
export function invalidIncomingVersions(target: Database, copy: Database): number {
  const known = target.prepare('SELECT 1 FROM versions WHERE id = ?').pluck();
  let invalid = 0;
  const ids = new Set<string>();
  for (const v of copy.prepare('SELECT id, name, note, kind, createdAt, author, logClock, deleted FROM versions').iterate() as Iterable<VersionRowSql>) {
    if (typeof v.id === 'string') ids.add(v.id);
    if (typeof v.id === 'string' && known.get(v.id) !== undefined && (v.deleted === 0 || v.deleted === 1)) continue;
    if (!validVersionRow(v)) invalid++;
  }
  const snapshotKnown = target.prepare('SELECT 1 FROM versionChapters WHERE versionId = ? AND chapterId = ?').pluck();
  for (const s of copy.prepare('SELECT versionId, chapterId, snapshot FROM versionChapters').iterate() as Iterable<{ versionId: unknown; chapterId: unknown; snapshot: unknown }>) {
    if (snapshotKnown.get(s.versionId, s.chapterId) !== undefined) continue;
    const ok = typeof s.versionId === 'string' && ids.has(s.versionId) && Id.safeParse(s.chapterId).success && Buffer.isBuffer(s.snapshot) && isChapterSnapshot(new Uint8Array(s.snapshot));
    if (!ok) invalid++;
  }
  return invalid;
}

function validVersionRow(v: VersionRowSql): boolean {
  if (!Id.safeParse(v.id).success || (v.deleted !== 0 && v.deleted !== 1)) return false;
  if (typeof v.name !== 'string' || v.name.length > VERSION_NAME_MAX || typeof v.note !== 'string' || v.note.length > VERSION_NOTE_MAX) return false;
  if (!VersionKindSchema.safeParse(v.kind).success || typeof v.createdAt !== 'string' || Number.isNaN(Date.parse(v.createdAt))) return false;
  return parsesAs(v.author, (j) => j === null || VersionAuthorSchema.safeParse(j).success, true) && parsesAs(v.logClock, (j) => LogPositionSchema.safeParse(j).success, false);
}

function parsesAs(json: unknown, ok: (value: unknown) => boolean, nullable: boolean): boolean {
  if (json === null) return nullable;
  if (typeof json !== 'string' || json.length > 100_000) return false;
  try {
    return ok(JSON.parse(json));
  } catch {
    return false;
  }
}
