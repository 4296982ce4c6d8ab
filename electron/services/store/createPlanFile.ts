// Creating a plan file from PlanData: every row goes through the same mutation path, in one transaction.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import { TABLE_NAMES, type FieldChange, type PlanData } from '../../../shared/domain/plan';
import { parsePlanValue } from '../../../shared/interchange/planJson';
import { LogClock } from './clock';
import { APPLICATION_ID } from './header';
import { defaultMigrationsFolder, migrateTo, migrationCount } from './migrations';
import { applyChanges } from './mutation';
import type { OpenOptions } from './openPlanFile';
import { openPlanFile, type PlanFile } from './planFile';
import { writeNewPlanId } from './planIdentity';
import { applyConnectionPragmas } from './pragmas';
import { RowWriter } from './rowWriter';
import { validateChange } from './validateChange';

/** Checks plan JSON and names every bad field, up to 20 (INVALID_JSON), e.g. "areas[3].themeId: … (verdi: …)". */
export function parsePlanData(data: unknown): PlanData {
  // The interchange parser checks the schema, unknown fields and references, and names the first bad field.
  const parsed = parsePlanValue(data);
  if (parsed.ok) return parsed.plan;
  const problems = parsed.problems ?? [{ path: parsed.path || '(rot)', message: parsed.message, value: '' }];
  // Every problem (up to 20) at once, so a hand-written file is fixed in one round, not one error per attempt.
  throw new PlanverkError('INVALID_JSON', problems.map((p) => (p.value ? `${p.path}: ${p.message} (verdi: ${p.value})` : `${p.path}: ${p.message}`)).join('; '));
}

/** The whole plan as field changes: rows in table order, every field (the chapter body and asset bytes included). */
export function planToChanges(plan: PlanData): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const table of TABLE_NAMES) {
    const value = plan[table];
    const rows = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
    for (const row of rows) {
      const id = String(row.id);
      for (const [column, v] of Object.entries(row)) if (column !== 'id') changes.push({ table, id, column, value: v });
    }
  }
  return changes;
}

export function createPlanFile(path: string, data: unknown, opts: OpenOptions = {}): PlanFile {
  const plan = parsePlanData(data);
  const abs = resolve(path);
  if (existsSync(abs)) throw new PlanverkError('TARGET_EXISTS', abs);
  const valid = planToChanges(plan).map((c, i) => validateChange(c, i));
  const folder = opts.migrationsFolder ?? defaultMigrationsFolder();
  const tmp = `${abs}.tmp-${process.pid}-${Date.now().toString(36)}`;
  try {
    const db = new Database(tmp, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
    try {
      applyConnectionPragmas(db, false);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrateTo(db, folder, migrationCount(folder));
      const writer = new RowWriter(db);
      const clock = new LogClock(null, null);
      db.transaction(() => {
        writeNewPlanId(db);
        applyChanges(writer, clock, valid, opts.author ?? null);
      })();
    } finally {
      db.close();
    }
    if (existsSync(abs)) throw new PlanverkError('TARGET_EXISTS', abs);
    renameSync(tmp, abs);
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    if (err instanceof PlanverkError) throw err;
    const code = (err as { code?: string }).code;
    throw new PlanverkError(code === 'SQLITE_FULL' || code === 'ENOSPC' ? 'DISK_FULL' : 'WRITE_FAILED', String((err as Error).message).slice(0, 300));
  }
  return openPlanFile(abs, opts);
}
