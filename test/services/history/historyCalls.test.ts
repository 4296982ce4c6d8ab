// «Endret av» and a field's history through the real dispatcher (issue 15 «Who»), as the views beside the matrix, the
// tables, the hearing inputs and the chapters ask for them: each person's last change per row, every stored value of a
// field newest first with its author, its text and the value itself (so a view formats an amount as it shows it),
// deleting and restoring a row; reading writes nothing to the file.
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { createPlanFile } from '../../../electron/services/store';
import type { ChangeStamp, FieldHistoryEntry } from '../../../shared/api/calls/history';
import type { Person } from '../../../shared/domain/person';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-history-calls-');
afterAll(() => tmp.cleanup());

const kari: Person = { id: 'person-kari', name: 'Kari Nordmann', initials: 'KN', group: 'Arbeidsgruppe 1' };
const ola: Person = { id: 'person-ola', name: 'Ola Hansen', initials: 'OH', group: null };

async function as(person: Person, path: string) {
  const session = createSession({ person });
  const handlers = createHandlers(session);
  const call = (name: string, args: unknown) => dispatch(handlers, name, args);
  const ok = async <T>(name: string, args: unknown): Promise<T> => {
    const r = await call(name, args);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  await ok('file.open', { path });
  return { call, ok, close: () => session.close() };
}

function planWithMeasure(name: string): string {
  const path = tmp.file(`${name}.planverk`);
  const plan = smallPlan();
  plan.measures.push({ id: 'measure-1', sortKey: 1, name: 'Felles boligkontor', unit: '3402', themeId: null, chapterId: null, fteHundredths: 50, costOre: 100_000_00, status: 'planlagt', statusDate: null, followUp: '' });
  createPlanFile(path, plan).close();
  return path;
}

const setCost = (ore: number) => ({ changes: [{ table: 'measures', id: 'measure-1', column: 'costOre', value: ore }] });

describe('history calls', () => {
  it('a table row shows who changed it last; the field history lists every value newest first with author, text and stored value', async () => {
    const path = planWithMeasure('tiltak');
    const k = await as(kari, path);
    await k.ok('plan.mutate', setCost(182_000_000));
    k.close();
    const o = await as(ola, path);
    await o.ok('plan.mutate', setCost(150_000_000));
    const last = await o.ok<Record<string, ChangeStamp>>('history.lastChanges', { table: 'measures' });
    expect(last['measure-1']!.author).toMatchObject({ name: 'Ola Hansen', initials: 'OH' });
    expect(Math.abs(Date.parse(last['measure-1']!.at) - Date.now())).toBeLessThan(60_000);
    const history = await o.ok<FieldHistoryEntry[]>('history.field', { table: 'measures', id: 'measure-1', column: 'costOre' });
    expect(history.map((h) => [h.author?.name ?? null, h.text, h.value])).toEqual([
      ['Ola Hansen', '150000000', 150_000_000],
      ['Kari Nordmann', '182000000', 182_000_000],
      // Written when the plan file was made, by no one the file knows.
      [null, '10000000', 10_000_000],
    ]);
    o.close();
  });

  it('deleting and restoring a row is its tombstone field’s history; reading the history writes nothing', async () => {
    const path = planWithMeasure('slettet');
    const k = await as(kari, path);
    await k.ok('plan.mutate', { changes: [{ table: 'measures', id: 'measure-1', column: 'tombstone', value: true }] });
    await k.ok('plan.mutate', { changes: [{ table: 'measures', id: 'measure-1', column: 'tombstone', value: false }] });
    const before = sha256File(path);
    const history = await k.ok<FieldHistoryEntry[]>('history.field', { table: 'measures', id: 'measure-1', column: 'tombstone' });
    expect(history.slice(0, 2).map((h) => [h.author?.name, h.deleted, h.text])).toEqual([
      ['Kari Nordmann', false, ''],
      ['Kari Nordmann', true, ''],
    ]);
    await k.ok('history.lastChanges', { table: 'measures' });
    expect(sha256File(path)).toBe(before);
    k.close();
  });

  it('a rich-text field’s history is its plain text, never JSON; a matrix cell’s level history names who set it', async () => {
    const path = planWithMeasure('rik');
    const plan = smallPlan();
    const area = plan.areas[0]!;
    const cell = plan.cells[0]!;
    const k = await as(kari, path);
    const problems = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hvor mange boliger trengs?' }] }] };
    await k.ok('plan.mutate', { changes: [{ table: 'areas', id: area.id, column: 'problems', value: problems }] });
    await k.ok('plan.mutate', { changes: [{ table: 'cells', id: cell.id, column: 'level', value: 'DpH' }] });
    const [first] = await k.ok<FieldHistoryEntry[]>('history.field', { table: 'areas', id: area.id, column: 'problems' });
    expect(first).toMatchObject({ text: 'Hvor mange boliger trengs?', value: problems, author: { name: 'Kari Nordmann' } });
    const levels = await k.ok<FieldHistoryEntry[]>('history.field', { table: 'cells', id: cell.id, column: 'level' });
    expect(levels.map((h) => [h.value, h.author?.name ?? null])).toEqual([
      ['DpH', 'Kari Nordmann'],
      ['OpH', null],
    ]);
    expect((await k.ok<Record<string, ChangeStamp>>('history.lastChanges', { table: 'cells' }))[cell.id]!.author?.name).toBe('Kari Nordmann');
    k.close();
  });

  it('refuses a table that is not the plan’s and answers NO_PLAN_OPEN with no plan open', async () => {
    const path = planWithMeasure('nekt');
    const k = await as(kari, path);
    expect(await k.call('history.lastChanges', { table: 'messages_crdt' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(await k.call('history.field', { table: 'measures', id: 'measure-1', column: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    k.close();
    const handlers = createHandlers(createSession({ person: kari }));
    expect(await dispatch(handlers, 'history.lastChanges', { table: 'measures' })).toMatchObject({ ok: false, error: { code: 'NO_PLAN_OPEN' } });
  });
});
