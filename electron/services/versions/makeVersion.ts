// Making a version: the change log's position and every chapter's Yjs snapshot, written as one versions row.
import type { Database } from 'better-sqlite3';
import { PlanverkError } from '../../../shared/api/errors';
import { randomId } from '../../../shared/domain/ids';
import { VERSION_NAME_MAX, VERSION_NOTE_MAX, type LogPosition, type VersionAuthor, type VersionInfo, type VersionKind } from '../../../shared/domain/version';
import { chapterSnapshot } from '../../../shared/editor';
import type { PlanFile } from '../store';
import { insertVersion, versionInfo, type VersionRow } from './versionRows';

export type NewVersion = { name: string; note?: string; kind?: VersionKind; author?: VersionAuthor | null; now?: Date; id?: string };

/** Where the log ends now: each clock node's latest timestamp. */
export function currentLogPosition(db: Database): LogPosition {
  const rows = db.prepare('SELECT substr(timestamp, -16) AS node, max(timestamp) AS latest FROM messages_crdt GROUP BY node').all() as { node: string; latest: string }[];
  return Object.fromEntries(rows.map((r) => [r.node, r.latest]));
}

/** Each chapter's snapshot now: every chapter row (deleted ones too) and every chapter with stored updates. */
export function currentChapterSnapshots(db: Database): Map<string, Uint8Array> {
  const ids = db.prepare('SELECT id FROM chapters UNION SELECT chapterId FROM chapterUpdates ORDER BY 1').pluck().all() as string[];
  const updates = db.prepare('SELECT "update" FROM chapterUpdates WHERE chapterId = ? ORDER BY id').pluck();
  return new Map(ids.map((id) => [id, chapterSnapshot((updates.all(id) as Buffer[]).map((b) => new Uint8Array(b)))]));
}

/** A version as it would be written now; `saveVersion` writes it (an export writes it only once the file is there). */
export type PreparedVersion = { row: VersionRow; chapters: Map<string, Uint8Array> };

export function prepareVersion(file: PlanFile, v: NewVersion): PreparedVersion {
  const info = file.info();
  if (info.readOnly || info.problem) throw new PlanverkError('READ_ONLY');
  const name = v.name.trim();
  if (!name) throw new PlanverkError('INVALID_ARGS', 'name', { key: 'versionNameMissing' });
  const db = file.database;
  const row: VersionRow = {
    id: v.id ?? randomId(),
    name: name.slice(0, VERSION_NAME_MAX),
    note: (v.note ?? '').trim().slice(0, VERSION_NOTE_MAX),
    kind: v.kind ?? 'named',
    createdAt: (v.now ?? new Date()).toISOString(),
    author: v.author === undefined ? file.currentAuthor : v.author,
    logClock: currentLogPosition(db),
  };
  return { row, chapters: currentChapterSnapshots(db) };
}

export function saveVersion(file: PlanFile, prepared: PreparedVersion): VersionInfo {
  const db = file.database;
  db.transaction(() => insertVersion(db, prepared.row, prepared.chapters))();
  return versionInfo(prepared.row);
}

export function makeVersion(file: PlanFile, v: NewVersion): VersionInfo {
  return saveVersion(file, prepareVersion(file, v));
}
