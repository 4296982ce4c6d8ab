// An export whose target another program holds (Word on Windows keeps the file open): the rename over it fails, the
// caller gets TARGET_LOCKED with its Norwegian sentence through exportPlan, dispatch and the job, the previous file is
// byte-for-byte unchanged and no temp file is left. A real lock (chattr +i) where the filesystem allows it; the error
// mapping itself (EBUSY/EPERM/EACCES, Windows' retry of a short lock) with rename made to fail on purpose.
import { createHash } from 'node:crypto';
import type * as FsPromises from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { writeFileAtomic } from '../../../electron/services/export/atomicWrite';
import { exportPlan } from '../../../electron/services/export/exportPlan';
import { createSession, type Session } from '../../../electron/services/session';
import type { Handlers } from '../../../shared/api/contract';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { fixturePlan } from '../../document/fixtures';
import { immutableCapableRoot, removeWithImmutables, setImmutable } from './immutableFile';

/** Error codes the next rename calls throw, in order; empty means rename does its real work. */
const renameFailures = vi.hoisted(() => ({ codes: [] as string[], calls: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const rename: typeof actual.rename = async (from, to) => {
    renameFailures.calls++;
    const code = renameFailures.codes.shift();
    if (code) throw Object.assign(new Error(`${code}: resource busy or locked, rename '${String(from)}' -> '${String(to)}'`), { code, syscall: 'rename' });
    return actual.rename(from, to);
  };
  return { ...actual, rename, default: { ...actual, rename } };
});

const plan = fixturePlan();
const PREVIOUS = 'Forrige versjon av høringsdokumentet, som saksbehandleren har åpen i Word.\n';
const LOCKED = { code: 'TARGET_LOCKED', message: ERROR_MESSAGES.TARGET_LOCKED };
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

let session: Session;
let handlers: Handlers;
let planDir: string;

beforeAll(() => {
  planDir = mkdtempSync(join(tmpdir(), 'planverk-locked-plan-'));
  session = createSession({ recentFilePath: join(planDir, 'recent.json') });
  session.create(join(planDir, 'Helse og omsorg.planverk'), { plan });
  handlers = createHandlers(session);
});
afterAll(() => {
  session?.close();
  rmSync(planDir, { recursive: true, force: true });
});

/** Follows an export job through the API until it ends. */
async function followJob(out: string, format: 'docx' | 'html') {
  const started = await dispatch(handlers, 'export.start', { format, out });
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.value as { jobId: string };
  for (;;) {
    const status = await dispatch(handlers, 'export.status', { jobId });
    if (!status.ok) throw new Error(status.error.message);
    const value = status.value as { state: string };
    if (value.state !== 'running') return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const lockRoot = immutableCapableRoot();

describe('export over a target that cannot be replaced (real lock)', () => {
  let dir: string;
  const immutables: string[] = [];
  afterEach(() => {
    // Clears the attribute even when an assertion failed, or the folder could never be removed.
    if (dir) removeWithImmutables(dir, immutables.splice(0));
  });

  /** A folder on a chattr-capable filesystem holding the previous export, made immutable. */
  function lockedTarget(name: string): { target: string; before: string } {
    dir = mkdtempSync(join(lockRoot!, 'planverk-locked-'));
    const target = join(dir, name);
    writeFileSync(target, PREVIOUS);
    setImmutable(target, true);
    immutables.push(target);
    return { target, before: sha256(target) };
  }

  it.runIf(lockRoot)('exportPlan rejects with TARGET_LOCKED and its sentence; the previous file is unchanged, no temp file left (needs chattr +i on ext4/btrfs/xfs)', async () => {
    const { target, before } = lockedTarget('Helse og omsorg - Høringsutkast.docx');
    await expect(exportPlan(plan, { format: 'docx', out: target, date: new Date('2025-01-01T00:00:00Z') })).rejects.toMatchObject(LOCKED);
    expect(sha256(target)).toBe(before);
    expect(readFileSync(target, 'utf8')).toBe(PREVIOUS);
    expect(tempFiles(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['Helse og omsorg - Høringsutkast.docx']);
  });

  it.runIf(lockRoot)('export.run through dispatch returns ok:false with TARGET_LOCKED, and an export job ends failed with the same (needs chattr +i)', async () => {
    const { target, before } = lockedTarget('plan.html');
    expect(await dispatch(handlers, 'export.run', { format: 'html', out: target })).toMatchObject({ ok: false, error: LOCKED });
    expect(await followJob(target, 'html')).toMatchObject({ state: 'failed', error: LOCKED });
    expect(sha256(target)).toBe(before);
    expect(tempFiles(dir)).toEqual([]);

    // Closing the document (clearing the lock) lets the same export through.
    setImmutable(target, false);
    expect(await dispatch(handlers, 'export.run', { format: 'html', out: target })).toMatchObject({ ok: true, value: { path: target } });
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});

describe('export when renaming over the target fails with a lock error (injected)', () => {
  let dir: string;
  let target: string;
  let before: string;
  const realPlatform = process.platform;

  const prepare = (name: string) => {
    dir = mkdtempSync(join(tmpdir(), 'planverk-lock-injected-'));
    target = join(dir, name);
    writeFileSync(target, PREVIOUS);
    before = sha256(target);
    renameFailures.calls = 0;
  };
  const setPlatform = (platform: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  afterEach(() => {
    setPlatform(realPlatform);
    renameFailures.codes = [];
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['EBUSY', 'EPERM', 'EACCES'])('%s reaches exportPlan as TARGET_LOCKED with its sentence; file unchanged, no temp file, not retried off Windows', async (code) => {
    prepare('plan.docx');
    renameFailures.codes = [code];
    const failure = exportPlan(plan, { format: 'docx', out: target, date: new Date('2025-01-01T00:00:00Z') });
    await expect(failure).rejects.toMatchObject({ ...LOCKED, detail: code });
    expect(renameFailures.calls).toBe(1);
    expect(sha256(target)).toBe(before);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('export.run through dispatch returns ok:false with TARGET_LOCKED and the sentence, never a stack trace', async () => {
    prepare('plan.html');
    renameFailures.codes = ['EBUSY'];
    const result = await dispatch(handlers, 'export.run', { format: 'html', out: target });
    expect(result).toEqual({ ok: false, error: { ...LOCKED, detail: 'EBUSY' } });
    expect(sha256(target)).toBe(before);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('on Windows retries a lock that lets go (virus scanner) and writes the file', async () => {
    prepare('plan.html');
    setPlatform('win32');
    renameFailures.codes = ['EBUSY'];
    await writeFileAtomic(target, 'ny versjon');
    expect(renameFailures.calls).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('ny versjon');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('on Windows gives up after three attempts at a lock that stays (Word) with TARGET_LOCKED; other errors are not retried', async () => {
    prepare('plan.html');
    setPlatform('win32');
    renameFailures.codes = ['EBUSY', 'EBUSY', 'EBUSY', 'EBUSY'];
    await expect(writeFileAtomic(target, 'ny versjon')).rejects.toMatchObject(LOCKED);
    expect(renameFailures.calls).toBe(3);
    expect(sha256(target)).toBe(before);
    expect(tempFiles(dir)).toEqual([]);

    renameFailures.codes = ['ENOSPC'];
    renameFailures.calls = 0;
    await expect(writeFileAtomic(target, 'ny versjon')).rejects.toMatchObject({ code: 'DISK_FULL', message: ERROR_MESSAGES.DISK_FULL });
    expect(renameFailures.calls).toBe(1);
    expect(sha256(target)).toBe(before);
    expect(tempFiles(dir)).toEqual([]);
  });
});
