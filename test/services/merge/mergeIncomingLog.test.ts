// Issue 12 items 2 and 4: every message a returned copy brings is checked before anything is merged (timestamp format,
// known table and column, row id, value against the entity schema, value size, the plan frame as a singleton). One
// invalid message refuses the whole copy with one sentence naming how many and why; both files stay byte for byte.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openPlanFile } from '../../../electron/services/store';
import type { PlanData } from '../../../shared/domain/plan';
import { cli, edit, hostileFolder, injectMessages, keepsSaving, mergeWithService, stamp, sums, type RawMessage } from './hostileCopy';

const { tmp, planAndCopy, files } = hostileFolder('planverk-merge-incoming-');
afterAll(() => tmp.cleanup());

const now = () => Date.now();
const msg = (dataset: string, row: string, column: string, value: unknown, timestamp = stamp(now())): RawMessage => ({
  timestamp,
  dataset,
  row,
  column,
  value: typeof value === 'string' && value.startsWith('raw:') ? value.slice(4) : JSON.stringify(value),
});
const sentence = (n: number, why: string) =>
  `Kopien har ${n} ${n === 1 ? 'ugyldig endring' : 'ugyldige endringer'} i endringsloggen (${why}) og er ikke slått sammen; ingen av filene er endret.`;

/** Refused through the service (preview and merge) and the CLI with `expected`; both files and the folder untouched. */
async function expectRefused(t: { here: string; copy: string; plan: PlanData }, expected: string) {
  const listed = files();
  const before = sums(t.here, t.copy);
  for (const mode of ['preview', 'run'] as const) {
    const r = mergeWithService(t.here, t.copy, mode);
    expect(r.ok, mode).toBe(false);
    if (!r.ok) {
      expect(r.error.code, mode).toBe('INVALID_COPY');
      expect(r.error.message, mode).toBe(expected);
    }
  }
  const c = await cli('merge', t.here, t.copy);
  expect(c.code).toBe(1);
  expect(c.err.split('\n')).toHaveLength(1);
  expect(c.err.startsWith(expected)).toBe(true);
  expect((await cli('merge', t.here, t.copy, '--preview')).code).toBe(1);
  expect(sums(t.here, t.copy)).toEqual(before);
  expect(files()).toEqual(listed);
  expect(keepsSaving(t.here, t.plan, 'Planen lagrer fortsatt')).toBe('Planen lagrer fortsatt');
}

type Case = [name: string, messages: (plan: PlanData) => RawMessage[], why: string];

const frameCases: Case[] = [
  ['a message creating a second plan frame that would take the plan over', () => [msg('plan', 'inntrenger', 'title', 'Overtatt plan')], '1 som oppretter eller sletter planrammen'],
  ['a message tombstoning the plan frame', (p) => [msg('plan', p.plan.id, 'tombstone', true)], '1 som oppretter eller sletter planrammen'],
  ['a message restoring the plan frame with tombstone false', (p) => [msg('plan', p.plan.id, 'tombstone', false)], '1 som oppretter eller sletter planrammen'],
];

const logCases: Case[] = [
  ['a timestamp with a 17-character node (it would sort after every later edit)', (p) => [msg('themes', p.themes[0]!.id, 'name', 'Gammel', `${new Date().toISOString()}-0000-ABCDEF01234567890`)], '1 med ugyldig tidsstempel'],
  ['a timestamp with a lower-case node', (p) => [msg('themes', p.themes[0]!.id, 'name', 'x', `${new Date().toISOString()}-0000-abcdef0123456789`)], '1 med ugyldig tidsstempel'],
  ['a timestamp on a day that does not exist', (p) => [msg('themes', p.themes[0]!.id, 'name', 'x', '2999-02-30T10:00:00.000Z-0000-ABCDEF0123456789')], '1 med ugyldig tidsstempel'],
  ['a timestamp whose counter is not hexadecimal', (p) => [msg('themes', p.themes[0]!.id, 'name', 'x', `${new Date().toISOString()}-00G0-ABCDEF0123456789`)], '1 med ugyldig tidsstempel'],
  ['a timestamp that is not one at all', (p) => [msg('themes', p.themes[0]!.id, 'name', 'x', 'zzzz')], '1 med ugyldig tidsstempel'],
  ['a message to an unknown table (junk that would be kept)', () => [msg('hemmelig', 'x', 'data', 'søppel')], '1 i en ukjent tabell'],
  ['a message to an unknown column', (p) => [msg('areas', p.areas[0]!.id, 'passord', 'x')], '1 i et ukjent felt'],
  ['a message to the derived chapter body column', (p) => [msg('chapters', p.chapters[0]!.id, 'body', { type: 'doc', content: [] })], '1 i et ukjent felt'],
  ['a message to the id column', (p) => [msg('areas', p.areas[0]!.id, 'id', 'ny-id')], '1 i et ukjent felt'],
  ['a message with an empty row id', () => [msg('themes', '', 'name', 'x')], '1 med ugyldig rad-id'],
  ['a value of the wrong type (a number for a name)', (p) => [msg('themes', p.themes[0]!.id, 'name', 42)], '1 med en verdi som ikke passer feltet'],
  ['a value that is not JSON', (p) => [msg('themes', p.themes[0]!.id, 'name', 'raw:{ikke json')], '1 med en verdi som ikke passer feltet'],
  ['a value outside its enum', (p) => [msg('cells', p.cells[0]!.id, 'level', 'Sjef')], '1 med en verdi som ikke passer feltet'],
  ['a 20 MB value (the file would grow while the merge said «ingenting nytt»)', (p) => [msg('themes', p.themes[0]!.id, 'name', 'x'.repeat(20_000_000))], '1 med en verdi over 1 MB'],
  [
    'three invalid messages of two kinds, counted',
    (p) => [
      msg('themes', p.themes[0]!.id, 'name', 'a', 'feil-1'),
      msg('themes', p.themes[0]!.id, 'name', 'b', 'feil-2'),
      msg('ukjent', 'x', 'y', 1, stamp(now(), 1)),
    ],
    '2 med ugyldig tidsstempel, 1 i en ukjent tabell',
  ],
];

describe('singleton rows: a copy cannot create or tombstone the plan frame', () => {
  it.each(frameCases)('refuses a copy with %s, through the service and the CLI', async (_name, messages, why) => {
    const t = planAndCopy();
    injectMessages(t.copy, messages(t.plan));
    await expectRefused(t, sentence(1, why));
  });

  it('refuses a local change that would create a second frame or tombstone the frame', () => {
    const t = planAndCopy();
    const file = openPlanFile(t.here);
    const before = sums(t.here);
    expect(() => file.mutate([{ table: 'plan', id: 'inntrenger', column: 'title', value: 'x' }])).toThrow(expect.objectContaining({ code: 'INVALID_ARGS' }));
    expect(() => file.mutate([{ table: 'plan', id: t.plan.plan.id, column: 'tombstone', value: true }])).toThrow(expect.objectContaining({ code: 'INVALID_ARGS' }));
    expect(sums(t.here)).toEqual(before);
    file.mutate([{ table: 'plan', id: t.plan.plan.id, column: 'title', value: 'Lov' }]);
    expect(file.readPlan().plan.title).toBe('Lov');
    file.close();
  });
});

describe('every incoming message is validated before anything is merged', () => {
  it.each(logCases)('refuses a copy with %s, naming how many and why', async (_name, messages, why) => {
    const t = planAndCopy();
    edit(t.copy, [{ table: 'themes', id: t.plan.themes[0]!.id, column: 'name', value: 'Ærlig endring' }]);
    const list = messages(t.plan);
    injectMessages(t.copy, list);
    await expectRefused(t, sentence(list.length, why));
  });

  it('refuses a copy whose chapter text is not a Yjs update, or belongs to no chapter', async () => {
    for (const [chapterId, bytes] of [
      ['ukjent-kapittel', null],
      [null, randomBytes(64)],
    ] as const) {
      const t = planAndCopy();
      const db = new Database(t.copy);
      const real = db.prepare('SELECT chapterId, "update" AS u FROM chapterUpdates LIMIT 1').get() as { chapterId: string; u: Buffer };
      db.prepare('INSERT INTO chapterUpdates (chapterId, hash, "update") VALUES (?, ?, ?)').run(chapterId ?? real.chapterId, `h-${Math.random()}`, bytes ?? Buffer.concat([real.u, Buffer.from([0])]));
      db.close();
      await expectRefused(t, sentence(1, '1 med kapitteltekst som ikke kan leses'));
    }
  });

  it('merges an honest copy whose messages are all valid, and keeps the adviser saving', () => {
    const t = planAndCopy();
    edit(t.copy, [{ table: 'themes', id: t.plan.themes[0]!.id, column: 'name', value: 'Ærlig endring' }]);
    const r = mergeWithService(t.here, t.copy);
    expect(r.ok).toBe(true);
    const file = openPlanFile(t.here, { readOnly: true });
    expect(file.readPlan().themes[0]!.name).toBe('Ærlig endring');
    file.close();
    expect(keepsSaving(t.here, t.plan, 'Videre')).toBe('Videre');
  });
});

type BaselineRow = { dataset: string; row: string; column: string; after: string; value: string };
const baselineCases: Array<[name: string, rows: (p: PlanData) => BaselineRow[], why: string]> = [
  ['a value of the wrong type', (p) => [{ dataset: 'plan', row: p.plan.id, column: 'statusLine', after: '', value: '42' }], '1 med en verdi som ikke passer feltet'],
  ['a place that is no timestamp', (p) => [{ dataset: 'themes', row: p.themes[0]!.id, column: 'name', after: 'zzzz', value: '"Tema"' }], '1 med ugyldig tidsstempel'],
  ['the tombstone (a row’s deletion is never a migrated value)', (p) => [{ dataset: 'themes', row: p.themes[0]!.id, column: 'tombstone', after: '', value: 'true' }], '1 i et ukjent felt'],
  ['an unknown table', () => [{ dataset: 'hemmelig', row: 'x', column: 'data', after: '', value: '"søppel"' }], '1 i en ukjent tabell'],
  ['a second plan frame', () => [{ dataset: 'plan', row: 'inntrenger', column: 'title', after: '', value: '"Overtatt plan"' }], '1 som oppretter eller sletter planrammen'],
];

describe('every baseline a copy brings (a value a migration wrote, fieldBaselines.ts) is validated like its messages', () => {
  it.each(baselineCases)('refuses a copy with a baseline of %s, naming why, and touches neither file', async (_name, rows, why) => {
    const t = planAndCopy();
    const db = new Database(t.copy);
    const put = db.prepare('INSERT INTO fieldBaselines (dataset, "row", "column", after, value) VALUES (@dataset, @row, @column, @after, @value)');
    for (const r of rows(t.plan)) put.run(r);
    db.close();
    await expectRefused(t, sentence(1, why));
  });
});
