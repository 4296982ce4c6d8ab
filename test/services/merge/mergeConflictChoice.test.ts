// Conflicting values after a merge (issue 15): a matrix cell and a table field both sides changed are listed with both
// values and who wrote each; «bruk den andre verdien» is one ordinary edit through the app's command path (one undo
// step), and Ctrl+Z gives the merged value back.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession, type Session } from '../../../electron/services/session';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import type { ArgsOf, CallName, ResultOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { Person } from '../../../shared/domain/person';
import type { PlanView } from '../../../shared/domain/planView';
import { otherValueChange } from '../../../shared/merge/conflictChoice';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { createCommands } from '../../../renderer/commands/commandCore';
import { runCliCaptured } from '../../cli/capture';
import { tempDir } from '../store/helpers';
import { KARI } from './reviewCopies';

const tmp = tempDir('planverk-mergeconflictchoice-');
afterAll(() => tmp.cleanup());
let session: Session | null = null;
afterEach(() => {
  session?.close();
  session = null;
});
let n = 0;
const ADVISER: Person = { id: 'p-radgiver', name: 'Rådgiver Rå', initials: 'RR', group: null };
const sample = buildSamplePlan();
const cell = sample.cells.find((c) => c.level === 'SpH')!;
const measure = sample.measures[0]!;

/** The plan open in a session of the adviser, and Kari's copy: both changed the cell's level and the measure's name. */
function conflicting() {
  const here = tmp.file(`Plan ${++n}.planverk`);
  const copy = tmp.file(`Plan ${n} – Kari.planverk`);
  const base = createPlanFile(here, sample);
  base.saveCopy(copy);
  base.close();
  const k = openPlanFile(copy, { author: KARI });
  k.mutate([
    { table: 'cells', id: cell.id, column: 'level', value: 'DpH' },
    { table: 'measures', id: measure.id, column: 'name', value: 'Karis tiltak' },
  ]);
  k.close();
  session = createSession({ person: ADVISER });
  session.open(here);
  const handlers = createHandlers(session);
  const call = async <K extends CallName>(name: K, args: ArgsOf<K>) => (await dispatch(handlers, name, args)) as ApiResult<ResultOf<K>>;
  return { here, copy, call };
}

async function ok<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value;
}

describe('conflicting values of a returned copy', () => {
  it('a matrix cell and a table field changed on both sides are listed with both values and who wrote each', async () => {
    const { call } = conflicting();
    await ok(call('plan.mutate', { changes: [{ table: 'cells', id: cell.id, column: 'level', value: 'OpH' }, { table: 'measures', id: measure.id, column: 'name', value: 'Rådgiverens tiltak' }] }));
    // Kari's copy was edited first, so the adviser's later edits win; the copy's values are listed to choose from.
    const preview = await ok(call('merge.previewCopies', { paths: [tmp.file(`Plan ${n} – Kari.planverk`)] }));
    const by = (column: string) => preview.total.conflicts.find((c) => c.column === column)!;
    expect(by('level')).toMatchObject({ table: 'cells', here: 'OpH', copy: 'DpH', winner: 'here', hereAuthor: { id: ADVISER.id, name: ADVISER.name }, copyAuthor: { id: KARI.id, name: KARI.name, group: 'Helse' } });
    expect(by('name')).toMatchObject({ table: 'measures', here: 'Rådgiverens tiltak', copy: 'Karis tiltak', hereAuthor: { name: ADVISER.name }, copyAuthor: { name: KARI.name } });
  });

  it('«bruk den andre verdien» after the merge is one edit through the command path, and undo gives the merged value back', async () => {
    const { copy, call } = conflicting();
    await ok(call('plan.mutate', { changes: [{ table: 'cells', id: cell.id, column: 'level', value: 'OpH' }, { table: 'measures', id: measure.id, column: 'name', value: 'Rådgiverens tiltak' }] }));
    const outcome = await ok(call('merge.runCopies', { paths: [copy] }));
    const screen = { plan: await ok(call('plan.load', {})) as PlanView | null };
    const commands = createCommands({
      call,
      cache: { plan: () => screen.plan, setPlan: (p) => (screen.plan = p), showError: () => {}, noteSaving: () => {}, noteSavedAt: () => {}, refreshFileInfo: async () => {} },
    });
    const stored = async () => ok(call('plan.load', {}));
    const level = async () => (await stored()).cells.find((c) => c.id === cell.id)!.level;
    expect(await level()).toBe('OpH');
    const conflict = outcome.total.conflicts.find((c) => c.column === 'level')!;
    expect(commands.commit([otherValueChange(conflict)])).toBe(true);
    await commands.flush();
    expect(await level()).toBe('DpH');
    expect((await stored()).measures.find((m) => m.id === measure.id)!.name).toBe('Rådgiverens tiltak');
    expect(await commands.stepHistory('undo')).toBe('done');
    expect(await level()).toBe('OpH');
  });

  it('cli merge names who wrote each of the two values', async () => {
    const { here, copy } = conflicting();
    session?.close();
    session = null;
    const h = openPlanFile(here, { author: ADVISER });
    h.mutate([{ table: 'measures', id: measure.id, column: 'name', value: 'Rådgiverens tiltak' }]);
    h.close();
    const { out } = await runCliCaptured('merge', here, copy, '--preview');
    expect(out.some((l) => l.includes('her «Rådgiverens tiltak» (av Rådgiver Rå), i kopien «Karis tiltak» (av Kari Nordmann)'))).toBe(true);
  });
});
