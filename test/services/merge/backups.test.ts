// Backups before a merge: one folder beside the plan, compacted copies with the plan's content, none when the merge
// changes nothing, and a retention that keeps the folder bounded however often copies are merged.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFolder, backupName, backupsToKeep, backupTime, listBackups, pruneBackups, RETENTION, type Backup } from '../../../electron/services/merge/backups';
import { runMerge } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-backups-');
afterAll(() => tmp.cleanup());
const DAY = 24 * 60 * 60 * 1000;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** sha256 of the plan a file holds (its canonical JSON), read without taking its lock. */
function contentSha(path: string): string {
  const file = openPlanFile(path, { readOnly: true });
  try {
    return sha256(canonicalPlanJson(file.readPlan()));
  } finally {
    file.close();
  }
}

/** A plan and a copy of it; `edit` changes the copy (a working group's edit) before each merge. */
function planAndCopy(name: string) {
  const plan = tmp.file(`${name}.planverk`);
  const copy = tmp.file(`${name} – kopi.planverk`);
  const data = smallPlan();
  const file = createPlanFile(plan, data);
  file.saveCopy(copy);
  const edit = (title: string) => {
    const c = openPlanFile(copy);
    c.mutate([{ table: 'plan', id: data.plan.id, column: 'title', value: title }]);
    c.close();
  };
  return { plan, copy, file, edit };
}

describe('backupsToKeep (the retention rule)', () => {
  const now = new Date(2026, 10, 23, 12, 0, 0);
  const hourly = (hours: number): Backup[] =>
    Array.from({ length: hours }, (_, i) => ({ path: `b${i}`, at: new Date(now.getTime() - i * 60 * 60 * 1000 - 1000) }));

  it('keeps the newest of each hour of the last day, of each day for 14 days and of each week for a year', () => {
    const all = hourly(400 * 24);
    const kept = backupsToKeep(all, now);
    const ages = all.filter((b) => kept.has(b.path)).map((b) => (now.getTime() - b.at.getTime()) / DAY);
    expect(ages.filter((a) => a < 1)).toHaveLength(24);
    // One per calendar day (the first and last day of the window may be partial) and one per calendar week.
    const daily = ages.filter((a) => a >= 1 && a < RETENTION.DAILY_DAYS).length;
    expect(daily).toBeGreaterThanOrEqual(RETENTION.DAILY_DAYS - 1);
    expect(daily).toBeLessThanOrEqual(RETENTION.DAILY_DAYS);
    const weekly = ages.filter((a) => a >= RETENTION.DAILY_DAYS).length;
    expect(weekly).toBeGreaterThanOrEqual(RETENTION.WEEKLY_WEEKS - 3);
    expect(weekly).toBeLessThanOrEqual(RETENTION.WEEKLY_WEEKS);
    expect(Math.max(...ages)).toBeLessThan(RETENTION.WEEKLY_WEEKS * 7);
    // What is kept of a day is its newest (hourly backups: the one taken in the day's last hour, or just over a day ago).
    const inDays = (x: Backup, from: number, to: number) => now.getTime() - x.at.getTime() >= from * DAY && now.getTime() - x.at.getTime() < to * DAY;
    for (const b of all.filter((x) => kept.has(x.path) && inDays(x, 1, RETENTION.DAILY_DAYS - 1))) {
      const sameDay = all.filter((x) => x.at.toDateString() === b.at.toDateString() && now.getTime() - x.at.getTime() >= DAY && x.at > b.at);
      expect(sameDay, b.at.toString()).toEqual([]);
    }
  });

  it('keeps the newest ten and one an hour of a burst of merges within the last day', () => {
    // 100 merges a minute apart, over the last 100 minutes: the newest ten, plus the newest of each earlier clock hour.
    const burst = Array.from({ length: 100 }, (_, i) => ({ path: `m${i}`, at: new Date(now.getTime() - i * 60 * 1000) }));
    const kept = backupsToKeep(burst, now);
    const hours = new Set(burst.slice(10).map((b) => `${b.at.toDateString()} ${b.at.getHours()}`));
    expect(kept.size).toBeLessThanOrEqual(10 + hours.size);
    expect(kept.size).toBeGreaterThan(10);
    for (const b of burst.slice(0, 10)) expect(kept.has(b.path)).toBe(true);
  });

  it('never deletes the newest ten, however old they are', () => {
    const old = Array.from({ length: 15 }, (_, i) => ({ path: `old${i}`, at: new Date(now.getTime() - (800 + i) * DAY) }));
    const kept = backupsToKeep(old, now);
    expect([...kept].sort()).toEqual(old.slice(0, 10).map((b) => b.path).sort());
  });

  it('reads the time back from a backup name, and ignores every other file', () => {
    const plan = '/x/Plan for helse.planverk';
    const at = new Date(2026, 0, 2, 3, 4, 5);
    expect(backupTime(plan, basename(backupName(plan, at)))).toEqual(at);
    expect(backupTime(plan, basename(backupName(plan, at, 3)))!.getTime()).toBe(at.getTime() + 3);
    expect(backupTime(plan, 'Plan for helse.planverk')).toBeNull();
    expect(backupTime(plan, 'Annen plan (før sammenslåing 2026-01-02 03.04.05).planverk')).toBeNull();
    expect(backupTime(plan, 'notat.txt')).toBeNull();
  });
});

describe('backups made by merges', () => {
  it('145 merges of a copy that changed nothing since the first leave one backup, and the plan untouched', () => {
    const t = planAndCopy('Uendret');
    t.edit('Tittel fra kopien');
    expect(runMerge(t.file, t.copy).backupPath).not.toBeNull();
    const sha = sha256File(t.plan);
    for (let i = 0; i < 144; i++) expect(runMerge(t.file, t.copy).backupPath).toBeNull();
    t.file.close();
    expect(readdirSync(backupFolder(t.plan))).toHaveLength(1);
    expect(sha256File(t.plan)).toBe(sha);
  }, 300_000);

  it('70 merges that each change the plan, one a day, leave only the retention\'s backups, each compacted with the plan\'s content', () => {
    const MERGES = 70;
    const t = planAndCopy('Daglig');
    const start = new Date(2026, 0, 1, 9, 0, 0).getTime();
    const contents = new Map<string, string>();
    for (let i = 0; i < MERGES; i++) {
      t.edit(`Tittel ${i}`);
      const before = contentSha(t.plan);
      const outcome = runMerge(t.file, t.copy, { now: () => new Date(start + i * DAY) });
      contents.set(outcome.backupPath!, before);
    }
    t.file.close();
    const now = new Date(start + (MERGES - 1) * DAY);
    const left = listBackups(t.plan);
    // Exactly what the rule keeps of one backup a day (pruned after every merge, as pruning once at the end would).
    expect(left.map((b) => b.path).sort()).toEqual([...backupsToKeep([...contents.keys()].map((path) => ({ path, at: backupTime(t.plan, basename(path))! })), now)].sort());
    expect(left.length).toBeLessThanOrEqual(RETENTION.DAILY_DAYS + MERGES / 7 + 1);
    expect(left.length).toBeGreaterThanOrEqual(RETENTION.DAILY_DAYS);
    // Each backup is the plan as it was before its merge (same content, read back), and no bigger than the plan.
    for (const b of left) {
      expect(contentSha(b.path), b.path).toBe(contents.get(b.path));
      expect(statSync(b.path).size).toBeLessThanOrEqual(statSync(t.plan).size);
    }
  }, 300_000);

  it('pruning deletes only this plan\'s backups, never other files in the folder', () => {
    const t = planAndCopy('Naboer');
    t.edit('Første');
    const oldest = runMerge(t.file, t.copy, { now: () => new Date(2020, 0, 1) }).backupPath!;
    const folder = backupFolder(t.plan);
    const strangers = ['notat.txt', 'Annen plan (før sammenslåing 2019-01-01 10.00.00).planverk', 'Naboer (før sammenslåing).planverk'];
    for (const name of strangers) writeFileSync(join(folder, name), 'ikke røres');
    for (let i = 0; i < 12; i++) {
      t.edit(`Runde ${i}`);
      runMerge(t.file, t.copy, { now: () => new Date(2026, 0, 1 + i * 30) });
    }
    t.file.close();
    // The 2020 backup is the 13th newest and over a year old: gone; the other twelve are within a year.
    expect(listBackups(t.plan).map((b) => b.path)).not.toContain(oldest);
    expect(listBackups(t.plan)).toHaveLength(12);
    // Years later only the newest ten are left; the strangers are never touched.
    expect(pruneBackups(t.plan, new Date(2030, 0, 1))).toHaveLength(2);
    expect(listBackups(t.plan)).toHaveLength(10);
    const names = readdirSync(folder);
    for (const name of strangers) expect(names).toContain(name);
  }, 120_000);
});
