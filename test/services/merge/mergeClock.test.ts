// Issue 11 «Clock safety» and issue 12 item 5: a copy edited on a machine whose clock ran ahead (2 hours, 2 days,
// 51 years, a forged counter near its maximum) or behind is reported with how far and the dates; its future changes
// are re-stamped to the time of the merge, so the plan's clock never lands in the future and every later edit saves.
// Merging the same copy twice adds nothing; merge orders and copies merged back and forth converge.
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openPlanFile } from '../../../electron/services/store';
import type { MergeOutcome } from '../../../shared/api/calls/merge';
import type { FieldChange } from '../../../shared/domain/plan';
import { cli, edit, hostileFolder, injectMessages, keepsSaving, mergeWithService, stamp, sums } from './hostileCopy';

const { tmp, planAndCopy } = hostileFolder('planverk-merge-clock-');
afterAll(() => tmp.cleanup());
afterEach(() => {
  vi.useRealTimers();
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Edits `path` as a machine whose clock is `offset` ms off would (the real mutation path, the real clock code). */
function editWithClockOff(path: string, offset: number, changes: FieldChange[]): void {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + offset });
  try {
    edit(path, changes);
  } finally {
    vi.useRealTimers();
  }
}

function logOf(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      clock: db.prepare("SELECT value FROM meta WHERE key = 'clock'").pluck().get() as string,
      latest: db.prepare('SELECT max(timestamp) FROM messages_crdt').pluck().get() as string,
      restamped: db.prepare('SELECT count(*) FROM messages_restamped').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

const merged = (r: ReturnType<typeof mergeWithService>): MergeOutcome => {
  if (!r.ok) throw r.error;
  return r.value as MergeOutcome;
};
const themeName = (path: string) => {
  const f = openPlanFile(path, { readOnly: true });
  try {
    return f.readPlan().themes[0]!.name;
  } finally {
    f.close();
  }
};

describe('a copy whose clock ran ahead', () => {
  it.each([
    ['2 hours', 2 * HOUR, '2 timer'],
    ['2 days', 2 * DAY, '2 døgn'],
    ['51 years', 51 * 365.25 * DAY, '51 år'],
  ])('+%s: reported with how far and the dates, re-stamped to the merge, the plan keeps saving and its clock stays now', async (_name, offset, words) => {
    const t = planAndCopy();
    const theme = t.plan.themes[0]!.id;
    editWithClockOff(t.copy, offset, [
      { table: 'themes', id: theme, column: 'name', value: 'Fra framtida' },
      { table: 'areas', id: t.plan.areas[0]!.id, column: 'name', value: 'Også fra framtida' },
    ]);
    const copySum = sums(t.copy);
    const preview = mergeWithService(t.here, t.copy, 'preview');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const clock = preview.value.clock!;
    expect(clock.direction).toBe('ahead');
    expect(Math.abs(clock.byMs - offset)).toBeLessThan(MINUTE);
    expect(Math.abs(Date.parse(clock.from) - (Date.now() + offset))).toBeLessThan(MINUTE);
    expect(clock.changes).toBe(2);

    const c = await cli('merge', t.here, t.copy);
    expect(c.code).toBe(0);
    expect(c.out).toContain(`Kopien er redigert på en maskin der klokka gikk ${words} foran: 2 endringer stemplet`);
    expect(sums(t.copy)).toEqual(copySum);
    expect(themeName(t.here)).toBe('Fra framtida');
    const log = logOf(t.here);
    expect(Date.parse(log.clock.slice(0, 24))).toBeLessThanOrEqual(Date.now() + 1000);
    expect(Date.parse(log.latest.slice(0, 24))).toBeLessThanOrEqual(Date.now() + 1000);
    expect(log.restamped).toBe(2);
    // A later edit here wins over the copy's re-stamped change: the copy no longer sits ahead of the adviser.
    expect(keepsSaving(t.here, t.plan)).toMatch(/^Lagret/);
    const file = openPlanFile(t.here);
    file.mutate([{ table: 'themes', id: theme, column: 'name', value: 'Rettet etterpå' }]);
    file.close();
    expect(themeName(t.here)).toBe('Rettet etterpå');
    // The same copy again brings nothing, reports no clock and changes nothing.
    const again = merged(mergeWithService(t.here, t.copy));
    expect(again.nothingNew).toBe(true);
    expect(again.clock).toBeNull();
    expect(themeName(t.here)).toBe('Rettet etterpå');
  });

  it.each([
    ['a forged counter near its maximum one day ahead', () => stamp(Date.now() + DAY, 0xfffe)],
    ['a full counter two minutes ahead', () => stamp(Date.now() + 2 * MINUTE, 0xffff)],
    ['a full counter at this very moment', () => stamp(Date.now() + 20, 0xffff)],
  ])('%s: the merge goes through and every later edit still saves', async (_name, timestamp) => {
    const t = planAndCopy();
    injectMessages(t.copy, [{ timestamp: timestamp(), dataset: 'themes', row: t.plan.themes[0]!.id, column: 'name', value: '"Smidd"' }]);
    const c = await cli('merge', t.here, t.copy);
    expect(c.err).toBe('');
    expect(c.code).toBe(0);
    const file = openPlanFile(t.here);
    for (let i = 0; i < 50; i++) file.mutate([{ table: 'themes', id: t.plan.themes[0]!.id, column: 'name', value: `Etter ${i}` }]);
    expect(file.readPlan().themes[0]!.name).toBe('Etter 49');
    file.close();
    expect(Date.parse(logOf(t.here).clock.slice(0, 24))).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('a timestamp with a 17-character node is refused, and the plan keeps saving', async () => {
    const t = planAndCopy();
    injectMessages(t.copy, [{ timestamp: `${new Date(Date.now() + DAY).toISOString()}-0000-ABCDEF01234567890`, dataset: 'themes', row: t.plan.themes[0]!.id, column: 'name', value: '"x"' }]);
    const before = sums(t.here, t.copy);
    const c = await cli('merge', t.here, t.copy);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/^Kopien har 1 ugyldig endring i endringsloggen \(1 med ugyldig tidsstempel\)/);
    expect(sums(t.here, t.copy)).toEqual(before);
    expect(keepsSaving(t.here, t.plan, 'Lagrer')).toBe('Lagrer');
  });
});

describe('a copy whose clock ran behind', () => {
  it('is reported with how far and the dates; its change loses to a later edit here, and the plan keeps saving', async () => {
    const t = planAndCopy();
    const theme = t.plan.themes[0]!.id;
    editWithClockOff(t.copy, -2 * DAY, [{ table: 'themes', id: theme, column: 'name', value: 'Fra fortida' }]);
    await new Promise((r) => setTimeout(r, 5));
    edit(t.here, [{ table: 'themes', id: theme, column: 'name', value: 'Her, senere' }]);
    const preview = mergeWithService(t.here, t.copy, 'preview');
    if (!preview.ok) throw preview.error;
    expect(preview.value.clock).toMatchObject({ direction: 'behind', changes: 1 });
    expect(Math.abs(preview.value.clock!.byMs - 2 * DAY)).toBeLessThan(MINUTE);
    const c = await cli('merge', t.here, t.copy);
    expect(c.code).toBe(0);
    expect(c.out).toContain('Kopien er redigert på en maskin der klokka gikk minst 2 døgn bak: 1 endring er stemplet');
    expect(themeName(t.here)).toBe('Her, senere');
    expect(keepsSaving(t.here, t.plan, 'Fortsatt')).toBe('Fortsatt');
  });
});

describe('re-stamping converges', () => {
  it('gives the same plan whichever order a copy from the future and an ordinary copy are merged in', () => {
    const a = planAndCopy();
    const theme = a.plan.themes[0]!.id;
    const area = a.plan.areas[0]!.id;
    const second = tmp.file('andre rekkefølge.planverk');
    const ordinary = tmp.file('vanlig kopi.planverk');
    const f = openPlanFile(a.here);
    f.saveCopy(second);
    f.saveCopy(ordinary);
    f.close();
    editWithClockOff(a.copy, 2 * DAY, [
      { table: 'themes', id: theme, column: 'name', value: 'Framtid' },
      { table: 'areas', id: area, column: 'name', value: 'Framtidsområde' },
    ]);
    edit(ordinary, [
      { table: 'themes', id: theme, column: 'name', value: 'Vanlig' },
      { table: 'groups', id: a.plan.groups[0]!.id, column: 'name', value: 'Vanlig gruppe' },
    ]);
    merged(mergeWithService(a.here, a.copy));
    merged(mergeWithService(a.here, ordinary));
    merged(mergeWithService(second, ordinary));
    merged(mergeWithService(second, a.copy));
    const plan = (p: string) => {
      const file = openPlanFile(p, { readOnly: true });
      try {
        return file.readPlan();
      } finally {
        file.close();
      }
    };
    expect(plan(second)).toEqual(plan(a.here));
    expect(plan(a.here).themes[0]!.name).toBe('Framtid');
    // Each plan re-stamped the future change with its own stamp: merged into each other once they exchange those log
    // entries (no value changes), after that they bring nothing new.
    const noRows = (o: MergeOutcome) => Object.values(o.counts).every((c) => c.added + c.changed + c.deleted === 0);
    expect(noRows(merged(mergeWithService(a.here, second)))).toBe(true);
    expect(noRows(merged(mergeWithService(second, a.here)))).toBe(true);
    expect(plan(second)).toEqual(plan(a.here));
    expect(merged(mergeWithService(a.here, second)).nothingNew).toBe(true);
    expect(merged(mergeWithService(second, a.here)).nothingNew).toBe(true);
  });

  it('converges when the copy from the future takes the merged plan back and is merged again', () => {
    const t = planAndCopy();
    const theme = t.plan.themes[0]!.id;
    editWithClockOff(t.copy, 2 * HOUR, [{ table: 'themes', id: theme, column: 'name', value: 'Framtid' }]);
    merged(mergeWithService(t.here, t.copy));
    edit(t.here, [{ table: 'themes', id: theme, column: 'name', value: 'Rettet her' }]);
    // The colleague, clock still 2 hours ahead, merges the plan back into the copy …
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * HOUR });
    const back = mergeWithService(t.copy, t.here);
    vi.useRealTimers();
    expect(back.ok).toBe(true);
    expect(themeName(t.copy)).toBe('Rettet her');
    // … and sends it back once more: nothing new, and both files hold the same plan.
    expect(merged(mergeWithService(t.here, t.copy)).nothingNew).toBe(true);
    expect(themeName(t.here)).toBe('Rettet her');
  });
});

describe('the plan clock itself never stops the plan from saving', () => {
  it('moves on one millisecond when its counter is full, where the library clock threw «timestamp counter overflow»', async () => {
    const { nextHlc, MAX_COUNTER } = await import('../../../electron/services/store/clock');
    expect(nextHlc({ millis: 1000, counter: MAX_COUNTER }, 1000)).toEqual({ millis: 1001, counter: 0 });
    expect(nextHlc({ millis: 1000, counter: 3 }, 999)).toEqual({ millis: 1000, counter: 4 });
    expect(nextHlc({ millis: 1000, counter: 3 }, 2000)).toEqual({ millis: 2000, counter: 0 });
  });

  it('keeps saving a plan whose own clock was left a day ahead with a full counter (by an earlier version)', () => {
    const t = planAndCopy();
    const db = new Database(t.here);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'clock'").run(stamp(Date.now() + DAY, 0xffff));
    db.close();
    const file = openPlanFile(t.here);
    for (let i = 0; i < 5; i++) file.mutate([{ table: 'themes', id: t.plan.themes[0]!.id, column: 'name', value: `Nr ${i}` }]);
    expect(file.readPlan().themes[0]!.name).toBe('Nr 4');
    file.close();
  });
});

describe('several copies from the future merged in one step', () => {
  it('re-stamps them in one sequence: no change of one copy is lost to a stamp of the other, each copy is reported', async () => {
    const t = planAndCopy();
    const second = tmp.file('andre kopi fra framtida.planverk');
    const f = openPlanFile(t.here);
    f.saveCopy(second);
    f.close();
    editWithClockOff(t.copy, 2 * HOUR, [{ table: 'themes', id: t.plan.themes[0]!.id, column: 'name', value: 'Tema fra kopi 1' }]);
    editWithClockOff(second, DAY, [{ table: 'areas', id: t.plan.areas[0]!.id, column: 'name', value: 'Område fra kopi 2' }]);
    const c = await cli('merge', t.here, t.copy, second, '--json');
    expect(c.code).toBe(0);
    const report = JSON.parse(c.out) as { copies: { clock: { direction: string; changes: number } | null }[] };
    expect(report.copies.map((p) => p.clock?.direction)).toEqual(['ahead', 'ahead']);
    const file = openPlanFile(t.here, { readOnly: true });
    const plan = file.readPlan();
    file.close();
    expect(plan.themes[0]!.name).toBe('Tema fra kopi 1');
    expect(plan.areas[0]!.name).toBe('Område fra kopi 2');
    expect(logOf(t.here).restamped).toBe(2);
    expect(keepsSaving(t.here, t.plan, 'Videre')).toBe('Videre');
  });
});
