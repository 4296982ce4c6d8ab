// Backups taken before a merge writes to the plan: one folder beside the plan, each backup a compacted copy
// (VACUUM INTO), pruned by a fixed retention so that merging often never fills the disk.
import type { Database } from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import { vacuumInto } from '../store/copy';

/**
 * Retention, applied after every backup (docs/architecture.md): the newest KEEP_NEWEST are always kept; of the rest,
 * the newest of each clock hour for HOURLY_DAYS, then the newest of each calendar day up to DAILY_DAYS old, then the
 * newest of each calendar week up to WEEKLY_WEEKS old; older ones are deleted. A burst of merges thus keeps the last
 * ten and one an hour. Only files this module named for this plan are ever deleted.
 */
export const RETENTION = { KEEP_NEWEST: 10, HOURLY_DAYS: 1, DAILY_DAYS: 14, WEEKLY_WEEKS: 52 } as const;

const DAY = 24 * 60 * 60 * 1000;
const two = (n: number): string => String(n).padStart(2, '0');
const planName = (planPath: string): string => basename(planPath, extname(planPath));

/** «<navn> – sikkerhetskopier» beside the plan: one folder per plan, so the plan's own folder stays tidy. */
export function backupFolder(planPath: string): string {
  return join(dirname(planPath), `${planName(planPath)} – sikkerhetskopier`);
}

/**
 * «<navn> (før sammenslåing 2026-11-23 14.05.33).planverk» in local time: sorts by time in any file list, and has no
 * colon (Windows forbids it). `n` > 1 for a second backup within the same second.
 */
export function backupName(planPath: string, at: Date, n = 1): string {
  const ext = extname(planPath) || '.planverk';
  const stamp = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}.${two(at.getMinutes())}.${two(at.getSeconds())}`;
  return join(backupFolder(planPath), `${planName(planPath)} (før sammenslåing ${stamp}${n > 1 ? ` nr. ${n}` : ''})${ext}`);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The time a backup's name says it was taken (local time), or null for any other file. */
export function backupTime(planPath: string, file: string): Date | null {
  const ext = escape(extname(planPath) || '.planverk');
  const pattern = new RegExp(`^${escape(planName(planPath))} \\(før sammenslåing (\\d{4})-(\\d{2})-(\\d{2}) (\\d{2})\\.(\\d{2})\\.(\\d{2})(?: nr\\. (\\d+))?\\)${ext}$`);
  const m = pattern.exec(file);
  if (!m) return null;
  const [y, mo, d, h, mi, s, nr] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
  // The sequence number orders backups taken within the same second.
  return new Date(y, mo - 1, d, h, mi, s, Number.isNaN(nr) ? 0 : Math.min(nr, 999));
}

export type Backup = { path: string; at: Date };

/** This plan's backups in its folder, newest first. */
export function listBackups(planPath: string): Backup[] {
  const folder = backupFolder(planPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const backups: Backup[] = [];
  for (const name of names) {
    const at = backupTime(planPath, name);
    if (at) backups.push({ path: join(folder, name), at });
  }
  return backups.sort((a, b) => b.at.getTime() - a.at.getTime());
}

// Clock hours, calendar days and weeks, not ages: a backup's bucket never moves, so pruning after every merge keeps exactly what
// pruning once at the end would (the newest of a past hour, day or week can only be that backup).
const dayOf = (at: Date): string => `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`;
/** The local date of the Monday that starts `at`'s week. */
const weekOf = (at: Date): string => dayOf(new Date(at.getFullYear(), at.getMonth(), at.getDate() - ((at.getDay() + 6) % 7)));

/** Which backups the retention keeps at `now` (pure, so the rule is tested on its own). */
export function backupsToKeep(backups: readonly Backup[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(newestFirst.slice(0, RETENTION.KEEP_NEWEST).map((b) => b.path));
  const seen = new Set<string>();
  for (const b of newestFirst) {
    const age = now.getTime() - b.at.getTime();
    let bucket: string | null;
    if (age < RETENTION.HOURLY_DAYS * DAY) bucket = `hour ${dayOf(b.at)} ${b.at.getHours()}`;
    else if (age < RETENTION.DAILY_DAYS * DAY) bucket = `day ${dayOf(b.at)}`;
    else if (age < RETENTION.WEEKLY_WEEKS * 7 * DAY) bucket = `week ${weekOf(b.at)}`;
    else bucket = null;
    // Newest first: the first backup met in a bucket is the newest of its day or week.
    if (bucket !== null && !seen.has(bucket)) {
      seen.add(bucket);
      keep.add(b.path);
    }
  }
  return keep;
}

/** Deletes this plan's backups that the retention no longer keeps; returns the deleted paths. */
export function pruneBackups(planPath: string, now: Date): string[] {
  const backups = listBackups(planPath);
  const keep = backupsToKeep(backups, now);
  const removed: string[] = [];
  for (const b of backups) {
    if (keep.has(b.path)) continue;
    try {
      rmSync(b.path, { force: true });
      removed.push(b.path);
    } catch {
      // A backup that cannot be deleted (read-only, in use) stays; pruning never stops a merge.
    }
  }
  return removed;
}

/**
 * A compacted copy of the open plan (VACUUM INTO: what the plan reads, without free pages) in the backup folder,
 * then the retention. The caller holds the plan's single-writer lock and no transaction is open.
 */
export function backUpPlan(db: Database, planPath: string, at: Date): string {
  try {
    mkdirSync(backupFolder(planPath), { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PlanverkError(code === 'ENOSPC' ? 'DISK_FULL' : 'WRITE_FAILED', `${code ?? ''} ${backupFolder(planPath)}`, NOT_BACKED_UP);
  }
  for (let n = 1; n < 1000; n++) {
    const target = backupName(planPath, at, n);
    try {
      statSync(target);
      continue; // taken: never overwrite an earlier backup
    } catch {
      // free
    }
    try {
      vacuumInto(db, target);
    } catch (err) {
      if (err instanceof PlanverkError && err.code === 'TARGET_EXISTS') continue;
      if (err instanceof PlanverkError) throw new PlanverkError(err.code, err.detail ?? target, NOT_BACKED_UP);
      throw err;
    }
    pruneBackups(planPath, at);
    return target;
  }
  throw new PlanverkError('WRITE_FAILED', 'ingen ledig filnavn for sikkerhetskopien', NOT_BACKED_UP);
}

const NOT_BACKED_UP = { key: 'notBackedUp' } as const;
