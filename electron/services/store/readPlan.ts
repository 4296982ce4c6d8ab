// Reads the whole plan out of a plan file (no tombstoned rows, deterministic order), with queued changes on top.
import type { Database } from 'better-sqlite3';
import { PlanverkError } from '../../../shared/api/errors';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, ResponsibilityLevel, TABLE_NAMES, type PlanData, type TableName } from '../../../shared/domain/plan';
import { fromSql, TABLE_COLUMNS } from './columns';
import type { PendingChange } from './validateChange';

type Row = Record<string, unknown> & { id: string };
type Rows = Record<TableName, Map<string, Row>>;

export function readPlanData(db: Database, pending: readonly PendingChange[] = []): PlanData {
  const rows = readRows(db);
  const blobs = readBlobs(db);
  for (const change of pending) overlay(rows, blobs, change);
  const out: Record<string, unknown> = { format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION };
  for (const table of TABLE_NAMES) {
    const list = sortRows(table, [...rows[table].values()].filter((r) => !r.tombstone)).map(({ tombstone: _t, ...r }) => r);
    if (table === 'assets') for (const a of list) a.dataBase64 = blobs.get(a.id) ?? '';
    out[table] = list;
  }
  const frames = out.plan as Row[];
  if (frames.length === 0) throw new PlanverkError('INVALID_PLAN', 'planrammen mangler');
  out.plan = frames[0];
  return out as PlanData;
}

function readRows(db: Database): Rows {
  const rows = {} as Rows;
  for (const table of TABLE_NAMES) {
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

function overlay(rows: Rows, blobs: Map<string, string>, change: PendingChange): void {
  if (change.kind === 'assetBytes') {
    blobs.set(change.id, change.value);
    return;
  }
  if (change.kind === 'chapterUpdate') {
    if (change.body !== null) overlay(rows, blobs, { kind: 'chapterBody', table: 'chapters', id: change.id, column: 'body', value: change.body });
    return;
  }
  const table = rows[change.table];
  let row = table.get(change.id);
  if (!row) {
    row = { id: change.id, tombstone: false };
    for (const spec of TABLE_COLUMNS[change.table]) if (spec.name !== 'id') row[spec.name] = fromSql(spec, spec.sqlDefault);
    table.set(change.id, row);
  }
  row[change.column] = change.value;
}

const LEVEL_ORDER: readonly string[] = ResponsibilityLevel.options;

function sortRows(table: TableName, list: Row[]): Row[] {
  if (table === 'legend') return list.sort((a, b) => LEVEL_ORDER.indexOf(a.id) - LEVEL_ORDER.indexOf(b.id));
  return list.sort((a, b) => {
    const ka = typeof a.sortKey === 'number' ? a.sortKey : 0;
    const kb = typeof b.sortKey === 'number' ? b.sortKey : 0;
    return ka - kb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
