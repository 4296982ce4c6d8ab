// Issue 16 «Named versions»: a field whose value a migration's data step wrote (no message in the change log) and that
// is edited after version V reads, at V, the value the migration gave it, not its default nor its value from before
// the migration (the cover's name, its status line and a milestone's time, migration 0003). The value is kept as a
// baseline the moment a message first overwrites it (fieldBaselines.ts); merges are decided by real edits as before.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, mergeFrom, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { createCompareHandlers } from '../../../electron/services/compare/handlers';
import { viewAtVersion } from '../../../electron/services/versions/planAtVersion';
import { makeVersion, readVersion, restoreVersion } from '../../../electron/services/versions/versionService';
import type { PlanData } from '../../../shared/domain/plan';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { asOlderSchema, planBeforeCoverTexts, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-migrated-at-version-');
afterAll(() => tmp.cleanup());
let n = 0;

/** What migration 0003 writes for the plan below (migrationCoverTexts.test.ts checks the texts themselves). */
const MIGRATED = {
  title: 'Kommunedelplan helse og omsorg 2025–2037',
  statusLine: 'Høringsdokument vedtatt og lagt ut på høring 15.04.2025',
  times: ['15.04.2025 – 02.06.2025', 'september 2025'],
};

/** A plan file as the build before migration 0003 wrote it: its cover texts and milestone times come from the migration. */
function fileBeforeCoverTexts(): string {
  const path = tmp.file(`old-${++n}.planverk`);
  createPlanFile(path, planBeforeCoverTexts()).close();
  return path;
}

/** The file as the build before migration 0003 left it: no such columns, and so never a message for them. */
function asBeforeCoverTexts(path: string): string {
  const db = new Database(path);
  asOlderSchema(db, 3);
  db.exec(`DELETE FROM messages_crdt WHERE (dataset = 'plan' AND "column" = 'statusLine') OR (dataset = 'milestones' AND "column" = 'time')`);
  db.close();
  return path;
}

/** Opens an older file (the migration fills the fields) and checks they hold the migration's values and no message. */
function openMigrated(path = asBeforeCoverTexts(fileBeforeCoverTexts())): { file: PlanFile; atOpen: PlanData } {
  const file = openPlanFile(path);
  const atOpen = file.readPlan();
  expect([atOpen.plan.title, atOpen.plan.statusLine, ...atOpen.milestones.map((m) => m.time)]).toEqual([MIGRATED.title, MIGRATED.statusLine, ...MIGRATED.times]);
  const logged = file.database.prepare(`SELECT count(*) FROM messages_crdt WHERE "column" IN ('statusLine', 'time')`).pluck().get();
  expect(logged).toBe(0);
  return { file, atOpen };
}

const editAll = (file: PlanFile, planId: string, tag: string) =>
  file.mutate([
    { table: 'plan', id: planId, column: 'title', value: `Tittel ${tag}` },
    { table: 'plan', id: planId, column: 'statusLine', value: `Status ${tag}` },
    { table: 'milestones', id: 'm1', column: 'time', value: `uke ${tag}` },
    { table: 'milestones', id: 'm2', column: 'time', value: `høsten ${tag}` },
  ]);

const json = (plan: PlanData): string => canonicalPlanJson(plan);
const nowJson = (file: PlanFile): string => json(file.readPlan());

describe('a field a migration filled, edited after version V, reads its migrated value at V', () => {
  it('view, restore and compare of V show the migration’s values of the cover name, status line and milestone times after they were edited (the real file, reopened)', () => {
    const { file, atOpen } = openMigrated();
    const path = file.path;
    const v = makeVersion(file, { name: 'Før redigering' });
    editAll(file, atOpen.plan.id, '12');
    file.close();

    const reopened = openPlanFile(path);
    try {
      expect(reopened.readPlan().plan.statusLine).toBe('Status 12');
      // The whole plan at V, every table and column, is the plan as it read right after the migration.
      expect(json(readVersion(reopened, v.id).plan)).toBe(json(atOpen));
      const view = viewAtVersion(reopened.database, v.id);
      expect([view.plan.title, view.plan.statusLine, ...view.milestones.map((m) => m.time)]).toEqual([MIGRATED.title, MIGRATED.statusLine, ...MIGRATED.times]);
      const restored = restoreVersion(reopened, v.id, tmp.file(`restored-${n}.planverk`));
      const back = openPlanFile(restored);
      expect(nowJson(back)).toBe(json(atOpen));
      back.close();
      // The app's Sammenlign page: V against now names the migration's texts as what the fields held before.
      const compare = createCompareHandlers({ currentPlan: () => reopened })['compare.run']({ fromVersion: v.id, fromPath: null, toVersion: null });
      const said = JSON.stringify(compare);
      for (const text of [MIGRATED.title, MIGRATED.statusLine, ...MIGRATED.times, 'Status 12', 'uke 12']) expect(said).toContain(text);
    } finally {
      reopened.close();
    }
  });

  it('a version made between two edits reads the first edit; the value the log did not explain is kept once, before the field’s first message', () => {
    const { file, atOpen } = openMigrated();
    const id = atOpen.plan.id;
    const v1 = makeVersion(file, { name: 'V1' });
    file.mutate([{ table: 'plan', id, column: 'statusLine', value: 'Første redigering' }]);
    const v2 = makeVersion(file, { name: 'V2' });
    const atV2 = nowJson(file);
    file.mutate([{ table: 'plan', id, column: 'statusLine', value: 'Andre redigering' }]);
    file.mutate([{ table: 'milestones', id: 'm2', column: 'time', value: '' }]);
    expect(json(readVersion(file, v1.id).plan)).toBe(json(atOpen));
    expect(json(readVersion(file, v2.id).plan)).toBe(atV2);
    // The field's value the log does not explain is kept once, before its first message; later edits keep none.
    const kept = file.database.prepare('SELECT dataset, "row", "column", after, value FROM fieldBaselines ORDER BY 1, 2, 3').all();
    expect(kept).toEqual([
      { dataset: 'milestones', row: 'm2', column: 'time', after: '', value: JSON.stringify(MIGRATED.times[1]) },
      { dataset: 'plan', row: id, column: 'statusLine', after: '', value: JSON.stringify(MIGRATED.statusLine) },
    ]);
    file.close();
  });

  it('the cover name, whose older logged value the migration replaced, reads the migrated name at V, not the name from before the migration', () => {
    const { file, atOpen } = openMigrated();
    const v = makeVersion(file, { name: 'V' });
    file.mutate([{ table: 'plan', id: atOpen.plan.id, column: 'title', value: 'Ny tittel' }]);
    expect(readVersion(file, v.id).plan.plan.title).toBe(MIGRATED.title);
    const after = file.database.prepare(`SELECT after FROM fieldBaselines WHERE "column" = 'title'`).pluck().get() as string;
    const latestBefore = file.database.prepare(`SELECT timestamp FROM messages_crdt WHERE "column" = 'title' ORDER BY timestamp LIMIT 1`).pluck().get();
    expect(after).toBe(latestBefore); // placed right after the pre-migration name's message, which it replaced
    file.close();
  });

  it('an edit of a field the log explains keeps no baseline: a plan made by this build, edited and merged, holds none', () => {
    const path = tmp.file(`new-${++n}.planverk`);
    const file = createPlanFile(path, smallPlan());
    const id = file.readPlan().plan.id;
    file.saveCopy(tmp.file(`new-copy-${n}.planverk`));
    editAll(file, id, '1');
    file.mutate([{ table: 'milestones', id: 'm1', column: 'sortKey', value: 2 }]);
    const copy = openPlanFile(tmp.file(`new-copy-${n}.planverk`));
    copy.mutate([{ table: 'plan', id, column: 'statusLine', value: 'Fra kopien' }]);
    copy.close();
    mergeFrom(file, tmp.file(`new-copy-${n}.planverk`));
    expect(file.database.prepare('SELECT count(*) FROM fieldBaselines').pluck().get()).toBe(0);
    file.close();
  });
});

describe('copies and merges with migrated fields', () => {
  it('a field edited in a copy made after V and merged back: V still reads the migration’s value, in the plan and in the copy', () => {
    const { file, atOpen } = openMigrated();
    const v = makeVersion(file, { name: 'V' });
    const copyPath = tmp.file(`copy-${n}.planverk`);
    file.saveCopy(copyPath);
    const copy = openPlanFile(copyPath);
    editAll(copy, atOpen.plan.id, 'kopi');
    expect(json(readVersion(copy, v.id).plan)).toBe(json(atOpen));
    copy.close();
    mergeFrom(file, copyPath);
    try {
      expect(file.readPlan().plan.statusLine).toBe('Status kopi');
      expect(json(readVersion(file, v.id).plan)).toBe(json(atOpen));
    } finally {
      file.close();
    }
  });

  it('a merge is not changed by the baselines: the later real edit wins in both orders, exactly as without them', () => {
    const { file: base } = openMigrated();
    const planId = base.readPlan().plan.id;
    makeVersion(base, { name: 'V' });
    const a = tmp.file(`a-${n}.planverk`);
    const b = tmp.file(`b-${n}.planverk`);
    base.saveCopy(a);
    base.saveCopy(b);
    base.close();
    const edit = (path: string, f: (file: PlanFile) => void) => {
      const file = openPlanFile(path);
      f(file);
      file.close();
    };
    // A edits every migrated field first; B edits two of them later (and something the migration did not fill).
    edit(a, (file) => editAll(file, planId, 'A'));
    edit(b, (file) =>
      file.mutate([
        { table: 'plan', id: planId, column: 'statusLine', value: 'Status B' },
        { table: 'milestones', id: 'm2', column: 'time', value: 'våren B' },
        { table: 'milestones', id: 'm1', column: 'name', value: 'Høring B' },
      ]),
    );
    const merged = (into: string, from: string, withBaselines: boolean): string => {
      const target = tmp.file(`m-${++n}.planverk`);
      const source = tmp.file(`s-${n}.planverk`);
      copyFileSync(into, target);
      copyFileSync(from, source);
      if (!withBaselines) for (const p of [target, source]) new Database(p).exec('DELETE FROM fieldBaselines').close();
      const file = openPlanFile(target);
      try {
        mergeFrom(file, source);
        return nowJson(file);
      } finally {
        file.close();
      }
    };
    const ab = merged(a, b, true);
    expect(merged(b, a, true)).toBe(ab);
    expect(merged(a, b, false)).toBe(ab);
    expect(merged(b, a, false)).toBe(ab);
    const plan = JSON.parse(ab) as PlanData;
    expect(plan.plan.title).toBe('Tittel A');
    expect(plan.plan.statusLine).toBe('Status B');
    expect(plan.milestones.map((m) => [m.name, m.time])).toEqual([['Høring B', 'uke A'], ['Vedtak', 'våren B']]);
  });

  it('two copies of the older file, migrated each on its own with different texts: both merge orders give the same plan and the same plan at V', () => {
    const old = fileBeforeCoverTexts();
    const other = tmp.file(`other-old-${n}.planverk`);
    copyFileSync(old, other);
    // In the other copy the hearing was moved (by the older build): its migration writes another status line.
    const moved = openPlanFile(other);
    moved.mutate([{ table: 'plan', id: moved.readPlan().plan.id, column: 'hearingStart', value: '2025-05-02' }]);
    moved.close();
    const { file: a, atOpen } = openMigrated(asBeforeCoverTexts(old));
    const b = openPlanFile(asBeforeCoverTexts(other));
    expect(b.readPlan().plan.statusLine).toBe('Høringsdokument vedtatt og lagt ut på høring 02.05.2025');
    const vA = makeVersion(a, { name: 'VA' });
    const vB = makeVersion(b, { name: 'VB' });
    const atVB = nowJson(b);
    a.mutate([{ table: 'plan', id: atOpen.plan.id, column: 'statusLine', value: 'Status A' }]);
    b.mutate([{ table: 'plan', id: atOpen.plan.id, column: 'statusLine', value: 'Status B' }]);
    const [pathA, pathB] = [a.path, b.path];
    a.close();
    b.close();
    const results = [
      [pathA, pathB],
      [pathB, pathA],
    ].map(([into, from]) => {
      const target = tmp.file(`two-${++n}.planverk`);
      copyFileSync(into!, target);
      const file = openPlanFile(target);
      try {
        mergeFrom(file, from!);
        return { now: nowJson(file), vA: json(readVersion(file, vA.id).plan), vB: json(readVersion(file, vB.id).plan) };
      } finally {
        file.close();
      }
    });
    expect(results[1]).toEqual(results[0]);
    expect((JSON.parse(results[0]!.now) as PlanData).plan.statusLine).toBe('Status B');
    // Both files keep one baseline for the place (the greater text): V reads a migration's text, the same in both.
    const atV = (JSON.parse(results[0]!.vB) as PlanData).plan.statusLine;
    expect([MIGRATED.statusLine, JSON.parse(atVB).plan.statusLine]).toContain(atV);
  });
});
