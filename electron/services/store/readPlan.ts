// Reads the whole plan out of a plan file (no tombstoned rows, deterministic order), with queued changes on top:
// with asset bytes for export and the JSON interchange (readPlanData), or asset sizes only for the UI (readPlanView).
import type { Database } from 'better-sqlite3';
import { PlanverkError } from '../../../shared/api/errors';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, TABLE_NAMES, type PlanData, type TableName } from '../../../shared/domain/plan';
import { base64ByteLength, type PlanView } from '../../../shared/domain/planView';
import { makePlanWhole, type PlanRepair, type StoredRows } from '../../../shared/domain/planWhole';
import { orderTable } from '../../../shared/domain/rowOrder';
import { yDocFromUpdates, yStateToRichText } from '../../../shared/editor';
import { fromSql, TABLE_COLUMNS } from './columns';
import type { PendingChange } from './validateChange';

type Row = Record<string, unknown> & { id: string };
export type Rows = Record<TableName, Map<string, Row>>;

export function readPlanData(db: Database, pending: readonly PendingChange[] = []): PlanData {
  const blobs = readBlobs(db);
  return assemble(db, pending, (id, queued) => (queued !== undefined ? queued : (blobs.get(id) ?? ''))) as PlanData;
}

/** The plan without asset bytes: SQLite reports each blob's length, so no image or attachment is read or encoded. */
export function readPlanView(db: Database, pending: readonly PendingChange[] = []): PlanView {
  const sizes = new Map<string, number>();
  for (const b of db.prepare('SELECT id, length(bytes) AS size FROM assetBlobs').all() as { id: string; size: number }[]) sizes.set(b.id, b.size);
  return assemble(db, pending, (id, queued) => (queued !== undefined ? base64ByteLength(queued) : (sizes.get(id) ?? 0)), 'byteLength') as PlanView;
}

/**
 * The bytes of a live asset (its row exists and is not tombstoned, queued changes included), or null.
 * Only the assets table is read: fetching one image must not cost a whole plan read.
 */
export function readAssetBytes(db: Database, pending: readonly PendingChange[], id: string): Buffer | null {
  const assets = readRows(db, ['assets']).assets;
  let queued: string | undefined;
  for (const change of pending) {
    if (change.table !== 'assets') continue;
    if (change.kind === 'assetBytes') {
      if (change.id === id) queued = change.value;
    } else overlayRow(assets, 'assets', change);
  }
  const row = assets.get(id);
  if (!row || row.tombstone) return null;
  if (queued !== undefined) return Buffer.from(queued, 'base64');
  const blob = db.prepare('SELECT bytes FROM assetBlobs WHERE id = ?').get(id) as { bytes: Buffer } | undefined;
  return blob ? Buffer.from(blob.bytes) : null;
}

/** Rows of every table with queued changes on top; each asset gets `bytes(id, queuedBase64)` under `bytesColumn`. */
function assemble(
  db: Database,
  pending: readonly PendingChange[],
  bytes: (id: string, queued: string | undefined) => string | number,
  bytesColumn: 'dataBase64' | 'byteLength' = 'dataBase64',
): Record<string, unknown> {
  const rows = readRows(db, TABLE_NAMES);
  const queuedBytes = new Map<string, string>();
  for (const change of pending) overlay(rows, queuedBytes, change);
  overlayQueuedChapterText(db, rows, pending);
  const whole = wholeRows(db, rows).rows;
  const out: Record<string, unknown> = { format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION };
  for (const table of TABLE_NAMES) {
    const list = orderTable(table, whole[table] as Row[]);
    if (table === 'assets') for (const a of list) a[bytesColumn] = bytes(a.id, queuedBytes.get(a.id));
    out[table] = list;
  }
  const frames = out.plan as Row[];
  if (frames.length === 0) throw new PlanverkError('INVALID_PLAN', 'planrammen mangler');
  out.plan = frames[0];
  return out;
}

/** Every stored row (deleted ones included, no asset bytes): what the wholeness repair and the store's guard read. */
export function readStoredRows(db: Database): Rows {
  return readRows(db, TABLE_NAMES);
}

/** The live rows made whole (planWhole.ts); a cycle is cut where the parent changed last, by the change log. */
export function wholeRows(db: Database, rows: Rows): { rows: Record<TableName, Row[]>; repairs: PlanRepair[] } {
  const stored = {} as Record<TableName, Row[]>;
  for (const table of TABLE_NAMES) stored[table] = [...rows[table].values()];
  const moveTime = (table: TableName, id: string): string | null =>
    (db.prepare(`SELECT max(timestamp) FROM messages_crdt WHERE dataset = ? AND "row" = ? AND "column" = 'parentId'`).pluck().get(table, id) as string | null) ?? null;
  const whole = makePlanWhole(stored as StoredRows, { moveTime });
  return whole as { rows: Record<TableName, Row[]>; repairs: PlanRepair[] };
}

function readRows<T extends TableName>(db: Database, tables: readonly T[]): Pick<Rows, T> {
  const rows = {} as Pick<Rows, T>;
  for (const table of tables) {
    const specs = TABLE_COLUMNS[table];
    const map = new Map<string, Row>();
    for (const raw of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
      const row: Row = { id: String(raw.id) };
      for (const spec of specs) if (spec.name !== 'id') row[spec.name] = decode(table, row.id, spec.name, () => fromSql(spec, raw[spec.name]));
      row.tombstone = raw.tombstone === 1 || raw.tombstone === 1n;
      map.set(row.id, row);
    }
    rows[table] = map;
  }
  return rows;
}

function decode(table: string, id: string, column: string, read: () => unknown): unknown {
  try {
    return read();
  } catch {
    throw new PlanverkError('INVALID_PLAN', `${table}.${id}.${column}: kan ikke leses`);
  }
}

function readBlobs(db: Database): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const b of db.prepare('SELECT id, bytes FROM assetBlobs').all() as { id: string; bytes: Buffer }[]) {
    blobs.set(b.id, Buffer.from(b.bytes).toString('base64'));
  }
  return blobs;
}

function overlay(rows: Rows, queuedBytes: Map<string, string>, change: PendingChange): void {
  if (change.kind === 'assetBytes') {
    queuedBytes.set(change.id, change.value);
    return;
  }
  if (change.kind === 'chapterUpdate') return; // overlayQueuedChapterText

  overlayRow(rows[change.table], change.table, change);
}

/** A chapter with queued Yjs updates reads as its stored document with them applied (derived, as when written). */
function overlayQueuedChapterText(db: Database, rows: Rows, pending: readonly PendingChange[]): void {
  const queued = new Map<string, Uint8Array[]>();
  for (const c of pending) if (c.kind === 'chapterUpdate') queued.set(c.id, [...(queued.get(c.id) ?? []), c.update]);
  const stored = db.prepare('SELECT "update" AS u FROM chapterUpdates WHERE chapterId = ? ORDER BY id').pluck();
  for (const [id, updates] of queued) {
    const doc = yDocFromUpdates([...(stored.all(id) as Buffer[]).map((b) => new Uint8Array(b)), ...updates]);
    overlayRow(rows.chapters, 'chapters', { id, column: 'body', value: yStateToRichText(doc) });
  }
}

function overlayRow(table: Map<string, Row>, name: TableName, change: { id: string; column: string; value: unknown }): void {
  let row = table.get(change.id);
  if (!row) {
    row = { id: change.id, tombstone: false };
    for (const spec of TABLE_COLUMNS[name]) if (spec.name !== 'id') row[spec.name] = fromSql(spec, spec.sqlDefault);
    table.set(change.id, row);
  }
  row[change.column] = change.value;
}

