// «The plan as it was at version V»: the open plan's database cloned in memory, with the messages V does not include
// taken out of the log (each touched field set again from what is left, rows V had not seen removed) and every
// chapter's text rebuilt from its Yjs snapshot; then read as readPlan reads it. Neither the file nor the version changes.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { PlanverkError } from '../../../shared/api/errors';
import { TABLE_NAMES, type PlanData, type TableName } from '../../../shared/domain/plan';
import type { PlanView } from '../../../shared/domain/planView';
import { positionIncludes, type LogPosition } from '../../../shared/domain/version';
import { applyLatest } from '../store/merge';
import { settleTombstones } from '../store/editAfterDelete';
import { columnSpec } from '../store/columns';
import { readPlanData, readPlanView } from '../store/readPlan';
import { RowWriter } from '../store/rowWriter';
import { chapterAtVersion } from './chapterAtVersion';
import { versionRow, versionSnapshots } from './versionRows';

type Field = { dataset: string; row: string; column: string };
const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The plan at version `id` of the plan in `db` (NOT_FOUND when there is no such live version). */
export function planAtVersion(db: Db, id: string, binding: { nativeBinding?: string } = {}): PlanData {
  return readAtVersion(db, id, binding, (at) => readPlanData(at));
}

/** The same plan as the UI reads it: asset sizes, no bytes. */
export function viewAtVersion(db: Db, id: string, binding: { nativeBinding?: string } = {}): PlanView {
  return readAtVersion(db, id, binding, (at) => readPlanView(at));
}

function readAtVersion<T>(db: Db, id: string, binding: { nativeBinding?: string }, read: (at: Db) => T): T {
  const at = databaseAtVersion(db, id, binding);
  try {
    return read(at);
  } finally {
    at.close();
  }
}

/** An in-memory plan database holding exactly what the file held at version `id`; the caller closes it. */
export function databaseAtVersion(db: Db, id: string, binding: { nativeBinding?: string } = {}): Db {
  const version = versionRow(db, id);
  if (!version) throw new PlanverkError('NOT_FOUND', id, { key: 'versionNotFound' });
  const snapshots = versionSnapshots(db, id);
  const clone = new Database(db.serialize(), binding.nativeBinding ? { nativeBinding: binding.nativeBinding } : {});
  try {
    clone.transaction(() => {
      const writer = new RowWriter(clone);
      rewindLog(clone, writer, version.logClock);
      rewindChapters(clone, writer, snapshots);
    })();
    return clone;
  } catch (err) {
    clone.close();
    throw err;
  }
}

/**
 * Whether a message in the log was there at `position`. A message this file keeps only re-stamped (clock safety) counts
 * when either stamp is included: the version may have been made where the original stamp was in the log.
 */
export function logInclusion(db: Db, position: LogPosition): (timestamp: string) => boolean {
  const originals = new Map<string, string[]>();
  for (const r of db.prepare('SELECT original, timestamp FROM messages_restamped').iterate() as Iterable<{ original: string; timestamp: string }>) {
    originals.set(r.timestamp, [...(originals.get(r.timestamp) ?? []), r.original]);
  }
  return (ts) => positionIncludes(position, ts) || (originals.get(ts)?.some((o) => positionIncludes(position, o)) ?? false);
}

function rewindLog(db: Db, writer: RowWriter, position: LogPosition): void {
  const included = logInclusion(db, position);
  const touched = new Map<string, Field>();
  const drop = db.prepare('DELETE FROM messages_crdt WHERE timestamp = ?');
  const all = db.prepare('SELECT timestamp, dataset, "row", "column" FROM messages_crdt').all() as (Field & { timestamp: string })[];
  for (const m of all) {
    if (included(m.timestamp)) continue;
    drop.run(m.timestamp);
    touched.set(`${m.dataset}\u0000${m.row}\u0000${m.column}`, m);
  }
  // A row with no message left may still have been there: a baseline from before its first message says so.
  const rowHasMessages = db
    .prepare(`SELECT 1 FROM messages_crdt WHERE dataset = @table AND "row" = @row UNION ALL SELECT 1 FROM fieldBaselines WHERE dataset = @table AND "row" = @row AND after = '' LIMIT 1`)
    .pluck();
  for (const f of touched.values()) {
    if (!(TABLE_NAMES as readonly string[]).includes(f.dataset)) continue;
    const table = f.dataset as TableName;
    if (rowHasMessages.get({ table, row: f.row }) === undefined) {
      db.prepare(`DELETE FROM ${q(table)} WHERE "id" = ?`).run(f.row); // the version had not seen this row at all
    } else if (!applyLatest(writer, f)) { // the latest message V includes, or the value a migration gave (fieldBaselines.ts)
      resetField(writer, table, f.row, f.column);
    }
  }
  settleTombstones(writer, touched.values());
}

/** A field the version had no message for had its default (the row existed; the field was first set later). */
function resetField(writer: RowWriter, table: TableName, row: string, column: string): void {
  if (column === 'tombstone') writer.setField(table, row, column, 0);
  else {
    const spec = columnSpec(table, column);
    if (spec) writer.setField(table, row, column, spec.sqlDefault);
  }
}

function rewindChapters(db: Db, writer: RowWriter, snapshots: ReadonlyMap<string, Uint8Array>): void {
  const chapterIds = db.prepare('SELECT DISTINCT chapterId FROM chapterUpdates').pluck().all() as string[];
  const remove = db.prepare('DELETE FROM chapterUpdates WHERE chapterId = ?');
  for (const id of chapterIds) {
    const snapshot = snapshots.get(id);
    if (!snapshot) {
      remove.run(id); // a chapter made after the version
      continue;
    }
    const then = chapterAtVersion(id, writer.chapterUpdates(id), snapshot);
    if (!then) continue; // unchanged since the version: body and updates stay as they are
    remove.run(id);
    writer.appendChapterUpdate(id, then.update);
    if (writer.getField('chapters', id, 'id').exists) writer.setField('chapters', id, 'body', then.body);
  }
}
