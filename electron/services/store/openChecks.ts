// Checks a plan file's content before it is used: SQLite integrity, then exactly the schema this build expects.
import Database from 'better-sqlite3';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { PlanverkError } from '../../../shared/api/errors';
import { migrateTo } from './migrations';
import * as schema from './schema';

export const MIGRATIONS_TABLE = '__drizzle_migrations';

let expected: Map<string, string[]> | null = null;
/** Table name → sorted column names, from the drizzle schema (plus drizzle's own migrations table). */
export function expectedTables(): Map<string, string[]> {
  if (expected) return expected;
  expected = new Map([[MIGRATIONS_TABLE, ['created_at', 'hash', 'id']]]);
  for (const t of Object.values(schema)) {
    if (t instanceof SQLiteTable) {
      const cfg = getTableConfig(t);
      expected.set(cfg.name, cfg.columns.map((c) => c.name).sort());
    }
  }
  return expected;
}

export function checkIntegrity(db: Database.Database): void {
  const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
    throw new PlanverkError('CORRUPT', rows.map((r) => r.integrity_check).join('; ').slice(0, 500));
  }
}

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null };
/** "type name" → "table\nCREATE … (whitespace collapsed)": one entry per row of sqlite_schema. */
type SchemaShape = Map<string, string>;

const shapes = new Map<string, SchemaShape>();

/**
 * The schema our migrations create, read from a fresh in-memory plan: every table, column type, default, constraint,
 * index and SQLite's own objects, exactly as SQLite stores them. Cached per migrations folder.
 */
export function expectedSchema(folder: string, ours: number, binding: object = {}): SchemaShape {
  const key = `${folder}\n${ours}`;
  const cached = shapes.get(key);
  if (cached) return cached;
  const db = new Database(':memory:', binding);
  try {
    migrateTo(db, folder, ours);
    const shape = schemaShape(db);
    shapes.set(key, shape);
    return shape;
  } finally {
    db.close();
  }
}

function schemaShape(db: Database.Database): SchemaShape {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, `${r.tbl_name}\n${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`]));
}

/**
 * Refuses any difference from the schema of a fresh plan: a missing or extra table, column, index, trigger or view, or a
 * changed type, default, CHECK or index definition. Names are compared exactly (no LIKE patterns): a hostile file could
 * otherwise run code on our writes (a trigger) or silently drop them (a partial unique index).
 */
export function checkSchema(db: Database.Database, want: SchemaShape): void {
  const have = schemaShape(db);
  for (const [object, definition] of have) {
    const expectedDefinition = want.get(object);
    if (expectedDefinition === undefined) throw schemaError(`ukjent ${object}`);
    if (expectedDefinition !== definition) throw schemaError(`${object} er endret`);
  }
  for (const object of want.keys()) if (!have.has(object)) throw schemaError(`${object} mangler`);
}

/** Triggers and views never belong in a plan file, whatever its version: refused before any migration runs. */
export function checkNoCode(db: Database.Database): void {
  const found = db.prepare("SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view') LIMIT 1").get() as SchemaRow | undefined;
  if (found) throw schemaError(`ukjent ${found.type} ${found.name}`);
}

/** The detail names the object (JSON-quoted, so a hostile name cannot carry control characters into a terminal). */
function schemaError(what: string): PlanverkError {
  return new PlanverkError('INVALID_PLAN', `skjemaet avviker: ${JSON.stringify(what.slice(0, 120))}`);
}
