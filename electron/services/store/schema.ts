// The plan file's SQLite schema for drizzle-kit (migrations/) and drizzle queries.
// Entity tables are built from TABLE_COLUMNS, i.e. from shared/domain/plan.ts: table and column names = zod keys.
import { blob, index, integer, primaryKey, real, sqliteTable, text, type SQLiteColumnBuilderBase } from 'drizzle-orm/sqlite-core';
import type { TableName } from '../../../shared/domain/plan';
import { TABLE_COLUMNS, type ColumnSpec } from './columns';

function columnBuilder(c: ColumnSpec): SQLiteColumnBuilderBase {
  const base = c.kind === 'text' || c.kind === 'json' ? text(c.name) : c.kind === 'real' ? real(c.name) : integer(c.name);
  if (c.name === 'id') return text(c.name).primaryKey();
  if (c.nullable) return base;
  return base.notNull().default(c.sqlDefault as never);
}

function entityTable<T extends TableName>(name: T) {
  const columns: Record<string, SQLiteColumnBuilderBase> = {};
  for (const c of TABLE_COLUMNS[name]) columns[c.name] = columnBuilder(c);
  columns.tombstone = integer('tombstone').notNull().default(0);
  return sqliteTable(name, columns);
}

export const plan = entityTable('plan');
export const groups = entityTable('groups');
export const themes = entityTable('themes');
export const areas = entityTable('areas');
export const areaNotes = entityTable('areaNotes');
export const cells = entityTable('cells');
export const legend = entityTable('legend');
export const chapters = entityTable('chapters');
export const assets = entityTable('assets');
export const milestones = entityTable('milestones');
export const orgRoles = entityTable('orgRoles');
export const laws = entityTable('laws');
export const documents = entityTable('documents');
export const measures = entityTable('measures');
export const hearingParties = entityTable('hearingParties');
export const inputs = entityTable('inputs');
export const comments = entityTable('comments');
export const planWords = entityTable('planWords');
export const inputChanges = entityTable('inputChanges');

/** Asset bytes, content-addressed (id = sha256 hex of the bytes); copies merge them by union. */
export const assetBlobs = sqliteTable('assetBlobs', { id: text('id').primaryKey(), bytes: blob('bytes', { mode: 'buffer' }).notNull() });

/** The change log: one message per field change (Actual Budget's design); merge = union, latest timestamp wins. */
export const messagesCrdt = sqliteTable('messages_crdt', {
  timestamp: text('timestamp').primaryKey(),
  dataset: text('dataset').notNull(),
  row: text('row').notNull(),
  column: text('column').notNull(),
  value: text('value').notNull(),
  /** Who made the change (`people.id`) and when by their machine's clock (ms); null in messages written before 0006. */
  author: text('author'),
  wallTime: integer('wallTime'),
}, (t) => [index('messages_crdt_field').on(t.dataset, t.row, t.column, t.timestamp)]);

/** The Merkle summary of the log's timestamps (one row), to compare two copies cheaply. */
export const messagesMerkle = sqliteTable('messages_merkle', { id: integer('id').primaryKey(), merkle: text('merkle').notNull() });

/** Yjs updates of chapter bodies, merged by union on their hash. */
export const chapterUpdates = sqliteTable('chapterUpdates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  chapterId: text('chapterId').notNull(),
  hash: text('hash').notNull().unique(),
  update: blob('update', { mode: 'buffer' }).notNull(),
  /** As in messages_crdt: the writer's `people.id` and wall time (ms); null before 0006. */
  author: text('author'),
  wallTime: integer('wallTime'),
}, (t) => [index('chapterUpdates_chapter').on(t.chapterId)]);

/**
 * The persons who wrote the log (issue 15 «Who»), carried in copies. Merged by union; a person renamed in two copies
 * keeps the row with the greater `stamp` (their wall time when it was written), ties by the row's text: every merge
 * order ends with the same row.
 */
export const people = sqliteTable('people', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  initials: text('initials').notNull(),
  group: text('group'),
  stamp: integer('stamp').notNull(),
});

export const meta = sqliteTable('meta', { key: text('key').primaryKey(), value: text('value').notNull() });

/**
 * Named versions (issue 16): pointers into the history, not copies. `logClock` is the change log's position (JSON: clock
 * node → the latest timestamp of that node the version includes); copies merge the rows by union on `id`, and
 * `deleted` only ever goes from 0 to 1 (docs/architecture.md, «Named versions»).
 */
export const versions = sqliteTable('versions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  note: text('note').notNull().default(''),
  kind: text('kind').notNull().default('named'),
  createdAt: text('createdAt').notNull(),
  author: text('author'),
  logClock: text('logClock').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

/** Each chapter's Yjs snapshot (Y.encodeSnapshot: state vector + delete set) at a version; merged by union. */
export const versionChapters = sqliteTable('versionChapters', {
  versionId: text('versionId').notNull(),
  chapterId: text('chapterId').notNull(),
  snapshot: blob('snapshot', { mode: 'buffer' }).notNull(),
}, (t) => [primaryKey({ columns: [t.versionId, t.chapterId] })]);

/**
 * Messages from a copy whose clock ran ahead, re-stamped at merge time (docs/architecture.md, «Clock safety»): the
 * copy's original timestamp and the one it has in this log, so merging the same copy again adds nothing.
 */
export const messagesRestamped = sqliteTable('messages_restamped', { original: text('original').primaryKey(), timestamp: text('timestamp').notNull() });

/**
 * A field's value that no message explains (a migration's data step wrote it), kept the moment a message first overwrites
 * it: the value it held from just after message `after` ('' = before the field's first message) until the next one.
 * Versions read it; a merge takes the union (the greater value when two copies kept different ones for the same place).
 */
export const fieldBaselines = sqliteTable('fieldBaselines', {
  dataset: text('dataset').notNull(),
  row: text('row').notNull(),
  column: text('column').notNull(),
  after: text('after').notNull().default(''),
  value: text('value').notNull(),
}, (t) => [primaryKey({ columns: [t.dataset, t.row, t.column, t.after] })]);
