// A full disk while a plan is open: the failed edit is kept in memory, the file stays intact, «Lagre som» rescues it.
// Uses a real 1 MiB tmpfs where this process may mount one (root in CI); elsewhere SQLite's max_page_count gives the
// same SQLITE_FULL through the same code path.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, type PlanFile } from '../../../electron/services/store';
import { smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-full-');
const mountPoint = tmp.file('liten-disk');
mkdirSync(mountPoint);
const mounted = !process.env.PLANVERK_TEST_NO_MOUNT && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
  tmp.cleanup();
});

describe('a full disk', () => {
  it('keeps every edit that could not be written and leaves a file that passes integrity_check', () => {
    const plan = smallPlan();
    const path = `${mountPoint}/plan.planverk`;
    const file: PlanFile = createPlanFile(path, plan);
    if (!mounted) file.database.pragma(`max_page_count = ${(file.database.pragma('page_count', { simple: true }) as number) + 40}`);

    // Fill the disk with ordinary edits until the store reports it; each edit is a 15 kB purpose text.
    const filler = 'Hensikten med planarbeidet er å gi retning for tjenestene. '.repeat(250);
    let written = 0;
    let last = '';
    for (let i = 0; i < 400 && file.info().problem === null; i++) {
      last = `${i}: ${filler}`;
      file.mutate([{ table: 'plan', id: plan.plan.id, column: 'purpose', value: last }]);
      if (file.info().problem === null) written++;
    }
    expect(file.info().problem).toBe('DISK_FULL');
    expect(written).toBeGreaterThan(0);
    const after = file.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Skrevet på full disk' }]);
    expect(after.pendingChanges).toBeGreaterThanOrEqual(2);
    // The user still sees what they typed.
    expect(file.readPlan().plan.title).toBe('Skrevet på full disk');
    expect(file.readPlan().plan.purpose).toBe(last);

    // The file on the full disk is a consistent plan holding the edits acknowledged before the disk filled.
    const check = new Database(path, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const rescued = file.saveAs(tmp.file('reddet.planverk'));
    expect(rescued.info()).toMatchObject({ problem: null, pendingChanges: 0 });
    expect(rescued.readPlan().plan).toMatchObject({ title: 'Skrevet på full disk', purpose: last });
    rescued.close();
    file.close();
  });
});
