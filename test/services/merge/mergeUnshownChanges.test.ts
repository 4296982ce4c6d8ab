// A copy (here a copy of a copy) whose changes leave every shown value as it was — a comment reopened that was open,
// a name set and set back — still brings log entries. The merge service must take them in, not skip the copy as
// «nothing new»: otherwise a later copy's change to the same field wins in one merge order and loses in another, and
// «Endret av» names different persons (found by mergeModel.test.ts, seed 20261206).
import { afterAll, describe, expect, it } from 'vitest';
import { createCommentService } from '../../../electron/services/comments/commentService';
import { previewMerge, runMerge } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, mergeFrom, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { authorsSnapshot, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-merge-unshown-');
afterAll(() => tmp.cleanup());

let files = 0;
const newFile = (name: string): string => tmp.file(`${++files}-${name}.planverk`);

function copyOf(from: string, name: string): string {
  const to = newFile(name);
  const f = openPlanFile(from, { readOnly: true });
  f.saveCopy(to);
  f.close();
  return to;
}

function withFile<T>(path: string, use: (f: PlanFile) => T, person?: number): T {
  const f = openPlanFile(path);
  if (person !== undefined) f.setAuthor({ id: `person-${person}`, name: `Person ${person}`, initials: `P${person}`, group: null });
  try {
    return use(f);
  } finally {
    f.close();
  }
}

const comments = (f: PlanFile, person: number) => createCommentService(f, { now: () => new Date(Date.UTC(2026, 11, 7, 5, person)), newId: () => `k${person}` });
const areaOf = (f: PlanFile): string => f.readPlan().areas[0]!.id;
const setAreaName = (path: string, person: number, name: string): void => withFile(path, (f) => void f.mutate([{ table: 'areas', id: areaOf(f), column: 'name', value: name }]), person);

/** Order A: each copy into the plan through the merge service (preview, backup, skip when nothing is new). */
function serviceOrder(base: string, copies: readonly string[]): string {
  const plan = copyOf(base, 'planA');
  for (const c of copies) withFile(plan, (f) => runMerge(f, c));
  return plan;
}

/** Order B, a chain: the copies into the first one, back and forth, then that into the plan (the store's merge). */
function chainOrder(base: string, copies: readonly string[]): string {
  const chain = copies.map((c) => copyOf(c, 'chain'));
  for (const other of chain.slice(1)) withFile(chain[0]!, (f) => mergeFrom(f, other));
  withFile(chain[1]!, (f) => mergeFrom(f, chain[0]!));
  withFile(chain[0]!, (f) => mergeFrom(f, chain[1]!));
  const plan = copyOf(base, 'planB');
  withFile(plan, (f) => mergeFrom(f, chain[0]!));
  return plan;
}

const stateOf = (path: string) => withFile(path, (f) => ({ json: canonicalPlanJson(f.readPlan()), authors: authorsSnapshot(f.database) }));
const logOf = (path: string): string[] => withFile(path, (f) => f.database.prepare('SELECT timestamp FROM messages_crdt ORDER BY timestamp').pluck().all() as string[]);

function basePlan(): string {
  const base = newFile('base');
  createPlanFile(base, buildSamplePlan()).close();
  return base;
}

describe('a copy whose changes show no difference still merges (every merge order gives the same plan)', () => {
  it('a copy of a copy that reopens an open comment: its reopen and its person are kept whether merged one by one or in a chain', () => {
    const base = basePlan();
    const copy0 = copyOf(base, 'copy0');
    withFile(copy0, (f) => comments(f, 0).add({ targetTable: 'areas', targetId: areaOf(f), body: 'Hei' }), 0);
    const copy1 = copyOf(copy0, 'copy1');
    withFile(copy1, (f) => comments(f, 1).reopen('k0'), 1);
    const copy2 = copyOf(base, 'copy2');
    withFile(copy2, (f) => comments(f, 2).add({ targetTable: 'areas', targetId: areaOf(f), body: 'Hallo' }), 2);

    const a = serviceOrder(base, [copy0, copy1, copy2]);
    const b = chainOrder(base, [copy1, copy2, copy0]);
    expect(stateOf(b)).toEqual(stateOf(a));
    for (const copy of [copy0, copy1, copy2]) expect(logOf(a)).toEqual(expect.arrayContaining(logOf(copy)));
    expect(stateOf(a).authors.people.map((p) => p.id)).toContain('person-1');
  });

  it('a copy of a copy that sets a name and sets it back: a third copy\'s name in between loses in every order', () => {
    const base = basePlan();
    const copy0 = copyOf(base, 'copy0');
    setAreaName(copy0, 0, 'Sentrum');
    const copy1 = copyOf(copy0, 'copy1');
    setAreaName(copy1, 1, 'Midlertidig');
    const copy2 = copyOf(base, 'copy2');
    setAreaName(copy2, 2, 'Havna'); // later than «Midlertidig», earlier than setting it back
    setAreaName(copy1, 1, 'Sentrum');

    const a = serviceOrder(base, [copy0, copy1, copy2]);
    const b = chainOrder(base, [copy1, copy2, copy0]);
    expect(stateOf(b)).toEqual(stateOf(a));
    expect(withFile(a, (f) => f.readPlan().areas[0]!.name)).toBe('Sentrum');
  });

  it('the preview says such a copy brings something, and the merge takes its log in with a backup', () => {
    const base = basePlan();
    const copy = copyOf(base, 'copy');
    setAreaName(copy, 1, 'Midlertidig');
    const original = withFile(base, (f) => f.readPlan().areas[0]!.name);
    setAreaName(copy, 1, original);
    const plan = copyOf(base, 'plan');
    expect(withFile(plan, (f) => previewMerge(f, copy)).nothingNew).toBe(false);
    const outcome = withFile(plan, (f) => runMerge(f, copy));
    expect(outcome.backupPath).not.toBeNull();
    expect(logOf(plan)).toEqual(expect.arrayContaining(logOf(copy)));
    // Merged again, the copy brings nothing: no write, no backup.
    const again = withFile(plan, (f) => runMerge(f, copy));
    expect(again.nothingNew).toBe(true);
    expect(again.backupPath).toBeNull();
  });
});
