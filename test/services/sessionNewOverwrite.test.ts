// «Ny plan» onto an existing file: refused without `overwrite`; with it (the shell passes it after its dialog asked),
// the new plan replaces the file through a temp file and a rename, unless the file is open here or in another Planverk,
// and a failed creation leaves the old file exactly as it was.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/api/dispatch';
import { createHandlers } from '../../electron/services/api/handlers';
import { createSession } from '../../electron/services/session';
import { openPlanFile } from '../../electron/services/store';
import { lockPathFor } from '../../electron/services/store/lock';
import type { PlanData } from '../../shared/domain/plan';
import { sha256File, smallPlan, tempDir } from './store/helpers';

const tmp = tempDir('planverk-new-overwrite-');
afterAll(() => tmp.cleanup());

/** A plan file with the small test plan ("Testplan"), created and closed by a session of its own. */
function existingPlan(name: string): string {
  const path = tmp.file(name);
  const other = createSession();
  other.create(path, { plan: smallPlan() });
  other.close();
  return path;
}

function handlers() {
  const session = createSession();
  const h = createHandlers(session);
  return { session, call: (name: string, args: unknown) => dispatch(h, name, args) };
}

const titleOf = (path: string): string => {
  const file = openPlanFile(path);
  try {
    return file.readPlan().plan.title;
  } finally {
    file.close();
  }
};

describe('file.new onto an existing file', () => {
  it('refuses without overwrite and leaves the file as it was', async () => {
    const path = existingPlan('refused.planverk');
    const before = sha256File(path);
    const { session, call } = handlers();
    expect(await call('file.new', { path, sample: false })).toMatchObject({ ok: false, error: { code: 'TARGET_EXISTS' } });
    expect(sha256File(path)).toBe(before);
    session.close();
  });

  it('replaces it with the new plan when overwrite is confirmed, opens it and leaves no temp files or stale journal', async () => {
    const path = existingPlan('replaced.planverk');
    // A journal left by a crash beside the old file must not be rolled back into the new one.
    writeFileSync(`${path}-journal`, 'gammel journal');
    const { session, call } = handlers();
    const result = await call('file.new', { path, sample: false, overwrite: true });
    expect(result).toMatchObject({ ok: true, value: { path, title: 'Ny plan', readOnly: false } });
    const plan = (await call('plan.load', {})) as { ok: true; value: PlanData };
    expect(plan.value.plan.title).toBe('Ny plan');
    expect(plan.value.areas).toHaveLength(0);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('replaced'))).toEqual(['replaced.planverk', 'replaced.planverk.lock']);
    session.close();
    expect(titleOf(path)).toBe('Ny plan');
  });

  it('refuses to replace the plan that is open, which stays open and unchanged', async () => {
    const path = existingPlan('open.planverk');
    const { session, call } = handlers();
    await call('file.open', { path });
    const result = await call('file.new', { path, sample: false, overwrite: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'TARGET_EXISTS', message: expect.stringContaining('åpen') } });
    expect(session.info()?.path).toBe(path);
    expect(((await call('plan.load', {})) as { value: PlanData }).value.plan.title).toBe('Testplan');
    session.close();
  });

  it('refuses a file another Planverk has open, without touching it or its lock', async () => {
    const path = existingPlan('locked.planverk');
    const before = sha256File(path);
    // The parent process (alive, on this machine, not us) holds the lock, as another Planverk would.
    const lock = JSON.stringify({ pid: process.ppid, host: hostname(), openedAt: new Date().toISOString() });
    writeFileSync(lockPathFor(path), lock);
    const { session, call } = handlers();
    const result = await call('file.new', { path, sample: false, overwrite: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED', message: 'Planen er åpen i en annen Planverk og kan ikke erstattes.' } });
    expect(sha256File(path)).toBe(before);
    expect(readFileSync(lockPathFor(path), 'utf8')).toBe(lock);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('locked'))).toEqual(['locked.planverk', 'locked.planverk.lock']);
    session.close();
  });

  it('leaves the old file untouched and unlocked when the new plan cannot be created', () => {
    const path = existingPlan('failed.planverk');
    const before = sha256File(path);
    const session = createSession();
    const broken = smallPlan();
    broken.areas[0]!.themeId = 'finnes-ikke';
    expect(() => session.create(path, { plan: broken }, { overwrite: true })).toThrow(expect.objectContaining({ code: 'INVALID_JSON' }));
    expect(sha256File(path)).toBe(before);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('failed'))).toEqual(['failed.planverk']);
    expect(session.current()).toBeNull();
    // Its lock was released: the file opens as before.
    expect(titleOf(path)).toBe('Testplan');
  });

  it('leaves the old file untouched when writing the new database fails midway (no migrations to apply)', () => {
    const path = existingPlan('midway.planverk');
    const before = sha256File(path);
    const empty = tmp.file('no-migrations');
    mkdirSync(empty);
    const session = createSession({ migrationsFolder: empty });
    expect(() => session.create(path, { sample: false }, { overwrite: true })).toThrow(expect.objectContaining({ code: 'WRITE_FAILED' }));
    expect(sha256File(path)).toBe(before);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('midway'))).toEqual(['midway.planverk']);
    expect(titleOf(path)).toBe('Testplan');
  });

  it('creates the file as usual when nothing is there yet', async () => {
    const { session, call } = handlers();
    const path = tmp.file('fresh.planverk');
    expect(await call('file.new', { path, sample: false, overwrite: true })).toMatchObject({ ok: true, value: { path } });
    session.close();
  });
});
