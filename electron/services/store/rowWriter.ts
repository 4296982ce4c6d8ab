// Prepared statements for the write paths (mutation, creation, merge): per-row drizzle calls are too slow here.
import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import * as Y from 'yjs';
import type { TableName } from '../../../shared/domain/plan';
import { diffToYUpdate, yStateToRichText } from '../../../shared/editor';
import { UNKNOWN_AUTHOR, type Authorship } from './authorship';
import { ChapterDocs } from './chapterDocs';

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;
/** More stored updates than this for one chapter are merged into one (issue 5: appended, compacted from time to time). */
export const COMPACT_AFTER_UPDATES = 200;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class RowWriter {
  private readonly cache = new Map<string, Statement>();
  private readonly docs: ChapterDocs;
  constructor(private readonly db: Database) {
    this.docs = new ChapterDocs(
      (chapterId) => this.chapterUpdates(chapterId),
      (chapterId) => this.stmt('SELECT count(*) || \':\' || ifnull(max(id), 0) FROM chapterUpdates WHERE chapterId = ?').pluck().get(chapterId) as string,
    );
  }

  get database(): Database {
    return this.db;
  }

  private stmt(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /** Insert-or-update of one field; the row's other columns take their defaults when it is new. */
  setField(table: TableName, id: string, column: string, sqlValue: unknown): void {
    this.stmt(`INSERT INTO ${q(table)} ("id", ${q(column)}) VALUES (?, ?) ON CONFLICT("id") DO UPDATE SET ${q(column)} = excluded.${q(column)}`).run(
      id,
      sqlValue,
    );
  }

  getField(table: TableName, id: string, column: string): { exists: boolean; value: unknown } {
    const row = this.stmt(`SELECT ${q(column)} AS v FROM ${q(table)} WHERE "id" = ?`).get(id) as { v: unknown } | undefined;
    return row ? { exists: true, value: row.v } : { exists: false, value: undefined };
  }

  /** Appends a message to the log with its author and wall time; returns false if that timestamp is already there (merge). */
  appendMessage(timestamp: string, dataset: string, row: string, column: string, valueJson: string, by: Authorship = UNKNOWN_AUTHOR): boolean {
    return this.stmt('INSERT OR IGNORE INTO messages_crdt (timestamp, dataset, "row", "column", value, author, wallTime) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      timestamp,
      dataset,
      row,
      column,
      valueJson,
      by.author,
      by.wallTime,
    ).changes === 1;
  }

  message(timestamp: string): { dataset: string; row: string; column: string; value: string } | undefined {
    return this.stmt('SELECT dataset, "row", "column", value FROM messages_crdt WHERE timestamp = ?').get(timestamp) as
      | { dataset: string; row: string; column: string; value: string }
      | undefined;
  }

  deleteMessage(timestamp: string): void {
    this.stmt('DELETE FROM messages_crdt WHERE timestamp = ?').run(timestamp);
  }

  /** Notes that a copy's change stamped `original` is in this log as `timestamp` (clockSafety.ts); false if noted already. */
  recordRestamp(original: string, timestamp: string): boolean {
    return this.stmt('INSERT OR IGNORE INTO messages_restamped (original, timestamp) VALUES (?, ?)').run(original, timestamp).changes === 1;
  }

  latestMessage(dataset: string, row: string, column: string): { timestamp: string; value: string } | undefined {
    return this.stmt(
      'SELECT timestamp, value FROM messages_crdt WHERE dataset = ? AND "row" = ? AND "column" = ? ORDER BY timestamp DESC LIMIT 1',
    ).get(dataset, row, column) as { timestamp: string; value: string } | undefined;
  }

  /**
   * The baseline kept for a field right after message `after` ('' = before its first message; fieldBaselines.ts), also
   * when this log holds that message re-stamped; of two that copies kept for the same place, the greater value.
   */
  baseline(dataset: string, row: string, column: string, after: string): string | undefined {
    return this.stmt(
      `SELECT value FROM fieldBaselines b WHERE dataset = ? AND "row" = ? AND "column" = ?
       AND (after = ? OR EXISTS (SELECT 1 FROM messages_restamped r WHERE r.original = b.after AND r.timestamp = ?)) ORDER BY value DESC LIMIT 1`,
    ).pluck().get(dataset, row, column, after, after) as string | undefined;
  }

  /** Keeps a baseline; of two for the same place the greater value stays (every merge order keeps the same). False: no change. */
  putBaseline(dataset: string, row: string, column: string, after: string, value: string): boolean {
    return this.stmt(
      `INSERT INTO fieldBaselines (dataset, "row", "column", after, value) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (dataset, "row", "column", after) DO UPDATE SET value = excluded.value WHERE excluded.value > value`,
    ).run(dataset, row, column, after, value).changes === 1;
  }

  /** Whether the log holds any message for the row. */
  rowLogged(dataset: string, row: string): boolean {
    return this.stmt('SELECT 1 FROM messages_crdt WHERE dataset = ? AND "row" = ? LIMIT 1').get(dataset, row) !== undefined;
  }

  /** Whether another clock node edited a field of the row (not its position) after `timestamp`. */
  editAfter(dataset: string, row: string, timestamp: string, node: string): boolean {
    return (
      this.stmt(
        `SELECT 1 FROM messages_crdt WHERE dataset = ? AND "row" = ? AND timestamp > ? AND "column" NOT IN ('tombstone', 'sortKey') AND substr(timestamp, -16) <> ? LIMIT 1`,
      ).get(dataset, row, timestamp, node) !== undefined
    );
  }

  /** Also notes this machine's wall clock: a copy saved on a machine whose clock ran behind is known by it (clockSafety.ts). */
  saveClock(timestamp: string, merkleJson: string): void {
    this.stmt("INSERT INTO meta (key, value) VALUES ('clock', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(timestamp);
    this.stmt("INSERT INTO meta (key, value) VALUES ('wallClock', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(new Date().toISOString());
    this.stmt('INSERT INTO messages_merkle (id, merkle) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET merkle = excluded.merkle').run(merkleJson);
  }

  putBlob(id: string, bytes: Uint8Array): void {
    this.stmt('INSERT OR IGNORE INTO assetBlobs (id, bytes) VALUES (?, ?)').run(id, Buffer.from(bytes));
  }

  chapterUpdates(chapterId: string): Uint8Array[] {
    const rows = this.stmt('SELECT "update" AS u FROM chapterUpdates WHERE chapterId = ? ORDER BY id').all(chapterId) as { u: Buffer }[];
    return rows.map((r) => new Uint8Array(r.u));
  }

  /** Stores a Yjs update of a chapter (with its author) unless the same bytes are already there; returns whether it was new. */
  appendChapterUpdate(chapterId: string, update: Uint8Array, by: Authorship = UNKNOWN_AUTHOR): boolean {
    const doc = this.docs.cached(chapterId);
    const added = this.insertChapterUpdate(chapterId, update, by);
    if (!added) return false;
    if (doc) this.docs.applied(chapterId, doc, update);
    if (this.chapterUpdateCount(chapterId) > COMPACT_AFTER_UPDATES) this.compactChapter(chapterId);
    return true;
  }

  /**
   * Replaces a chapter's many small updates (one per typing pause) with one merged update per author, stamped with
   * that author's latest wall time, so «Endret av» reads the same before and after. Safe for merging: a copy that
   * still holds the old updates brings them back in a merge, and Yjs applies content it already has as a no-op.
   */
  compactChapter(chapterId: string): void {
    const rows = this.stmt('SELECT "update" AS u, author, wallTime FROM chapterUpdates WHERE chapterId = ? ORDER BY id').all(chapterId) as { u: Buffer; author: string | null; wallTime: number | null }[];
    const byAuthor = new Map<string | null, { updates: Uint8Array[]; wallTime: number | null }>();
    for (const r of rows) {
      const group = byAuthor.get(r.author) ?? { updates: [], wallTime: null };
      group.updates.push(new Uint8Array(r.u));
      if (r.wallTime !== null) group.wallTime = Math.max(group.wallTime ?? r.wallTime, r.wallTime);
      byAuthor.set(r.author, group);
    }
    this.stmt('DELETE FROM chapterUpdates WHERE chapterId = ?').run(chapterId);
    for (const [author, group] of byAuthor) this.insertChapterUpdate(chapterId, Y.mergeUpdates(group.updates), { author, wallTime: group.wallTime });
    this.docs.compacted(chapterId);
  }

  private insertChapterUpdate(chapterId: string, update: Uint8Array, by: Authorship): boolean {
    return this.stmt('INSERT OR IGNORE INTO chapterUpdates (chapterId, hash, "update", author, wallTime) VALUES (?, ?, ?, ?, ?)').run(
      chapterId,
      sha256Hex(update),
      Buffer.from(update),
      by.author,
      by.wallTime,
    ).changes === 1;
  }

  private chapterUpdateCount(chapterId: string): number {
    return (this.stmt('SELECT count(*) AS n FROM chapterUpdates WHERE chapterId = ?').get(chapterId) as { n: number }).n;
  }

  /** Recomputes a chapter's body JSON from its Yjs document only (the body column is derived, never logged or sent). */
  refreshChapterBody(chapterId: string): void {
    this.setField('chapters', chapterId, 'body', JSON.stringify(yStateToRichText(this.docs.get(chapterId))));
  }

  /** Sets a chapter's body from Tiptap JSON as a Yjs diff against its current state. */
  setChapterBody(chapterId: string, body: unknown, by: Authorship = UNKNOWN_AUTHOR): void {
    const doc = this.docs.detached(chapterId); // the diff changes the document: the cached one only learns it once stored
    const update = diffToYUpdate(doc, body);
    if (update) this.appendChapterUpdate(chapterId, update, by);
    this.refreshChapterBody(chapterId);
  }
}
