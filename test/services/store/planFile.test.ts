import { afterEach, describe, expect, it } from 'vitest';
import type { PlanverkError } from '../../../shared/api/errors';
import { ENTITIES, TABLE_NAMES } from '../../../shared/domain/plan';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { richTextToYUpdate, yStateToRichText } from '../../../shared/editor';
import { createPlanFile, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { expectedTables } from '../../../electron/services/store/openChecks';
import { smallPlan, tempDir } from './helpers';
import { defaultMigrationsFolder, migrationCount } from '../../../electron/services/store/migrations';

const tmp = tempDir();
const open: PlanFile[] = [];
const track = (f: PlanFile) => (open.push(f), f);
afterEach(() => {
  while (open.length) open.pop()?.close();
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('plan file schema', () => {
  it('has one table per entity whose columns are the zod keys plus tombstone (asset bytes live in assetBlobs)', () => {
    const tables = expectedTables();
    for (const t of TABLE_NAMES) {
      const keys = Object.keys(ENTITIES[t].shape).filter((k) => !(t === 'assets' && k === 'dataBase64'));
      expect(tables.get(t), t).toEqual([...keys, 'tombstone'].sort());
    }
    expect(tables.get('assetBlobs')).toEqual(['bytes', 'id']);
  });
});

describe('createPlanFile / readPlan', () => {
  it('stores the sample plan and reads back the same rows, with the file settings of a plan file', () => {
    const sample = buildSamplePlan();
    const file = track(createPlanFile(tmp.file('sample.planverk'), sample));
    const back = file.readPlan();
    // Chapter bodies come back in ProseMirror's canonical JSON (default attrs spelled out), through Yjs.
    sample.chapters = sample.chapters.map((c) => ({ ...c, body: yStateToRichText(richTextToYUpdate(c.body)) }));
    expect(back.plan).toEqual(sample.plan);
    for (const t of TABLE_NAMES) if (t !== 'plan') expect(byId(back[t] as { id: string }[]), t).toEqual(byId(sample[t] as { id: string }[]));
    const db = file.database;
    expect(db.pragma('application_id', { simple: true })).toBe(0x504c564b);
    expect(db.pragma('user_version', { simple: true })).toBe(migrationCount(defaultMigrationsFolder()));
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    // every field of every row went through the log, and every chapter has its Yjs state
    const messages = db.prepare('SELECT count(*) AS n FROM messages_crdt').get() as { n: number };
    expect(messages.n).toBeGreaterThan(500);
    const chapterUpdates = db.prepare('SELECT count(DISTINCT chapterId) AS n FROM chapterUpdates').get() as { n: number };
    expect(chapterUpdates.n).toBe(sample.chapters.filter((c) => (c.body.content?.length ?? 0) > 0).length);
  });

  it('gives every row of every table a non-empty id', () => {
    const file = track(createPlanFile(tmp.file('ids.planverk'), buildSamplePlan()));
    for (const t of TABLE_NAMES) {
      const bad = file.database.prepare(`SELECT count(*) AS n FROM "${t}" WHERE id IS NULL OR id = ''`).get() as { n: number };
      expect(bad.n, t).toBe(0);
    }
  });

  it('refuses plan JSON with the path of the first bad field', () => {
    const plan = smallPlan() as unknown as { areas: Record<string, unknown>[] };
    plan.areas[1]!.themeId = 42;
    expect(() => createPlanFile(tmp.file('bad.planverk'), plan)).toThrow(expect.objectContaining({ code: 'INVALID_JSON', detail: expect.stringContaining('areas[1].themeId') }));
  });

  it('refuses to overwrite an existing file', () => {
    track(createPlanFile(tmp.file('twice.planverk'), smallPlan()));
    expect(() => createPlanFile(tmp.file('twice.planverk'), smallPlan())).toThrow(expect.objectContaining({ code: 'TARGET_EXISTS' }));
  });
});

describe('mutate', () => {
  it('writes the row and one log message per field in one transaction, and survives reopening', () => {
    const plan = smallPlan();
    const path = tmp.file('mutate.planverk');
    const file = createPlanFile(path, plan);
    const before = (file.database.prepare('SELECT count(*) AS n FROM messages_crdt').get() as { n: number }).n;
    const res = file.mutate([
      { table: 'plan', id: plan.plan.id, column: 'title', value: 'Ny tittel' },
      { table: 'themes', id: 'theme-new', column: 'name', value: 'Innovasjon' },
      { table: 'themes', id: 'theme-new', column: 'sortKey', value: 2 },
    ]);
    expect(res.pendingChanges).toBe(0);
    expect(res.savedAt).not.toBeNull();
    const after = (file.database.prepare('SELECT count(*) AS n FROM messages_crdt').get() as { n: number }).n;
    expect(after - before).toBe(3);
    file.close();
    const again = track(openPlanFile(path));
    const back = again.readPlan();
    expect(back.plan.title).toBe('Ny tittel');
    expect(back.themes.map((t) => t.name)).toEqual(['Helhet og samordning', 'Innovasjon']);
  });

  it('rejects unknown columns and bad values with INVALID_ARGS and writes nothing', () => {
    const plan = smallPlan();
    const file = track(createPlanFile(tmp.file('invalid.planverk'), plan));
    const count = () => (file.database.prepare('SELECT count(*) AS n FROM messages_crdt').get() as { n: number }).n;
    const before = count();
    const attempt = (value: unknown, column = 'level') => {
      try {
        file.mutate([
          { table: 'plan', id: plan.plan.id, column: 'title', value: 'skal ikke lagres' },
          { table: 'cells', id: plan.cells[0]!.id, column, value },
        ]);
        return null;
      } catch (err) {
        return err as PlanverkError;
      }
    };
    expect(attempt('XYZ')).toMatchObject({ code: 'INVALID_ARGS', detail: expect.stringContaining('level') });
    expect(attempt('OpH', 'nonsense')).toMatchObject({ code: 'INVALID_ARGS', detail: expect.stringContaining('nonsense') });
    expect(count()).toBe(before);
    expect(file.readPlan().plan.title).toBe('Testplan');
  });

  it('deletes by tombstone: the row disappears from the plan but stays in the file', () => {
    const plan = smallPlan();
    const file = track(createPlanFile(tmp.file('delete.planverk'), plan));
    file.mutate([{ table: 'areas', id: plan.areas[1]!.id, column: 'tombstone', value: true }]);
    expect(file.readPlan().areas.map((a) => a.id)).toEqual([plan.areas[0]!.id]);
    expect((file.database.prepare('SELECT count(*) AS n FROM areas').get() as { n: number }).n).toBe(2);
  });

  it('undoes and redoes a change, including the creation of a row', () => {
    const plan = smallPlan();
    const file = track(createPlanFile(tmp.file('undo.planverk'), plan));
    file.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'A' }]);
    file.mutate([
      { table: 'themes', id: 'th-2', column: 'name', value: 'Ny' },
      { table: 'themes', id: 'th-2', column: 'sortKey', value: 2 },
    ]);
    expect(file.readPlan().themes).toHaveLength(2);
    file.undo();
    expect(file.readPlan().themes).toHaveLength(1);
    file.undo();
    expect(file.readPlan().plan.title).toBe('Testplan');
    expect(file.undo()).toBeNull();
    file.redo();
    expect(file.readPlan().plan.title).toBe('A');
    file.redo();
    expect(file.readPlan().themes.map((t) => t.name)).toEqual(['Helhet og samordning', 'Ny']);
    expect(file.redo()).toBeNull();
  });

  it('keeps timestamps increasing across sessions, each session with its own clock node', () => {
    const plan = smallPlan();
    const path = tmp.file('clock.planverk');
    const a = createPlanFile(path, plan);
    a.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: '1' }]);
    a.close();
    const b = track(openPlanFile(path));
    b.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: '2' }]);
    const rows = b.database.prepare("SELECT timestamp FROM messages_crdt WHERE dataset='plan' AND \"column\"='title' ORDER BY rowid").all() as { timestamp: string }[];
    const stamps = rows.map((r) => r.timestamp);
    expect([...stamps].sort()).toEqual(stamps);
    const nodes = new Set(stamps.slice(-2).map((s) => s.slice(-16)));
    expect(nodes.size).toBe(2);
  });
});

// A read-only open reads the whole plan to check the file; the first readPlan() hands that read out instead of
// reading every row again (a cold `cli export` read the plan twice). These guard that it is never stale.
describe('the plan read while opening read-only', () => {
  it('is what the first readPlan returns, and a second readPlan reads the file again into objects of its own', () => {
    const plan = smallPlan();
    const path = tmp.file('firstRead.planverk');
    createPlanFile(path, plan).close();
    const file = track(openPlanFile(path, { readOnly: true }));
    const first = file.readPlan();
    const second = file.readPlan();
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second.plan).not.toBe(first.plan);
  });

  it('is not used once another program wrote the file after it was opened: readPlan shows the new text', () => {
    const plan = smallPlan();
    const path = tmp.file('changedAfterOpen.planverk');
    createPlanFile(path, plan).close();
    const reader = track(openPlanFile(path, { readOnly: true }));
    const writer = track(openPlanFile(path));
    writer.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Skrevet etter åpning' }]);
    expect(reader.readPlan().plan.title).toBe('Skrevet etter åpning');
  });

  it('is not used once a change waits in memory for the read-only file: readPlan shows the queued change', () => {
    const plan = smallPlan();
    const path = tmp.file('queuedAfterOpen.planverk');
    createPlanFile(path, plan).close();
    const file = track(openPlanFile(path, { readOnly: true }));
    file.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Venter på Lagre som' }]);
    expect(file.readPlan().plan.title).toBe('Venter på Lagre som');
  });
});
