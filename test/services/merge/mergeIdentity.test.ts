// Issue 12 item 3: a plan is identified by a plan id written when it is created (migration 0001 derives one for older
// files), checked on every merge. Another plan's copy, also one with an empty change log or without the id, is refused
// with one sentence and both files untouched; a copy made before the migration still merges with its original.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { planIdOf } from '../../../electron/services/store/planIdentity';
import { asOlderSchema, smallPlan } from '../store/helpers';
import { cli, edit, hostileFolder, keepsSaving, mergeWithService, sums } from './hostileCopy';

const { tmp, planAndCopy, files } = hostileFolder('planverk-merge-identity-');
afterAll(() => tmp.cleanup());

const OTHER = 'Filen er en annen plan, ikke en kopi av planen som er åpen; ingen av filene er endret.';
const MISSING = 'Filen mangler planens identitet, så den kan ikke være en kopi av planen som er åpen; ingen av filene er endret.';

/** Turns a file into one written by the build before plan identity (schema version 1): no id, no restamp table. */
function asFileFromBeforeIdentity(path: string): void {
  const db = new Database(path);
  asOlderSchema(db, 1);
  db.close();
}

function emptyLog(path: string, dropId: boolean): void {
  const db = new Database(path);
  db.exec(`DELETE FROM messages_crdt; ${dropId ? "DELETE FROM meta WHERE key = 'planId';" : ''}`);
  db.close();
}

async function expectRefused(here: string, copy: string, sentence: string) {
  const listed = files();
  const before = sums(here, copy);
  for (const mode of ['preview', 'run'] as const) {
    const r = mergeWithService(here, copy, mode);
    expect(r.ok, mode).toBe(false);
    if (!r.ok) {
      expect(r.error.code, mode).toBe('OTHER_PLAN');
      expect(r.error.message, mode).toBe(sentence);
    }
  }
  const c = await cli('merge', here, copy);
  expect(c.code).toBe(1);
  expect(c.err.split('\n')).toHaveLength(1);
  expect(c.err.startsWith(sentence)).toBe(true);
  expect(sums(here, copy)).toEqual(before);
  expect(files()).toEqual(listed);
}

describe('plan identity', () => {
  it('writes a random plan id when a plan is created, which its copies carry and a plan made again from the same JSON does not', () => {
    const t = planAndCopy();
    const again = tmp.file('igjen.planverk');
    createPlanFile(again, smallPlan()).close();
    const id = (p: string) => {
      const f = openPlanFile(p, { readOnly: true });
      try {
        return planIdOf(f.database);
      } finally {
        f.close();
      }
    };
    expect(id(t.here)).toMatch(/^[0-9a-f-]{36}$/);
    expect(id(t.copy)).toBe(id(t.here));
    expect(id(again)).not.toBe(id(t.here));
  });

  it("refuses another plan's copy with an empty change log (it would double every chapter's text), through the service and the CLI", async () => {
    const t = planAndCopy();
    const other = planAndCopy(); // the same seeded ids, the same title: only the identity tells them apart
    emptyLog(other.copy, false);
    await expectRefused(t.here, other.copy, OTHER);
  });

  it('refuses a copy whose plan id has been removed (and whose change log is empty)', async () => {
    const t = planAndCopy();
    emptyLog(t.copy, true);
    await expectRefused(t.here, t.copy, MISSING);
  });

  it('refuses a copy whose plan id has been changed, even with the same frame and change log', async () => {
    const t = planAndCopy();
    const db = new Database(t.copy);
    db.prepare("UPDATE meta SET value = 'en-annen-plan' WHERE key = 'planId'").run();
    db.close();
    await expectRefused(t.here, t.copy, OTHER);
  });

  it('merges a copy made before plan identity existed with its original, which the migration gave the same derived id', () => {
    const t = planAndCopy();
    asFileFromBeforeIdentity(t.here);
    asFileFromBeforeIdentity(t.copy);
    edit(t.copy, []); // opening it for editing migrates the copy too: both routes must give the same id
    const t2 = planAndCopy();
    asFileFromBeforeIdentity(t2.here);
    asFileFromBeforeIdentity(t2.copy);
    for (const { here, copy, plan } of [t, t2]) {
      const db = new Database(copy);
      const migrated = db.pragma('user_version', { simple: true }) as number;
      db.close();
      if (migrated === 1) {
        // still an old file on disk: the merge migrates it in memory only
        const before = sums(copy);
        const r = mergeWithService(here, copy);
        expect(r.ok).toBe(true);
        expect(sums(copy)).toEqual(before);
      } else {
        edit(copy, [{ table: 'themes', id: plan.themes[0]!.id, column: 'name', value: 'Fra den gamle kopien' }]);
        const r = mergeWithService(here, copy);
        expect(r.ok).toBe(true);
        const f = openPlanFile(here, { readOnly: true });
        expect(f.readPlan().themes[0]!.name).toBe('Fra den gamle kopien');
        expect(planIdOf(f.database)).toMatch(/^v1:/);
        f.close();
      }
      expect(keepsSaving(here, plan, 'Etter migrering')).toBe('Etter migrering');
    }
  });

  it('refuses an old copy of another plan whose change log is empty: the migration cannot give it an identity', async () => {
    const t = planAndCopy();
    const other = planAndCopy();
    asFileFromBeforeIdentity(other.copy);
    emptyLog(other.copy, true);
    await expectRefused(t.here, other.copy, MISSING);
  });
});
