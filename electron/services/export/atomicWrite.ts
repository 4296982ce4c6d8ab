// Writes a file so that readers see either the old file or the complete new one: a temp file in the same folder,
// flushed to disk, then renamed over the target. A failure or cancellation removes the temp file and leaves the target as it was.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import { assertNotPlanTarget } from '../store/planTargetGuard';

const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

/** `openPlan` is the plan open in the app, so that a link to it is refused too; any plan file is refused by content. */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string, signal?: AbortSignal, openPlan?: string | null): Promise<void> {
  assertNotPlanTarget(target, openPlan);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (signal?.aborted) throw new PlanverkError('CANCELLED');
    await renameWithRetry(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw translate(err);
  }
}

/** On Windows a virus scanner or indexer may hold the target for a moment; Word holding it open does not let go. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (!LOCKED.has(code) || attempt >= 2 || process.platform !== 'win32') throw err;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

function translate(err: unknown): unknown {
  if (err instanceof PlanverkError) return err;
  const code = (err as NodeJS.ErrnoException).code ?? '';
  if (LOCKED.has(code)) return new PlanverkError('TARGET_LOCKED', code);
  if (code === 'ENOSPC') return new PlanverkError('DISK_FULL', code);
  if (code === 'ENOENT') return new PlanverkError('NOT_FOUND_FILE', 'Mappen finnes ikke.');
  return new PlanverkError('EXPORT_FAILED', err instanceof Error ? err.message : String(err));
}
