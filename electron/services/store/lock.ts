// The single-writer lock: a file beside the plan, created exclusively, naming the process that holds it.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { PlanverkError } from '../../../shared/api/errors';

export type LockOwner = { pid: number; host: string; openedAt: string };
export type PlanLock = { path: string; release(): void };

export const lockPathFor = (planPath: string): string => `${planPath}.lock`;

/** Takes the lock or throws LOCKED. A lock left by a dead process on this machine is taken over. */
export function acquireLock(planPath: string): PlanLock {
  const path = lockPathFor(planPath);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), openedAt: new Date().toISOString() } satisfies LockOwner));
      } finally {
        closeSync(fd);
      }
      return { path, release: () => releaseLock(path) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readLockOwner(path);
      if (owner && isAlive(owner)) throw new PlanverkError('LOCKED', `pid ${owner.pid} on ${owner.host}`);
      unlinkSync(path); // stale: its owner is gone (or it was never completely written)
    }
  }
  throw new PlanverkError('LOCKED');
}

export function readLockOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/** Locks from other machines (a shared folder) are respected: we cannot tell whether their process lives. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseLock(path: string): void {
  try {
    const owner = readLockOwner(path);
    if (!owner || owner.pid === process.pid) unlinkSync(path);
  } catch {
    // already gone (file moved with its folder, or removed by hand): nothing to release
  }
}
