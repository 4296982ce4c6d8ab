// Clean copies of a plan ("Lagre som", "Del på e-post"): VACUUM INTO a temporary file, then rename into place.
import type { Database } from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import { lockPathFor, readLockOwner } from './lock';
import { isSqliteError, writeFailureCode } from './sqliteErrors';

/** The copy's `meta` key saying it opens in suggestion mode («Del på e-post … mottakerne foreslår endringer»). */
export const SUGGEST_PRESET_KEY = 'suggestPreset';

/**
 * `suggestPreset`: true marks the copy so that its recipients start in suggestion mode, false clears a mark the plan
 * carries (a recipient's copy shared on as an ordinary copy); left out, the copy has what the plan has.
 */
export type CopyOptions = { overwrite?: boolean; suggestPreset?: boolean };

export function vacuumInto(db: Database, target: string, { overwrite = false, suggestPreset }: CopyOptions = {}): string {
  const abs = resolve(target);
  if (existsSync(abs) && !overwrite) throw new PlanverkError('TARGET_EXISTS', abs);
  if (existsSync(lockPathFor(abs)) && readLockOwner(lockPathFor(abs))) throw new PlanverkError('TARGET_LOCKED', abs);
  const tmp = `${abs}.tmp-${process.pid}-${Date.now().toString(36)}`;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    if (suggestPreset !== undefined) markSuggestPreset(db, tmp, suggestPreset);
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

/** Written in the copy itself (attached to this connection) before it takes its name: the plan file is not touched. */
function markSuggestPreset(db: Database, copyPath: string, on: boolean): void {
  db.prepare('ATTACH DATABASE ? AS markedCopy').run(copyPath);
  try {
    if (on) db.prepare('INSERT OR REPLACE INTO markedCopy.meta (key, value) VALUES (?, ?)').run(SUGGEST_PRESET_KEY, '1');
    else db.prepare('DELETE FROM markedCopy.meta WHERE key = ?').run(SUGGEST_PRESET_KEY);
  } finally {
    db.prepare('DETACH DATABASE markedCopy').run();
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
