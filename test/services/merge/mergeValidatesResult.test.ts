// Issue 12 item 1: a merge checks the merged plan on the in-memory twin before it writes anything, and again inside
// the transaction before it commits. A copy that would leave an invalid plan is refused: the plan stays byte for
// byte as it was, no backup is made and none is removed, and the plan keeps saving.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openPlanFile } from '../../../electron/services/store';
import { planBreaches } from '../../../electron/services/store/validateMergedPlan';
import { cli, edit, hostileFolder, injectMessages, keepsSaving, mergeWithService, stamp, sums, type RawMessage } from './hostileCopy';

const { tmp, planAndCopy, files } = hostileFolder('planverk-merge-validates-');
afterAll(() => tmp.cleanup());

const REFUSAL = 'Kopien ville gjort planen ugyldig og er ikke slått sammen; ingen av filene er endret.';

/** A plan that has been merged once already (so a backup lies beside it), and a copy carrying `messages`. */
function planWithBackupAndHostileCopy(messages: (plan: ReturnType<typeof planAndCopy>['plan']) => RawMessage[]) {
  const t = planAndCopy();
  edit(t.copy, [{ table: 'themes', id: t.plan.themes[0]!.id, column: 'name', value: 'Fra en ærlig kopi' }]);
  const merged = mergeWithService(t.here, t.copy);
  if (!merged.ok) throw merged.error;
  injectMessages(t.copy, messages(t.plan));
  return t;
}

const halfRow = (): RawMessage[] => [{ timestamp: stamp(Date.now()), dataset: 'areas', row: 'halvt-omraade', column: 'name', value: '"Uten tema"' }];

describe('a merge validates the merged plan before committing', () => {
  it('refuses a copy whose change log creates half a row (an area without a theme), through the service: plan unchanged, backups kept', () => {
    const t = planWithBackupAndHostileCopy(halfRow);
    const listed = files();
    const before = sums(t.here, t.copy);
    for (const mode of ['preview', 'run'] as const) {
      const r = mergeWithService(t.here, t.copy, mode);
      expect(r.ok, mode).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_COPY');
        expect(r.error.message).toBe(REFUSAL);
        expect(r.error.detail).toContain('areas');
      }
    }
    expect(sums(t.here, t.copy)).toEqual(before);
    expect(files()).toEqual(listed);
    expect(keepsSaving(t.here, t.plan, 'Fortsatt lagret')).toBe('Fortsatt lagret');
  });

  it('refuses the same copy through the CLI with one sentence, leaving both files and the backups untouched', async () => {
    const t = planWithBackupAndHostileCopy(halfRow);
    const listed = files();
    const before = sums(t.here, t.copy);
    const r = await cli('merge', t.here, t.copy);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err.startsWith(REFUSAL)).toBe(true);
    expect(sums(t.here, t.copy)).toEqual(before);
    expect(files()).toEqual(listed);
  });

  it('refuses a copy whose change log tombstones the plan frame: the plan is not changed, still opens, and no backup is removed', async () => {
    const t = planWithBackupAndHostileCopy((plan) => [{ timestamp: stamp(Date.now()), dataset: 'plan', row: plan.plan.id, column: 'tombstone', value: 'true' }]);
    const listed = files();
    const before = sums(t.here, t.copy);
    const service = mergeWithService(t.here, t.copy);
    expect(service.ok).toBe(false);
    if (!service.ok) expect(service.error.message).toMatch(/ingen av filene er endret\.$/);
    const r = await cli('merge', t.here, t.copy);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Kopien .*ingen av filene er endret\./);
    expect(sums(t.here, t.copy)).toEqual(before);
    expect(files()).toEqual(listed);
    const file = openPlanFile(t.here);
    expect(file.readPlan().plan.id).toBe(t.plan.plan.id);
    file.close();
    expect(keepsSaving(t.here, t.plan, 'Rammen lever')).toBe('Rammen lever');
  });

  it('planBreaches names a dead frame, a second frame and a row that does not fit its schema', () => {
    const t = planAndCopy();
    const db = new Database(t.copy);
    expect(planBreaches(db)).toEqual([]);
    db.prepare("INSERT INTO areas (id, name) VALUES ('halv', 'x')").run();
    expect(planBreaches(db).join('\n')).toMatch(/^areas\.\d+\.themeId: /m);
    db.prepare("INSERT INTO plan (id, title) VALUES ('inntrenger', 'Overtatt')").run();
    expect(planBreaches(db)[0]).toBe('2 planrammer, men en plan har én');
    db.prepare('UPDATE plan SET tombstone = 1').run();
    expect(planBreaches(db)).toEqual(['planrammen mangler']);
    db.close();
  });
});
