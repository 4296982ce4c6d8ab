// Where the plan file's migrations live, and how many this build knows (= PRAGMA user_version of a current file).
import type { Database } from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function defaultMigrationsFolder(): string {
  return process.env.PLANVERK_MIGRATIONS ?? fileURLToPath(new URL('../../../migrations', import.meta.url));
}

export function migrationCount(folder: string): number {
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

export function migrateTo(db: Database, folder: string, ours: number): void {
  migrate(drizzle({ client: db }), { migrationsFolder: folder });
  db.pragma(`user_version = ${ours}`);
}
