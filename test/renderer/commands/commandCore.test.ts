// The renderer's one command path against the real services in-process (a real plan file): commit through the
// pending queue, undo and redo as new changes, the plan read again after a refusal, and undo per user after a merge.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ArgsOf, CallName, ResultOf } from '../../../shared/api/contract';
import { ERROR_MESSAGES, type ApiError, type ApiResult } from '../../../shared/api/errors';
import type { FieldChange } from '../../../shared/domain/plan';
import type { PlanView } from '../../../shared/domain/planView';
import { createHandlers } from '../../../electron/services/api/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createSession, type Session } from '../../../electron/services/session';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { createCommands } from '../../../renderer/commands/commandCore';
import { sha256File, smallPlan, tempDir } from '../../services/store/helpers';

const tmp = tempDir('planverk-commands-');
afterAll(() => tmp.cleanup());
let session: Session | null = null;
afterEach(() => {
  session?.close();
  session = null;
});
let n = 0;
const base = smallPlan();
const theme = base.themes[0]!;
const area = base.areas[0]!;
const title = (value: string): FieldChange => ({ table: 'plan', id: base.plan.id, column: 'title', value });
const themeName = (value: string): FieldChange => ({ table: 'themes', id: theme.id, column: 'name', value });

/** The command path wired to a real plan file, with a cache that records what the screen would show. */
async function opened() {
  const here = tmp.file(`Plan ${++n}.planverk`);
  const copy = tmp.file(`Plan ${n} kopi.planverk`);
  createPlanFile(here, base).close();
  session = createSession();
  session.open(here);
  const handlers = createHandlers(session);
  const calls: string[] = [];
  const call = async <K extends CallName>(name: K, args: ArgsOf<K>) => {
    calls.push(name);
    return (await dispatch(handlers, name, args)) as ApiResult<ResultOf<K>>;
  };
  const screen = { plan: null as PlanView | null, errors: [] as ApiError[] };
  const commands = createCommands({
    call,
    cache: {
      plan: () => screen.plan,
      setPlan: (plan) => (screen.plan = plan),
      showError: (error) => screen.errors.push(error),
      noteSaving: () => {},
      noteSavedAt: () => {},
      refreshFileInfo: async () => {},
    },
  });
  const loaded = await call('plan.load', {});
  if (!loaded.ok) throw new Error('plan.load');
  screen.plan = loaded.value;
  const stored = async () => {
    const r = await call('plan.load', {});
    if (!r.ok) throw new Error('plan.load');
    return r.value;
  };
  /** A copy of the plan as it is now, edited elsewhere: what «Del på e-post» sends out and gets back. */
  const editedCopy = (changes: FieldChange[]) => {
    session!.requireCurrent().saveCopy(copy, { overwrite: true });
    const file = openPlanFile(copy);
    try {
      file.mutate(changes);
    } finally {
      file.close();
    }
    return copy;
  };
  return { here, screen, commands, calls, call, stored, editedCopy };
}

describe('the command path', () => {
  it('commits an edit to the screen at once and to the file through one plan.mutate', async () => {
    const t = await opened();
    expect(t.commands.commit([title('Ny tittel')])).toBe(true);
    expect(t.screen.plan!.plan.title).toBe('Ny tittel');
    await t.commands.flush();
    expect(t.calls.filter((c) => c === 'plan.mutate')).toHaveLength(1);
    expect((await t.stored()).plan.title).toBe('Ny tittel');
  });

  it('undoes and redoes the last step as new changes, and shows the file\'s value after each', async () => {
    const t = await opened();
    t.commands.commit([themeName('Første')]);
    t.commands.commit([themeName('Andre')]);
    expect(await t.commands.undo()).toBe('done');
    expect(t.screen.plan!.themes.find((x) => x.id === theme.id)?.name).toBe('Første');
    expect((await t.stored()).themes.find((x) => x.id === theme.id)?.name).toBe('Første');
    expect(await t.commands.redo()).toBe('done');
    expect(t.screen.plan!.themes.find((x) => x.id === theme.id)?.name).toBe('Andre');
    expect(await t.commands.undo()).toBe('done');
    expect(await t.commands.undo()).toBe('done');
    expect(t.screen.plan!.themes.find((x) => x.id === theme.id)?.name).toBe(theme.name);
    expect(await t.commands.undo()).toBe('nothing');
  });

  it('undoes a typed burst (debounced) that is still queued: it is written first, then undone as one step', async () => {
    const t = await opened();
    for (const value of ['T', 'Ti', 'Tit']) t.commands.commit([title(value)], { mode: 'debounced' });
    expect(await t.commands.undo()).toBe('done');
    expect(t.screen.plan!.plan.title).toBe(base.plan.title);
    expect((await t.stored()).plan.title).toBe(base.plan.title);
  });

  it('takes a refused value off the screen: the error is shown and the stored value comes back, the file untouched', async () => {
    const t = await opened();
    t.commands.commit([title('Godkjent tittel')]);
    await t.commands.flush();
    const before = sha256File(t.here);
    // The services refuse a title over 500 characters; the screen showed it optimistically.
    t.commands.commit([title('x'.repeat(501))]);
    expect(t.screen.plan!.plan.title).toHaveLength(501);
    await t.commands.flush();
    await expect.poll(() => t.screen.plan!.plan.title).toBe('Godkjent tittel');
    expect(t.screen.errors.map((e) => e.code)).toEqual(['INVALID_ARGS']);
    expect(sha256File(t.here)).toBe(before);
  });

  it('keeps an edit made while a refused one was on its way on screen after the reload', async () => {
    const t = await opened();
    t.commands.commit([title('x'.repeat(501))]);
    t.commands.commit([themeName('Skrevet imens')], { mode: 'debounced' });
    await t.commands.flush();
    await expect.poll(() => t.screen.plan!.plan.title).toBe(base.plan.title);
    expect(t.screen.plan!.themes.find((x) => x.id === theme.id)?.name).toBe('Skrevet imens');
  });

  it('shows the rows an edit creates before the services answer', async () => {
    const t = await opened();
    const id = 'ny-milepael';
    t.commands.commit(
      [
        { table: 'milestones', id, column: 'name', value: 'Ny milepæl' },
        { table: 'milestones', id, column: 'sortKey', value: 9 },
      ],
      { rowsFromChanges: true },
    );
    expect(t.screen.plan!.milestones.find((m) => m.id === id)?.name).toBe('Ny milepæl');
  });

  it('undoes only this user\'s own step after a merge: a field a merged copy changed later is refused with one sentence, and the next undo reaches the step before', async () => {
    const t = await opened();
    t.commands.commit([themeName('Tema her')]);
    t.commands.commit([title('Tittel her')]);
    await t.commands.flush();
    const copy = t.editedCopy([title('Tittel fra kopien'), { table: 'areas', id: area.id, column: 'name', value: 'Område fra kopien' }]);
    const merged = await t.call('merge.run', { path: copy });
    expect(merged.ok).toBe(true);
    await t.commands.reload();
    const before = sha256File(t.here);
    expect(await t.commands.undo()).toBe('refused');
    expect(t.screen.errors.at(-1)).toMatchObject({ code: 'UNDO_CONFLICT', message: ERROR_MESSAGES.UNDO_CONFLICT });
    expect(sha256File(t.here)).toBe(before);
    expect(t.screen.plan!.plan.title).toBe('Tittel fra kopien');
    // The step before touched a field the copy left alone: it is undone, and the copy's work stays.
    expect(await t.commands.undo()).toBe('done');
    expect(t.screen.plan!.themes.find((x) => x.id === theme.id)?.name).toBe(theme.name);
    expect(t.screen.plan!.plan.title).toBe('Tittel fra kopien');
    expect(t.screen.plan!.areas.find((x) => x.id === area.id)?.name).toBe('Område fra kopien');
  });

  it('tells its listeners what an undo did, and runs the reload hooks around the reload', async () => {
    const t = await opened();
    const told: string[] = [];
    t.commands.onHistoryStep((step, outcome) => told.push(`${step}:${outcome}`));
    t.commands.onReload({ before: () => told.push('before'), after: () => told.push('after') });
    t.commands.commit([title('A')]);
    await t.commands.undo();
    await t.commands.undo();
    expect(told).toEqual(['before', 'after', 'undo:done', 'undo:nothing']);
  });
});
