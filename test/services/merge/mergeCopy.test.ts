// Merging a copy that came back by email, through dispatch as the app calls it: the preview tells what the merge then
// does (counts, chapters, conflicts with both values and the winner), the open plan is backed up byte for byte first,
// and copies that are not this plan are refused with both files untouched.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { MergeOutcome, MergePreview } from '../../../shared/api/calls/merge';
import type { ArgsOf, CallName, ResultOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { createHandlers } from '../../../electron/services/api/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import { backupFolder, backupName } from '../../../electron/services/merge/backups';
import { createSession, type Session } from '../../../electron/services/session';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { sha256File, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-mergecopy-');
afterAll(() => tmp.cleanup());
let session: Session | null = null;
afterEach(() => {
  session?.close();
  session = null;
});
let n = 0;

const sample = buildSamplePlan();
const chapter = sample.chapters.find((c) => c.kind === 'chapter' && (c.body.content?.length ?? 0) > 1)!;
const theme = sample.themes[0]!;
const area = sample.areas[0]!;
const measure = sample.measures[0]!;
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const bodyWith = (text: string, at: 'start' | 'end') => ({
  ...chapter.body,
  content: at === 'start' ? [paragraph(text), ...chapter.body.content!] : [...chapter.body.content!, paragraph(text)],
});

/** The open plan ("her") and a copy made from it, as «Del på e-post» would, each edited apart afterwards. */
function twoCopies() {
  const id = ++n;
  const here = tmp.file(`Plan ${id}.planverk`);
  const copy = tmp.file(`Plan ${id} – kopi.planverk`);
  const base = createPlanFile(here, sample);
  base.saveCopy(copy);
  base.close();
  session = createSession();
  session.open(here);
  return { here, copy, handlers: createHandlers(session) };
}

async function call<K extends CallName>(handlers: ReturnType<typeof createHandlers>, name: K, args: ArgsOf<K>): Promise<ApiResult<ResultOf<K>>> {
  return (await dispatch(handlers, name, args)) as ApiResult<ResultOf<K>>;
}
async function ok<K extends CallName>(handlers: ReturnType<typeof createHandlers>, name: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
  const r = await call(handlers, name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message} ${r.error.detail ?? ''}`);
  return r.value;
}

function editCopy(path: string, changes: FieldChange[]): void {
  const file = openPlanFile(path);
  try {
    file.mutate(changes);
  } finally {
    file.close();
  }
}

const copyEdits: FieldChange[] = [
  { table: 'areas', id: area.id, column: 'name', value: 'Område fra kopien' },
  { table: 'milestones', id: 'ms-fra-kopien', column: 'name', value: 'Ny milepæl fra kopien' },
  { table: 'milestones', id: 'ms-fra-kopien', column: 'sortKey', value: 99 },
  { table: 'measures', id: measure.id, column: 'tombstone', value: true },
  { table: 'plan', id: sample.plan.id, column: 'title', value: 'Tittel fra kopien' },
  { table: 'chapters', id: chapter.id, column: 'body', value: bodyWith('Avsnitt skrevet i kopien.', 'end') },
];
const hereEdits: FieldChange[] = [
  { table: 'themes', id: theme.id, column: 'name', value: 'Tema endret her' },
  { table: 'plan', id: sample.plan.id, column: 'title', value: 'Tittel endret her' },
  { table: 'chapters', id: chapter.id, column: 'body', value: bodyWith('Avsnitt skrevet her.', 'start') },
];

const text = (plan: Pick<PlanData, 'chapters'>, chapterId: string) => JSON.stringify(plan.chapters.find((c) => c.id === chapterId)?.body);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Edits both sides in the given order (a few ms apart, so the later edit has the later timestamp). */
async function editedApart(order: 'copy-first' | 'here-first') {
  const t = twoCopies();
  if (order === 'copy-first') {
    editCopy(t.copy, copyEdits);
    await sleep(5);
    await ok(t.handlers, 'plan.mutate', { changes: hereEdits });
  } else {
    await ok(t.handlers, 'plan.mutate', { changes: hereEdits });
    await sleep(5);
    editCopy(t.copy, copyEdits);
  }
  return t;
}

/** The plan a file holds, read without taking its lock. */
function openPlanFileData(path: string): PlanData {
  const file = openPlanFile(path, { readOnly: true });
  try {
    return file.readPlan();
  } finally {
    file.close();
  }
}

const summaryOf = (r: MergePreview | MergeOutcome) => ({ counts: r.counts, chapters: r.chapters, conflicts: r.conflicts, nothingNew: r.nothingNew });

describe('merge.preview and merge.run', () => {
  it('previews what the copy brings without changing either file, and the merge then does exactly that', async () => {
    const { here, copy, handlers } = await editedApart('copy-first');
    const before = { here: sha256File(here), copy: sha256File(copy) };
    const preview = await ok(handlers, 'merge.preview', { path: copy });
    expect({ here: sha256File(here), copy: sha256File(copy) }).toEqual(before);
    expect(preview.copyTitle).toBe('Tittel fra kopien');
    expect(Date.parse(preview.copyLastChange!)).toBeGreaterThan(Date.now() - 60_000);
    expect(preview.counts.areas).toEqual({ added: 0, changed: 1, deleted: 0 });
    expect(preview.counts.milestones).toEqual({ added: 1, changed: 0, deleted: 0 });
    expect(preview.counts.measures).toEqual({ added: 0, changed: 0, deleted: 1 });
    expect(preview.counts.themes).toEqual({ added: 0, changed: 0, deleted: 0 });
    // The title: edited in both; here edited later, so here wins and the frame row does not change.
    expect(preview.counts.plan).toEqual({ added: 0, changed: 0, deleted: 0 });
    expect(preview.chapters).toEqual([{ id: chapter.id, title: chapter.title, isNew: false }]);
    expect(preview.conflicts).toEqual([
      expect.objectContaining({ table: 'plan', rowId: sample.plan.id, column: 'title', here: 'Tittel endret her', copy: 'Tittel fra kopien', winner: 'here' }),
    ]);
    expect(preview.conflicts[0]!.rowLabel).toBe('Tittel endret her');
    expect(preview.nothingNew).toBe(false);
    const planBefore = await ok(handlers, 'plan.load', {});

    const outcome = await ok(handlers, 'merge.run', { path: copy });
    expect(summaryOf(outcome)).toEqual(summaryOf(preview));
    expect(sha256File(copy)).toBe(before.copy);
    const merged = await ok(handlers, 'plan.load', {});
    expect(merged.plan.title).toBe('Tittel endret her');
    expect(merged.themes.find((t) => t.id === theme.id)?.name).toBe('Tema endret her');
    expect(merged.areas.find((a) => a.id === area.id)?.name).toBe('Område fra kopien');
    expect(merged.milestones.map((m) => m.name)).toContain('Ny milepæl fra kopien');
    expect(merged.measures.map((m) => m.id)).not.toContain(measure.id);
    // Both paragraphs of the chapter survive: bodies merge character by character.
    expect(text(merged, chapter.id)).toContain('Avsnitt skrevet her.');
    expect(text(merged, chapter.id)).toContain('Avsnitt skrevet i kopien.');
    expect(merged.milestones.length).toBe(planBefore.milestones.length + 1);
  });

  it('lets the copy win a field it edited later, and says so', async () => {
    const { copy, handlers } = await editedApart('here-first');
    const preview = await ok(handlers, 'merge.preview', { path: copy });
    expect(preview.conflicts).toEqual([expect.objectContaining({ column: 'title', here: 'Tittel endret her', copy: 'Tittel fra kopien', winner: 'copy' })]);
    expect(Date.parse(preview.conflicts[0]!.copyAt)).toBeGreaterThan(Date.parse(preview.conflicts[0]!.hereAt));
    expect(preview.counts.plan).toEqual({ added: 0, changed: 1, deleted: 0 });
    const outcome = await ok(handlers, 'merge.run', { path: copy });
    expect(summaryOf(outcome)).toEqual(summaryOf(preview));
    expect((await ok(handlers, 'plan.load', {})).plan.title).toBe('Tittel fra kopien');
    // Undo would now set the title back to what it was before «Tittel endret her», over the copy's newer title:
    // it is refused with one sentence instead (test/services/store/undoPerUser.test.ts has the whole rule).
    const undo = await call(handlers, 'plan.undo', {});
    expect(undo.ok ? null : undo.error.code).toBe('UNDO_CONFLICT');
    expect((await ok(handlers, 'plan.load', {})).plan.title).toBe('Tittel fra kopien');
  });

  it('says a copy merged before brings nothing new, and lists no conflicts', async () => {
    const { copy, handlers } = await editedApart('copy-first');
    await ok(handlers, 'merge.run', { path: copy });
    const again = await ok(handlers, 'merge.preview', { path: copy });
    expect(again.nothingNew).toBe(true);
    expect(again.conflicts).toEqual([]);
    expect(again.chapters).toEqual([]);
  });

  it('backs the open plan up, compacted, in its backup folder before merging, never over an earlier backup', async () => {
    const { here, copy } = await editedApart('copy-first');
    const at = new Date(2026, 10, 23, 14, 5, 33);
    const handlers = createHandlers(session!);
    const sha = sha256File(here);
    const planBefore = JSON.stringify(openPlanFileData(here));
    const { createMergeHandlers } = await import('../../../electron/services/merge/handlers');
    const merge = createMergeHandlers({ currentPlan: () => session!.current(), now: () => at });
    const first = await merge['merge.run']({ path: copy });
    expect(first.backupPath).toBe(join(backupFolder(here), `${basename(here, '.planverk')} (før sammenslåing 2026-11-23 14.05.33).planverk`));
    expect(first.backupPath).toBe(backupName(here, at));
    expect(sha256File(here)).not.toBe(sha);
    // The backup is a plan that opens, with the plan as it was (VACUUM INTO: the same content, not the same bytes).
    expect(JSON.stringify(openPlanFileData(first.backupPath!))).toBe(planBefore);
    const backupSha = sha256File(first.backupPath!);
    // A second copy that brings something, merged in the same second: a second backup beside the first.
    const second = tmp.file(`${basename(here, '.planverk')} – kopi 2.planverk`);
    const reader = openPlanFile(here, { readOnly: true });
    reader.saveCopy(second);
    reader.close();
    editCopy(second, [{ table: 'milestones', id: 'ms-kopi-2', column: 'name', value: 'Milepæl fra kopi 2' }]);
    const again = await merge['merge.run']({ path: second });
    expect(basename(again.backupPath!)).toContain('(før sammenslåing 2026-11-23 14.05.33 nr. 2)');
    expect(sha256File(first.backupPath!)).toBe(backupSha);
    expect((await ok(handlers, 'plan.load', {})).areas.find((a) => a.id === area.id)?.name).toBe('Område fra kopien');
  });

  it('makes no backup and leaves the plan byte for byte when the copy changes nothing (merged before)', async () => {
    const { here, copy, handlers } = await editedApart('copy-first');
    const first = await ok(handlers, 'merge.run', { path: copy });
    expect(first.backupPath).not.toBeNull();
    const sha = sha256File(here);
    const backups = readdirSync(backupFolder(here));
    for (let i = 0; i < 5; i++) {
      const again = await ok(handlers, 'merge.run', { path: copy });
      expect(again.backupPath).toBeNull();
    }
    expect(sha256File(here)).toBe(sha);
    expect(readdirSync(backupFolder(here))).toEqual(backups);
  });

});

describe('copies that cannot be merged are refused, both files untouched and no backup made', () => {
  async function expectRefused(copyPath: string, code: string, prepare?: (t: ReturnType<typeof twoCopies>) => void) {
    const t = twoCopies();
    prepare?.(t);
    const files = () => readdirSync(tmp.dir).sort();
    const listed = files();
    const sums = { here: sha256File(t.here), copy: sha256File(copyPath) };
    for (const name of ['merge.preview', 'merge.run'] as const) {
      const r = await call(t.handlers, name, { path: copyPath });
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.code, name).toBe(code);
    }
    expect({ here: sha256File(t.here), copy: sha256File(copyPath) }).toEqual(sums);
    expect(files()).toEqual(listed);
  }

  it('a file that is not a plan', async () => {
    const path = tmp.file('Ikke en plan.planverk');
    writeFileSync(path, 'Dette er bare tekst.\n');
    await expectRefused(path, 'NOT_SQLITE');
  });

  it('a database from another program', async () => {
    const path = tmp.file('Kunder.planverk');
    const db = new Database(path);
    db.exec("CREATE TABLE kunder (id INTEGER PRIMARY KEY, navn TEXT); INSERT INTO kunder VALUES (1, 'Ola')");
    db.close();
    await expectRefused(path, 'FOREIGN_FILE');
  });

  it('a copy from a newer Planverk', async () => {
    const path = tmp.file('Nyere.planverk');
    createPlanFile(path, sample).close();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    await expectRefused(path, 'NEWER_VERSION');
  });

  it('another plan with its own id', async () => {
    const path = tmp.file('Annen plan.planverk');
    createPlanFile(path, { ...sample, plan: { ...sample.plan, id: 'en-helt-annen-plan' } }).close();
    await expectRefused(path, 'OTHER_PLAN');
  });

  it('another plan made from the same sample (same ids, a change log of its own)', async () => {
    const path = tmp.file('Eget eksempel.planverk');
    createPlanFile(path, sample).close();
    await expectRefused(path, 'OTHER_PLAN');
  });

  it('a missing file, and the open plan itself', async () => {
    const t = twoCopies();
    const missing = await call(t.handlers, 'merge.preview', { path: tmp.file('finnes-ikke.planverk') });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND_FILE');
    const self = await call(t.handlers, 'merge.run', { path: t.here });
    expect(self.ok ? null : self.error.code).toBe('INVALID_ARGS');
    expect(existsSync(backupFolder(t.here))).toBe(false);
  });

  it('into a plan opened read-only (the preview still shows what the copy brings)', async () => {
    const t = twoCopies();
    editCopy(t.copy, copyEdits);
    session!.close();
    session!.open(t.here, { readOnly: true });
    const sums = { here: sha256File(t.here), copy: sha256File(t.copy) };
    const preview = await ok(t.handlers, 'merge.preview', { path: t.copy });
    expect(preview.counts.milestones.added).toBe(1);
    const r = await call(t.handlers, 'merge.run', { path: t.copy });
    expect(r.ok ? null : r.error.code).toBe('READ_ONLY');
    expect({ here: sha256File(t.here), copy: sha256File(t.copy) }).toEqual(sums);
  });
});
