// Merging a copy that came back by email into the open plan: a preview on an in-memory twin of the open plan, and the
// real merge after a backup. Both run the same steps (merge, then compare the plan before and after), so they agree.
import Database from 'better-sqlite3';
import { constants, copyFileSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { MergeOutcome, MergePreview, MergeSummary } from '../../../shared/api/calls/merge';
import { PlanverkError } from '../../../shared/api/errors';
import type { PlanData } from '../../../shared/domain/plan';
import { mergeDatabases, openPlanFile, type OpenOptions, type PlanFile } from '../store';
import { LogClock, type MerkleTrie } from '../store/clock';
import { checkIncomingLog } from '../store/incomingLog';
import { assertSamePlan } from '../store/planIdentity';
import { sameFile } from '../store/planTargetGuard';
import { applyConnectionPragmas } from '../store/pragmas';
import { readPlanData } from '../store/readPlan';
import { RowWriter } from '../store/rowWriter';
import { isSqliteError, writeFailureCode } from '../store/sqliteErrors';
import { mergeWouldBreak, planBreaches, validateMergedPlan } from '../store/validateMergedPlan';
import { findConflicts, timeOf } from './conflicts';
import { changedChapters, countDifferences, hasDifferences } from './planDiff';

export type MergeDeps = { store?: OpenOptions; now?: () => Date };

/** What merging the copy at `path` would bring; neither file changes. A copy that would make the plan invalid is refused. */
export function previewMerge(file: PlanFile, path: string, deps: MergeDeps = {}): MergePreview {
  assertMergeable(file, path, { writing: false });
  return withCopy(file, path, deps, (copy) => {
    const copyPlan = readPlanData(copy);
    const summary = mergeOnTwin(file, copy, copyPlan, deps);
    const last = copy.prepare('SELECT max(timestamp) FROM messages_crdt').pluck().get() as string | null;
    return { ...summary, path: resolve(path), copyTitle: copyPlan.plan.title, copyLastChange: last ? timeOf(last) : null };
  });
}

/**
 * Merges the copy on the in-memory twin first: a copy whose result would not be a valid plan is refused before any
 * backup or write. Then backs the open plan up beside itself and merges into the file in one transaction that checks
 * the result again before it commits. A failed merge leaves the plan as it was and keeps the backup.
 */
export function runMerge(file: PlanFile, path: string, deps: MergeDeps = {}): MergeOutcome {
  assertMergeable(file, path, { writing: true });
  return withCopy(file, path, deps, (copy) => {
    const copyPlan = readPlanData(copy);
    mergeOnTwin(file, copy, copyPlan, deps);
    const backupPath = backUpBeforeMerge(file.path, (deps.now ?? (() => new Date()))());
    const clockBefore = file.logClock.snapshot();
    try {
      const db = file.database;
      const summary = db.transaction(() => {
        const before = planBreaches(db);
        const merged = mergeAndCompare(db, file.rowWriter, file.logClock, copy, copyPlan);
        validateMergedPlan(db, before);
        return merged;
      })();
      file.forgetHistory();
      return { ...summary, backupPath };
    } catch (err) {
      file.logClock.restore(clockBefore);
      if (isSqliteError(err)) throw new PlanverkError(writeFailureCode(err), String((err as Error).message).slice(0, 300), 'Kopien kunne ikke slås sammen med planen; planen er ikke endret.');
      throw err;
    }
  });
}

/** The merge on an in-memory twin of the open plan with a throwaway clock: what it brings, refused if the result is invalid. */
function mergeOnTwin(file: PlanFile, copy: Database.Database, copyPlan: PlanData, deps: MergeDeps): MergeSummary {
  const twin = new Database(file.database.serialize(), deps.store?.nativeBinding ? { nativeBinding: deps.store.nativeBinding } : {});
  try {
    applyConnectionPragmas(twin, false);
    const before = planBreaches(twin);
    const summary = mergeAndCompare(twin, new RowWriter(twin), clockOf(twin), copy, copyPlan);
    validateMergedPlan(twin, before);
    return summary;
  } catch (err) {
    // Reading the merged twin back fails when the copy has destroyed the plan (e.g. its frame): that is a refusal.
    if (err instanceof PlanverkError && err.code === 'INVALID_PLAN') throw mergeWouldBreak(err.detail);
    throw err;
  } finally {
    twin.close();
  }
}

/** `copyPlan` is the copy as read once by the caller (the preview also needs its title). */
function mergeAndCompare(db: Database.Database, writer: RowWriter, clock: LogClock, copy: Database.Database, copyPlan: PlanData): MergeSummary {
  const before = readPlanData(db);
  // Conflicts are read from the logs before the merge joins them; the winner is the one the merge will apply.
  const conflicts = findConflicts(db, copy, [before, copyPlan]);
  mergeDatabases({ db, writer, clock }, copy);
  const after = readPlanData(db);
  const counts = countDifferences(before, after);
  const chapters = changedChapters(before, after);
  return { counts, chapters, conflicts, nothingNew: !hasDifferences(counts) };
}

/** The copy must be another file, and for the merge itself the open plan must be able to take it (a preview only reads). */
function assertMergeable(file: PlanFile, path: string, { writing }: { writing: boolean }): void {
  const info = file.info();
  if (writing && file.readOnly) throw new PlanverkError('READ_ONLY');
  if (writing && info.problem) throw new PlanverkError(info.problem);
  // By device and inode too: a symbolic or hard link to the open plan is the same file under another name.
  if (resolve(path) === file.path || sameFile(path, file.path)) throw new PlanverkError('INVALID_ARGS', path, 'Det er denne planen som er åpen; velg kopien som kom tilbake.');
}

/** Opens the copy read-only with every open check (not a plan, newer version, corrupt) and checks it is this plan. */
function withCopy<T>(file: PlanFile, path: string, deps: MergeDeps, use: (copy: Database.Database) => T): T {
  const copy = openPlanFile(path, { ...deps.store, readOnly: true });
  try {
    assertSamePlan(file.database, copy.database);
    checkIncomingLog(file.database, copy.database);
    return use(copy.database);
  } finally {
    copy.close();
  }
}

/** The plan's log clock as its file has it, so a preview advances a throwaway clock and never the open plan's. */
function clockOf(db: Database.Database): LogClock {
  const last = db.prepare("SELECT value FROM meta WHERE key = 'clock'").pluck().get() as string | undefined;
  const trie = db.prepare('SELECT merkle FROM messages_merkle WHERE id = 1').pluck().get() as string | undefined;
  return new LogClock(last ?? null, trie ? (JSON.parse(trie) as MerkleTrie) : null);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** «<navn> (før sammenslåing 23.11.2026 14.05).planverk» beside the plan (no colon: Windows forbids it); never overwrites. */
export function backupName(planPath: string, at: Date, n = 1): string {
  const ext = extname(planPath) || '.planverk';
  const stamp = `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()} ${two(at.getHours())}.${two(at.getMinutes())}`;
  return join(dirname(planPath), `${basename(planPath, extname(planPath))} (før sammenslåing ${stamp}${n > 1 ? ` nr. ${n}` : ''})${ext}`);
}

/**
 * A byte-for-byte copy of the plan file. The file is complete while the app is idle (rollback journal, every change
 * committed at once) and we hold its single-writer lock, so nothing writes to it during the copy.
 */
function backUpBeforeMerge(planPath: string, at: Date): string {
  for (let n = 1; n < 1000; n++) {
    const target = backupName(planPath, at, n);
    try {
      copyFileSync(planPath, target, constants.COPYFILE_EXCL);
      return target;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      rmSync(target, { force: true });
      throw new PlanverkError(code === 'ENOSPC' ? 'DISK_FULL' : 'WRITE_FAILED', `${code ?? ''} ${target}`, 'Planen kunne ikke sikkerhetskopieres før sammenslåingen; ingenting er endret.');
    }
  }
  throw new PlanverkError('WRITE_FAILED', 'ingen ledig filnavn for sikkerhetskopien');
}
