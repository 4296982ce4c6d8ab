// Clean copies of a plan ("Lagre som", "Del på e-post"): VACUUM INTO a temporary file, then rename into place.
import type { Database } from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import { lockPathFor, readLockOwner } from './lock';
import { isSqliteError, writeFailureCode } from './sqliteErrors';

export function vacuumInto(db: Database, target: string, { overwrite = false }: { overwrite?: boolean } = {}): string {
  const abs = resolve(target);
  if (existsSync(abs) && !overwrite) throw new PlanverkError('TARGET_EXISTS', abs);
  if (existsSync(lockPathFor(abs)) && readLockOwner(lockPathFor(abs))) throw new PlanverkError('TARGET_LOCKED', abs);
  const tmp = `${abs}.tmp-${process.pid}-${Date.now().toString(36)}`;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    syncFile(tmp);
    renameSync(tmp, abs);
    syncFile(dirname(abs));
    return abs;
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof PlanverkError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || (isSqliteError(err) && writeFailureCode(err) === 'DISK_FULL')) throw new PlanverkError('DISK_FULL', abs);
    throw new PlanverkError('WRITE_FAILED', String((err as Error).message ?? err).slice(0, 300));
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
