// Merging two copies of a plan: union of their change logs (latest timestamp wins per field),
// union of chapter Yjs updates (bodies recomputed), union of asset bytes.
import type { Database } from 'better-sqlite3';
import { TOMBSTONE, type TableName } from '../../../shared/domain/plan';
import { mergePerson, readPeople, type Authorship } from './authorship';
import type { LogClock } from './clock';
import { settleTombstones } from './editAfterDelete';
import { decidingValue, keepBaseline, type FieldRef } from './fieldBaselines';
import { toSql } from './columns';
import type { OpenOptions } from './openPlanFile';
import { prepareCopy, restamperFor } from './clockSafety';
import { checkIncomingLog } from './incomingLog';
import { assertSamePlan } from './planIdentity';
import { openPlanFile, type PlanFile } from './planFile';
import { sha256Hex, type RowWriter } from './rowWriter';
import { validateChange } from './validateChange';
import { mergeVersions } from './versionMerge';
import type { VersionNews } from '../../../shared/api/calls/merge';

export type MergeResult = {
  newMessages: number;
  touchedFields: number;
  newChapterUpdates: number;
  newBlobs: number;
  /** Versions this plan lacked or still showed though the source deleted them. */
  newVersions: VersionNews[];
  /** Persons this plan lacked or knew by an older name. */
  newPeople: number;
  /** Re-stamp records this plan lacked (clockSafety.ts). */
  newRestamps: number;
  /** Baselines (values no message wrote) this plan lacked or kept smaller (fieldBaselines.ts). */
  newBaselines: number;
};

/**
 * Whether the merge brought anything into the file. A change can bring log entries without changing a value the plan
 * shows (a comment reopened that was open, a field set back): the file must still take them, or a later merge in
 * another order sorts the same field differently and shows other authors («Endret av»).
 */
export const broughtAnything = (r: MergeResult): boolean =>
  r.newMessages + r.newChapterUpdates + r.newBlobs + r.newVersions.length + r.newPeople + r.newRestamps + r.newBaselines > 0;

type Message = { timestamp: string; dataset: string; row: string; column: string; value: string };

/** Merges `source` into the target's database (pure over two open databases; the caller owns both). */
export function mergeDatabases(target: { db: Database; writer: RowWriter; clock: LogClock }, source: Database): MergeResult {
  const { db, writer, clock } = target;
  const result: MergeResult = { newMessages: 0, touchedFields: 0, newChapterUpdates: 0, newBlobs: 0, newVersions: [], newPeople: 0, newRestamps: 0, newBaselines: 0 };
  db.transaction(() => {
    const touched = new Map<string, Omit<Message, 'timestamp' | 'value'>>();
    for (const p of readPeople(source)) if (mergePerson(db, p)) result.newPeople++;
    for (const m of source.prepare('SELECT timestamp, dataset, "row", "column", value, author, wallTime FROM messages_crdt ORDER BY timestamp').iterate() as Iterable<Message & Authorship>) {
      const key = `${m.dataset}\u0000${m.row}\u0000${m.column}`;
      // A value no message wrote is kept before the copy's first change of the field overwrites it (fieldBaselines.ts).
      if (!touched.has(key) && !writer.message(m.timestamp)) keepBaseline(writer, m);
      if (!writer.appendMessage(m.timestamp, m.dataset, m.row, m.column, m.value, m)) continue;
      result.newMessages++;
      clock.recv(m.timestamp);
      touched.set(key, { dataset: m.dataset, row: m.row, column: m.column });
    }
    result.newBaselines = takeBaselines(writer, source, touched);
    const restamps = takeRestamps(writer, source);
    result.newRestamps = restamps.recorded;
    for (const f of restamps.fields) touched.set(`${f.dataset}\u0000${f.row}\u0000${f.column}`, f);
    for (const f of touched.values()) if (applyLatest(writer, f)) result.touchedFields++;
    settleTombstones(writer, touched.values());
    const chapters = new Set<string>();
    for (const u of source.prepare('SELECT chapterId, "update" AS u, author, wallTime FROM chapterUpdates ORDER BY id').iterate() as Iterable<{ chapterId: string; u: Buffer } & Authorship>) {
      if (writer.appendChapterUpdate(u.chapterId, new Uint8Array(u.u), u)) {
        result.newChapterUpdates++;
        chapters.add(u.chapterId);
      }
    }
    for (const id of chapters) writer.refreshChapterBody(id);
    const known = new Set((db.prepare('SELECT id FROM assetBlobs').all() as { id: string }[]).map((r) => r.id));
    for (const b of source.prepare('SELECT id, bytes FROM assetBlobs').iterate() as Iterable<{ id: string; bytes: Buffer }>) {
      if (known.has(b.id) || sha256Hex(b.bytes) !== b.id) continue; // content-addressed: a blob whose bytes do not match is damage
      writer.putBlob(b.id, b.bytes);
      result.newBlobs++;
    }
    result.newVersions = mergeVersions(db, source);
    writer.saveClock(clock.current(), clock.merkleJson());
  })();
  return result;
}

/**
 * Takes in the source's record of re-stamped changes (so a copy merged again adds nothing here either). A change of
 * ours that the source re-stamped (made here while this machine's clock ran ahead) keeps only its re-stamped message,
 * as the source has it, so both files converge; a record whose two messages differ is not one and changes nothing.
 */
function takeRestamps(writer: RowWriter, source: Database): { recorded: number; fields: Omit<Message, 'timestamp' | 'value'>[] } {
  const fields: Omit<Message, 'timestamp' | 'value'>[] = [];
  let recorded = 0;
  const theirs = source.prepare('SELECT dataset, "row", "column", value FROM messages_crdt WHERE timestamp = ?');
  for (const r of source.prepare('SELECT original, timestamp FROM messages_restamped').iterate() as Iterable<{ original: string; timestamp: string }>) {
    if (writer.recordRestamp(r.original, r.timestamp)) recorded++;
    const ours = writer.message(r.original);
    const restamped = theirs.get(r.timestamp) as Omit<Message, 'timestamp'> | undefined;
    if (!ours || !restamped || r.original === r.timestamp) continue;
    if (ours.dataset !== restamped.dataset || ours.row !== restamped.row || ours.column !== restamped.column || ours.value !== restamped.value) continue;
    writer.deleteMessage(r.original);
    fields.push({ dataset: ours.dataset, row: ours.row, column: ours.column });
  }
  return { recorded, fields };
}

/**
 * Takes in the source's baselines (values no message wrote, fieldBaselines.ts), keeping first any of ours they would
 * overwrite; the fields they change join `touched`. Returns how many this plan lacked or kept smaller.
 */
function takeBaselines(writer: RowWriter, source: Database, touched: Map<string, FieldRef>): number {
  let taken = 0;
  for (const b of source.prepare('SELECT dataset, "row", "column", after, value FROM fieldBaselines ORDER BY 1, 2, 3, 4').iterate() as Iterable<FieldRef & { after: string; value: string }>) {
    const key = `${b.dataset}\u0000${b.row}\u0000${b.column}`;
    if (!touched.has(key)) keepBaseline(writer, b);
    if (!writer.putBaseline(b.dataset, b.row, b.column, b.after, b.value)) continue;
    taken++;
    touched.set(key, { dataset: b.dataset, row: b.row, column: b.column });
  }
  return taken;
}

/** Writes the field's value from its latest message (or the baseline kept right after it); a value that does not validate stays in the log only. */
export function applyLatest(writer: RowWriter, f: FieldRef): boolean {
  const value = decidingValue(writer, f);
  if (value === undefined) return false;
  try {
    const change = validateChange({ table: f.dataset as TableName, id: f.row, column: f.column, value: JSON.parse(value) });
    if (change.kind === 'field') writer.setField(change.table, change.id, change.column, toSql(change.spec, change.value));
    else if (change.kind === 'tombstone') writer.setField(change.table, change.id, TOMBSTONE, change.value ? 1 : 0);
    else return false;
    return true;
  } catch {
    return false;
  }
}

/** Merges the plan file at `otherPath` (opened read-only, with every open check) into `file`; another plan is refused (OTHER_PLAN). */
export function mergeFrom(file: PlanFile, otherPath: string, opts: OpenOptions = {}): MergeResult {
  const other = openPlanFile(otherPath, { ...opts, readOnly: true });
  try {
    assertSamePlan(file.database, other.database);
    checkIncomingLog(file.database, other.database);
    const prepared = prepareCopy(file.database, other.database, restamperFor(file.logClock, Date.now()), opts);
    try {
      return mergeDatabases({ db: file.database, writer: file.rowWriter, clock: file.logClock }, prepared.db);
    } finally {
      prepared.close();
    }
  } finally {
    other.close();
  }
}
