// Where the plan file's migrations live, and how many this build knows (= PRAGMA user_version of a current file).
import type { Database } from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDataSteps } from './migrationSteps';

export function defaultMigrationsFolder(): string {
  return process.env.PLANVERK_MIGRATIONS ?? fileURLToPath(new URL('../../../migrations', import.meta.url));
}

function journalTags(folder: string): string[] {
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as { entries: Array<{ tag: string }> };
  return journal.entries.map((e) => e.tag);
}

export function migrationCount(folder: string): number {
  return journalTags(folder).length;
}

/** Applies the migrations the file lacks, then the data steps of exactly those migrations (migrationSteps.ts). */
export function migrateTo(db: Database, folder: string, ours: number): void {
  const applied = appliedCount(db);
  migrate(drizzle({ client: db }), { migrationsFolder: folder });
  runDataSteps(db, journalTags(folder).slice(applied));
  db.pragma(`user_version = ${ours}`);
}

/** How many migrations drizzle has recorded in the file (0 for a file it never migrated). */
function appliedCount(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  return table ? (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n : 0;
}
