// Opening a plan file: every check that can refuse it runs before anything writes to it (docs/architecture.md).
import Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { PlanverkError, type ErrorCode } from '../../../shared/api/errors';
import type { PlanData } from '../../../shared/domain/plan';
import type { Person } from '../../../shared/domain/person';
import { checkHeader, readHeader } from './header';
import { acquireLock, type PlanLock } from './lock';
import { defaultMigrationsFolder, migrateTo, migrationCount } from './migrations';
import { checkIntegrity, checkNoCode, checkSchema, expectedSchema } from './openChecks';
import { applyConnectionPragmas } from './pragmas';
import { readPlanData } from './readPlan';
import { checkSyncState } from './syncStateCheck';

export type OpenOptions = {
  readOnly?: boolean;
  /** Path of a better-sqlite3 binary built for another runtime (Electron). */
  nativeBinding?: string;
  migrationsFolder?: string;
  /** Who writes the changes made through the opened file (the CLI's --author); the session sets it otherwise. */
  author?: Person | null;
};

export type OpenedFile = {
  db: Database.Database;
  path: string;
  readOnly: boolean;
  problem: ErrorCode | null;
  lock: PlanLock | null;
  schemaVersion: number;
  backupPath: string | null;
  /** A read-only open's plan as read to check the file: the first readPlan() hands it out while nothing changed. */
  checkedRead?: CheckedRead;
};

/** The plan read while opening, and the connection's write stamp then (see planFile.ts readPlan). */
export type CheckedRead = { plan: PlanData; stamp: string };

/** Changes since: another connection's commits move data_version, this connection's own writes total_changes(). */
export function writeStamp(db: Database.Database): string {
  return `${db.pragma('data_version', { simple: true }) as number}:${db.prepare('SELECT total_changes()').pluck().get() as number}`;
}

export function openDatabase(path: string, opts: OpenOptions = {}): OpenedFile {
  const abs = resolve(path);
  const folder = opts.migrationsFolder ?? defaultMigrationsFolder();
  const ours = migrationCount(folder);
  assertPlanPath(abs);
  const hot = hasHotJournal(abs);
  const header = readHeader(abs);
  checkHeader(header, ours, { sizes: !hot });
  let readOnly = opts.readOnly === true;
  let problem: ErrorCode | null = null;
  if (!readOnly && header.wal) {
    // SQLite would create -wal and -shm files beside it: read it from a copy in memory, «Lagre som» makes it editable.
    readOnly = true;
    problem = 'WAL_COPY';
  } else if (!readOnly && !isWritable(abs)) {
    readOnly = true;
    problem = 'READ_ONLY';
  }
  const lock = readOnly ? null : acquireLock(abs);
  try {
    if (hot && !readOnly) {
      rollBackHotJournal(abs, opts);
      checkHeader(readHeader(abs), ours, { sizes: true });
    }
    const image = header.wal ? walImage(abs) : hot && readOnly && needsRollback(abs, opts) ? rolledBackImage(abs, ours, opts) : null;
    return { ...openChecked(abs, ours, folder, readOnly, image, opts), path: abs, readOnly, problem, lock, schemaVersion: ours };
  } catch (err) {
    lock?.release();
    if (err instanceof PlanverkError) throw err;
    if (isBusy(err)) throw new PlanverkError('FILE_BUSY', abs);
    throw new PlanverkError('CORRUPT', String((err as Error).message ?? err).slice(0, 300));
  }
}

/** A missing path, a folder and a device or pipe get their own sentences (a folder is not «finnes ikke»). */
function assertPlanPath(abs: string): void {
  let stats;
  try {
    stats = statSync(abs);
  } catch {
    throw new PlanverkError('NOT_FOUND_FILE', abs);
  }
  if (stats.isDirectory()) throw new PlanverkError('IS_DIRECTORY', abs);
  if (!stats.isFile()) throw new PlanverkError('NOT_REGULAR_FILE', abs);
}

/** better-sqlite3's option for a binary built for another runtime (Electron), when one is given. */
const bindingOf = (opts: OpenOptions): { nativeBinding?: string } => (opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});

/** `image`: the bytes to read instead of the file (a WAL file's, or a crashed transaction's rolled back), or null. */
function openChecked(abs: string, ours: number, folder: string, readOnly: boolean, image: Buffer | null, opts: OpenOptions) {
  const binding = bindingOf(opts);
  const want = expectedSchema(folder, ours, binding);
  const ro = image ? new Database(image, binding) : new Database(abs, { readonly: true, fileMustExist: true, timeout: BUSY_WAIT_MS, ...binding });
  let keep = false;
  try {
    applyConnectionPragmas(ro, true);
    checkIntegrity(ro);
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (version === ours) {
      checkSchema(ro, want);
      checkSyncState(ro);
      const plan = readPlanData(ro);
      keep = readOnly;
      if (readOnly) return { db: ro, backupPath: null, checkedRead: { plan, stamp: writeStamp(ro) } };
    } else {
      // Migrate a copy in memory first: a file that would not become a valid plan is refused untouched.
      checkNoCode(ro);
      const mem = new Database(ro.serialize(), binding);
      migrateTo(mem, folder, ours);
      checkSchema(mem, want);
      checkSyncState(mem);
      const plan = readPlanData(mem);
      if (readOnly) return { db: mem, backupPath: null, checkedRead: { plan, stamp: writeStamp(mem) } };
      mem.close();
    }
  } finally {
    if (!keep) ro.close();
  }
  const version = readVersion(abs, binding);
  const backupPath = version < ours ? backUp(abs, version) : null;
  const db = new Database(abs, { fileMustExist: true, ...binding });
  applyConnectionPragmas(db, false);
  if (backupPath) migrateTo(db, folder, ours);
  return { db, backupPath };
}

/** The file's bytes marked as rollback-journal mode, to be read in memory; the file itself is only read. */
function walImage(abs: string): Buffer {
  const bytes = readFileSync(abs);
  bytes[18] = 1;
  bytes[19] = 1;
  return bytes;
}

/**
 * Whether SQLite itself finds the journal hot, i.e. left by a writer that died (a live writer's lock is «låst» as
 * before: its SQLITE_BUSY goes on to FILE_BUSY).
 */
function needsRollback(abs: string, opts: OpenOptions): boolean {
  const db = new Database(abs, { readonly: true, fileMustExist: true, timeout: BUSY_WAIT_MS, ...bindingOf(opts) });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return false;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'SQLITE_READONLY_ROLLBACK') return true;
    throw err;
  } finally {
    db.close();
  }
}

/**
 * A read-only open of a file whose writer died mid-transaction (a hot journal beside it): a read-only connection may
 * not roll the journal back («attempt to write a readonly database», once reported as a damaged file), and reading
 * the pages without it would show a half-written transaction. So file and journal are copied to a private folder,
 * rolled back there as SQLite would on the next read-write open, and the committed plan is read from those bytes;
 * the user's file and journal are left exactly as they were.
 */
function rolledBackImage(abs: string, ours: number, opts: OpenOptions): Buffer | null {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-rollback-'));
  try {
    const copy = join(dir, 'plan.planverk');
    copyFileSync(abs, copy);
    try {
      copyFileSync(`${abs}-journal`, `${copy}-journal`);
    } catch (err) {
      // A live writer committed meanwhile and removed its journal: the file itself is whole again.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    rollBackHotJournal(copy, opts);
    checkHeader(readHeader(copy), ours, { sizes: true });
    return readFileSync(copy);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Another program holding SQLite's lock: a short wait, then «låst», never «skadet». */
const BUSY_WAIT_MS = 250;
const isBusy = (err: unknown): boolean => {
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY_'));
};

function readVersion(abs: string, binding: object): number {
  const db = new Database(abs, { readonly: true, fileMustExist: true, ...binding });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

/** Copies the file beside itself under a dated name; never overwrites an earlier backup. */
function backUp(abs: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const ext = extname(abs) || '.planverk';
  const stem = join(dirname(abs), basename(abs, extname(abs)));
  for (let n = 1; n < 1000; n++) {
    const target = `${stem}.backup-v${version}-${stamp}${n > 1 ? `-${n}` : ''}${ext}`;
    try {
      copyFileSync(abs, target, constants.COPYFILE_EXCL);
      return target;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new PlanverkError('WRITE_FAILED', `backup: ${String(err)}`);
    }
  }
  throw new PlanverkError('WRITE_FAILED', 'backup: no free name');
}

function hasHotJournal(abs: string): boolean {
  try {
    return statSync(`${abs}-journal`).size > 0;
  } catch {
    return false;
  }
}

/** The first read-write connection rolls a crashed transaction back, as SQLite is designed to. */
function rollBackHotJournal(abs: string, opts: OpenOptions): void {
  const db = new Database(abs, { fileMustExist: true, timeout: BUSY_WAIT_MS, ...bindingOf(opts) });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } finally {
    db.close();
  }
}

/** Root may write anywhere, so the write bits count too: a file or folder marked read-only is treated as such. */
function isWritable(abs: string): boolean {
  try {
    accessSync(abs, constants.W_OK);
    accessSync(dirname(abs), constants.W_OK);
    return (statSync(abs).mode & 0o222) !== 0 && (statSync(dirname(abs)).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}
