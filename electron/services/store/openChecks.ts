// Checks a plan file's content before it is used: SQLite integrity, then exactly the schema this build expects.
import type { Database } from 'better-sqlite3';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { PlanverkError } from '../../../shared/api/errors';
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

export function checkIntegrity(db: Database): void {
  const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
    throw new PlanverkError('CORRUPT', rows.map((r) => r.integrity_check).join('; ').slice(0, 500));
  }
}

/** Refuses missing or extra tables and columns, and any trigger or view (a hostile file could run code on our writes). */
export function checkSchema(db: Database): void {
  const objects = db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as { type: string; name: string }[];
  const foreign = objects.find((o) => o.type === 'trigger' || o.type === 'view');
  if (foreign) throw new PlanverkError('INVALID_PLAN', `${foreign.type} ${foreign.name}`);
  const tables = new Set(objects.filter((o) => o.type === 'table').map((o) => o.name));
  for (const [name, columns] of expectedTables()) {
    if (!tables.has(name)) throw new PlanverkError('INVALID_PLAN', `tabellen ${name} mangler`);
    const actual = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name).sort();
    if (actual.join(',') !== columns.join(',')) throw new PlanverkError('INVALID_PLAN', `kolonnene i ${name} stemmer ikke`);
    tables.delete(name);
  }
  const extra = [...tables][0];
  if (extra !== undefined) throw new PlanverkError('INVALID_PLAN', `ukjent tabell ${extra}`);
}
