// Undo per user: plan.undo applies the inverse of this session's own step as a new change, and refuses (file untouched)
// a step whose field a merged copy changed after it, instead of overwriting the other copy's work.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ArgsOf, CallName, ResultOf } from '../../../shared/api/contract';
import { ERROR_MESSAGES, type ApiResult } from '../../../shared/api/errors';
import type { FieldChange } from '../../../shared/domain/plan';
import { createHandlers } from '../../../electron/services/api/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createSession, type Session } from '../../../electron/services/session';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { sha256File, smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-undo-user-');
afterAll(() => tmp.cleanup());
let session: Session | null = null;
afterEach(() => {
  session?.close();
  session = null;
});
let n = 0;
const plan = smallPlan();
const theme = plan.themes[0]!;
const area = plan.areas[0]!;
const title = (value: string): FieldChange => ({ table: 'plan', id: plan.plan.id, column: 'title', value });
const themeName = (value: string): FieldChange => ({ table: 'themes', id: theme.id, column: 'name', value });
const areaName = (value: string): FieldChange => ({ table: 'areas', id: area.id, column: 'name', value });

function twoCopies() {
  const id = ++n;
  const here = tmp.file(`Plan ${id}.planverk`);
  const copy = tmp.file(`Plan ${id} kopi.planverk`);
  const base = createPlanFile(here, plan);
  base.saveCopy(copy);
  base.close();
  session = createSession();
  session.open(here);
  const handlers = createHandlers(session);
  const call = async <K extends CallName>(name: K, args: ArgsOf<K>) => (await dispatch(handlers, name, args)) as ApiResult<ResultOf<K>>;
  const ok = async <K extends CallName>(name: K, args: ArgsOf<K>) => {
    const r = await call(name, args);
    if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
    return r.value;
  };
  const editCopy = (changes: FieldChange[]) => {
    const file = openPlanFile(copy);
    try {
      file.mutate(changes);
    } finally {
      file.close();
    }
  };
  return { here, copy, call, ok, editCopy };
}

describe('undo per user', () => {
  it('undoes an own edit after a merge that changed other fields only, keeping what the copy brought', async () => {
    const t = twoCopies();
    await t.ok('plan.mutate', { changes: [themeName('Tema her')] });
    t.editCopy([areaName('Område fra kopien')]);
    await t.ok('merge.run', { path: t.copy });
    expect((await t.ok('plan.undo', {})).done).toBe(true);
    const after = await t.ok('plan.load', {});
    expect(after.themes.find((x) => x.id === theme.id)?.name).toBe(theme.name);
    expect(after.areas.find((x) => x.id === area.id)?.name).toBe('Område fra kopien');
  });

  it('refuses to undo an own edit of a field a merged copy changed later, leaves the file untouched, and the next undo reaches the step before', async () => {
    const t = twoCopies();
    await t.ok('plan.mutate', { changes: [themeName('Tema her')] });
    await t.ok('plan.mutate', { changes: [title('Tittel her')] });
    await new Promise((r) => setTimeout(r, 5));
    t.editCopy([title('Tittel fra kopien')]);
    await t.ok('merge.run', { path: t.copy });
    const before = sha256File(t.here);
    const refused = await t.call('plan.undo', {});
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'UNDO_CONFLICT', message: ERROR_MESSAGES.UNDO_CONFLICT });
    expect(sha256File(t.here)).toBe(before);
    expect((await t.ok('plan.load', {})).plan.title).toBe('Tittel fra kopien');
    expect((await t.ok('plan.undo', {})).done).toBe(true);
    const after = await t.ok('plan.load', {});
    expect(after.themes.find((x) => x.id === theme.id)?.name).toBe(theme.name);
    expect(after.plan.title).toBe('Tittel fra kopien');
  });

  it('refuses a redo whose field a merged copy changed after the undo', async () => {
    const t = twoCopies();
    await t.ok('plan.mutate', { changes: [title('Tittel her')] });
    expect((await t.ok('plan.undo', {})).done).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    t.editCopy([title('Tittel fra kopien')]);
    await t.ok('merge.run', { path: t.copy });
    const refused = await t.call('plan.redo', {});
    expect(refused.ok ? null : refused.error.code).toBe('UNDO_CONFLICT');
    expect((await t.ok('plan.load', {})).plan.title).toBe('Tittel fra kopien');
  });

  it('refuses to undo an edit of a row a merged copy deleted afterwards (restoring the field would bring the row back)', async () => {
    const t = twoCopies();
    await t.ok('plan.mutate', { changes: [areaName('Område her')] });
    await new Promise((r) => setTimeout(r, 5));
    t.editCopy([{ table: 'areas', id: area.id, column: 'tombstone', value: true }]);
    await t.ok('merge.run', { path: t.copy });
    const before = sha256File(t.here);
    const refused = await t.call('plan.undo', {});
    expect(refused.ok ? null : refused.error.code).toBe('UNDO_CONFLICT');
    expect(sha256File(t.here)).toBe(before);
  });
});
