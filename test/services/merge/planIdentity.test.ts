// The store tells a copy of the open plan from another plan before merging (CLI `merge` and the app alike):
// same frame id and the same first change-log message, or OTHER_PLAN with both files untouched.
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, mergeFrom, openPlanFile } from '../../../electron/services/store';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-identity-');
afterAll(() => tmp.cleanup());

describe('mergeFrom and plan identity', () => {
  it('merges a copy made from the file', () => {
    const base = createPlanFile(tmp.file('a.planverk'), smallPlan());
    base.saveCopy(tmp.file('a-kopi.planverk'));
    base.close();
    const copy = openPlanFile(tmp.file('a-kopi.planverk'));
    copy.mutate([{ table: 'plan', id: smallPlan().plan.id, column: 'title', value: 'Fra kopien' }]);
    copy.close();
    const a = openPlanFile(tmp.file('a.planverk'));
    expect(mergeFrom(a, tmp.file('a-kopi.planverk')).newMessages).toBe(1);
    expect(a.readPlan().plan.title).toBe('Fra kopien');
    a.close();
  });

  it.each([
    ['a plan with the same ids created on its own (e.g. again from its JSON)', () => smallPlan()],
    ['a plan with another frame id', () => ({ ...smallPlan(), plan: { ...smallPlan().plan, id: 'annen-plan' } })],
  ])('refuses %s, leaving both files untouched', (_name, other) => {
    const here = tmp.file(`her-${Math.random().toString(36).slice(2)}.planverk`);
    const there = tmp.file(`der-${Math.random().toString(36).slice(2)}.planverk`);
    createPlanFile(there, other()).close();
    const file = createPlanFile(here, smallPlan());
    const sums = [sha256File(here), sha256File(there)];
    expect(() => mergeFrom(file, there)).toThrow(expect.objectContaining({ code: 'OTHER_PLAN' }));
    file.close();
    expect([sha256File(here), sha256File(there)]).toEqual(sums);
  });
});
