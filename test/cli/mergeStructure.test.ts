// Issue 11 «What was seen», each case as a user meets it: the sample plan, a copy sent by email and edited there,
// `planverk merge` (and `check`, `export-json`, `new --from`) run through the CLI on the real files.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openPlanFile, type PlanFile } from '../../electron/services/store';
import type { Chapter, FieldChange, PlanData } from '../../shared/domain/plan';
import { sha256File, tempDir } from '../services/store/helpers';

const tmp = tempDir('planverk-merge-structure-');
afterAll(() => tmp.cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 5));
let n = 0;

/** The sample plan and a copy of it «sent by email». */
async function planAndCopy(): Promise<{ plan: string; copy: string }> {
  n++;
  const plan = tmp.file(`plan${n}.planverk`);
  const copy = tmp.file(`plan${n} – kopi.planverk`);
  expect((await cli('new', plan, '--sample')).code).toBe(0);
  const f = openPlanFile(plan);
  f.saveCopy(copy);
  f.close();
  return { plan, copy };
}

/** Opens the file as the app does, runs the edits, closes it; then waits so the next edit is later in time. */
async function edit(path: string, fn: (file: PlanFile, plan: PlanData) => void): Promise<void> {
  const file = openPlanFile(path);
  try {
    fn(file, file.readPlan());
  } finally {
    file.close();
  }
  await tick();
}

function read(path: string): PlanData {
  const file = openPlanFile(path, { readOnly: true });
  try {
    return file.readPlan();
  } finally {
    file.close();
  }
}

/** export-json, then a new plan from that JSON, then export-json again: byte-identical; returns the JSON text. */
async function jsonRoundTrip(path: string): Promise<string> {
  const json = `${path}.json`;
  expect((await cli('export-json', path, '--out', json)).code).toBe(0);
  const again = `${path}.again.planverk`;
  const made = await cli('new', again, '--from', json);
  expect(made.err).toBe('');
  expect(made.code).toBe(0);
  await cli('export-json', again, '--out', `${json}.again`);
  expect(readFileSync(`${json}.again`, 'utf8')).toBe(readFileSync(json, 'utf8'));
  return readFileSync(json, 'utf8');
}

async function checkIsWhole(path: string): Promise<string> {
  const r = await cli('check', path);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Planen er hel');
  return r.out;
}

const set = (table: FieldChange['table'], id: string, column: string, value: unknown): FieldChange => ({ table, id, column, value });
const del = (table: FieldChange['table'], id: string): FieldChange => set(table, id, 'tombstone', true);
const byTitle = (plan: PlanData, title: string): Chapter => plan.chapters.find((c) => c.title === title)!;
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('merging structure edits through the CLI (issue 11)', () => {
  it('delete against edit: a measure deleted in the plan and edited later in the copy is kept with the edit, and reported', async () => {
    const { plan, copy } = await planAndCopy();
    const measure = read(plan).measures[0]!;
    await edit(plan, (f) => f.mutate([del('measures', measure.id)]));
    await edit(copy, (f) => f.mutate([set('measures', measure.id, 'name', 'Nattpatrulje utvidet')]));
    const r = await cli('merge', plan, copy);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Kopien har ingenting');
    expect(r.out).toContain('«Nattpatrulje utvidet» er slettet i planen og endret i kopien: den beholdes med endringen.');
    expect(read(plan).measures.find((m) => m.id === measure.id)?.name).toBe('Nattpatrulje utvidet');
    await checkIsWhole(plan);
    await jsonRoundTrip(plan);
  });

  it('delete against edit: a measure edited in the copy and deleted later in the plan stays deleted, and the report shows the copy’s text', async () => {
    const { plan, copy } = await planAndCopy();
    const measure = read(plan).measures[0]!;
    await edit(copy, (f) => f.mutate([set('measures', measure.id, 'followUp', 'Kopiens oppfølging')]));
    await edit(plan, (f) => f.mutate([del('measures', measure.id)]));
    const r = await cli('merge', plan, copy, '--preview');
    expect(r.out).not.toContain('Kopien har ingenting');
    expect(r.out).toMatch(/er slettet i planen og endret i kopien: slettingen gjelder; endringen i kopien var: followUp «Kopiens oppfølging»/);
    await cli('merge', plan, copy);
    expect(read(plan).measures.some((m) => m.id === measure.id)).toBe(false);
  });

  it('delete against edit: a chapter deleted in the copy whose title the plan changed later is kept', async () => {
    const { plan, copy } = await planAndCopy();
    const chapter = byTitle(read(plan), 'Handlingsplan');
    await edit(copy, (f) => f.mutate([del('chapters', chapter.id)]));
    await edit(plan, (f) => f.mutate([set('chapters', chapter.id, 'title', 'Handlingsplan 2027–2030')]));
    const r = await cli('merge', plan, copy);
    expect(r.out).toContain('«Handlingsplan 2027–2030» er slettet i kopien og endret i planen: den beholdes med endringen.');
    expect(byTitle(read(plan), 'Handlingsplan 2027–2030')).toBeDefined();
    await jsonRoundTrip(plan);
  });

  it('delete against edit: a chapter deleted in the plan whose text the copy edited is reported with the copy’s text', async () => {
    const { plan, copy } = await planAndCopy();
    const chapter = byTitle(read(plan), 'Handlingsplan');
    await edit(copy, (f) => f.mutate([set('chapters', chapter.id, 'body', { type: 'doc', content: [...(chapter.body.content ?? []), para('Nytt avsnitt fra arbeidsgruppen.')] })]));
    await edit(plan, (f, p) => f.mutate([del('chapters', chapter.id), ...p.measures.filter((m) => m.chapterId === chapter.id).map((m) => set('measures', m.id, 'chapterId', null))]));
    const r = await cli('merge', plan, copy);
    expect(r.out).toContain('«Handlingsplan» er slettet i planen og endret i kopien');
    expect(r.out).toContain('Nytt avsnitt fra arbeidsgruppen.');
    await checkIsWhole(plan);
    await jsonRoundTrip(plan);
  });

  it('a paragraph deleted in the plan and edited in the copy: the copy’s paragraph is offered back, not dropped', async () => {
    const { plan, copy } = await planAndCopy();
    const chapter = byTitle(read(plan), 'Handlingsplan');
    const [first, ...rest] = chapter.body.content ?? [];
    expect(first?.type).toBe('paragraph');
    await edit(copy, (f) => f.mutate([set('chapters', chapter.id, 'body', { type: 'doc', content: [para('Handlingsplanen viser tiltakene for de fire første årene, og kopien skrev mer her.'), ...rest] })]));
    await edit(plan, (f) => f.mutate([set('chapters', chapter.id, 'body', { type: 'doc', content: rest })]));
    const r = await cli('merge', plan, copy);
    expect(r.out).toContain('Et avsnitt i «Handlingsplan» er slettet i planen, men endret i kopien');
    expect(r.out).toContain('og kopien skrev mer her.');
  });

  it('a paragraph deleted in the copy and edited in the plan: the plan’s paragraph is offered back', async () => {
    const { plan, copy } = await planAndCopy();
    const chapter = byTitle(read(plan), 'Handlingsplan');
    const [, ...rest] = chapter.body.content ?? [];
    await edit(copy, (f) => f.mutate([set('chapters', chapter.id, 'body', { type: 'doc', content: rest })]));
    await edit(plan, (f) => f.mutate([set('chapters', chapter.id, 'body', { type: 'doc', content: [para('Rådgiverens nye tekst i avsnittet.'), ...rest] })]));
    const r = await cli('merge', plan, copy, '--preview');
    expect(r.out).toContain('er slettet i kopien, men endret i planen; teksten tas vare på her: «Rådgiverens nye tekst i avsnittet.»');
  });

  it('a theme deleted in the plan while the copy added an area under it: the theme is kept with the new area, reported', async () => {
    const { plan, copy } = await planAndCopy();
    const p = read(plan);
    const theme = p.themes[0]!;
    await edit(copy, (f) =>
      f.mutate([set('areas', 'area-from-copy', 'themeId', theme.id), set('areas', 'area-from-copy', 'name', 'Nytt område fra kopien'), set('areas', 'area-from-copy', 'sortKey', 99)]),
    );
    await edit(plan, (f, q) => f.mutate([...q.areas.filter((a) => a.themeId === theme.id).map((a) => del('areas', a.id)), del('themes', theme.id)]));
    const r = await cli('merge', plan, copy);
    expect(r.out).toContain(`«${theme.name}» var slettet, men beholdes fordi «Nytt område fra kopien» hører til den.`);
    const merged = read(plan);
    expect(merged.themes.map((t) => t.id)).toContain(theme.id);
    expect(merged.areas.filter((a) => a.themeId === theme.id).map((a) => a.name)).toEqual(['Nytt område fra kopien']);
    await checkIsWhole(plan);
    await jsonRoundTrip(plan);
  });

  it('an area deleted in the plan while the copy set a cell under it later: the area is kept, reported; counts only rows the user sees', async () => {
    const { plan, copy } = await planAndCopy();
    const p = read(plan);
    const cell = p.cells.find((c) => c.level !== null)!;
    const area = p.areas.find((a) => a.id === cell.areaId)!;
    await edit(plan, (f, q) =>
      f.mutate([...q.cells.filter((c) => c.areaId === area.id).map((c) => del('cells', c.id)), ...q.areas.filter((a) => a.parentId === area.id).flatMap((a) => [del('areas', a.id)]), del('areas', area.id)]),
    );
    await edit(copy, (f) => f.mutate([set('cells', cell.id, 'level', cell.level === 'OpH' ? 'DpH' : 'OpH')]));
    const r = await cli('merge', plan, copy);
    expect(r.out).not.toContain('Kopien har ingenting');
    expect(r.out).toContain(`«${area.name}» var slettet, men beholdes fordi`);
    const merged = read(plan);
    expect(merged.areas.some((a) => a.id === area.id)).toBe(true);
    expect(merged.cells.find((c) => c.id === cell.id)?.level).toBe(cell.level === 'OpH' ? 'DpH' : 'OpH');
    await checkIsWhole(plan);
  });

  it('a sub-chapter added under a chapter the other side deleted keeps its chapter, so it is in the tree and in every export', async () => {
    const { plan, copy } = await planAndCopy();
    const chapter = byTitle(read(plan), 'Handlingsplan');
    await edit(copy, (f) =>
      f.mutate([set('chapters', 'sub-from-copy', 'parentId', chapter.id), set('chapters', 'sub-from-copy', 'title', 'Tiltak for 2027'), set('chapters', 'sub-from-copy', 'sortKey', 1)]),
    );
    await edit(plan, (f) => f.mutate([del('chapters', chapter.id)]));
    const r = await cli('merge', plan, copy);
    expect(r.out).toContain('«Handlingsplan» var slettet, men beholdes fordi «Tiltak for 2027» hører til den.');
    const json = await jsonRoundTrip(plan);
    expect(json).toContain('"title": "Tiltak for 2027"');
    const html = tmp.file(`sub${n}.html`);
    expect((await cli('export', plan, '--format', 'html', '--out', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Tiltak for 2027');
    await checkIsWhole(plan);
  });

  it('moves that cross: chapter 1 into 2 in one copy and 2 into 1 in the other break the cycle the same way in both orders, reported', async () => {
    const { plan, copy } = await planAndCopy();
    const p = read(plan);
    const siblings = (c: Chapter) => p.chapters.filter((s) => s.parentId === c.parentId && s.kind === 'chapter');
    const [one, two] = siblings(p.chapters.find((c) => c.kind === 'chapter' && siblings(c).length >= 2)!);
    await edit(plan, (f) => f.mutate([set('chapters', one!.id, 'parentId', two!.id)]));
    await edit(copy, (f) => f.mutate([set('chapters', two!.id, 'parentId', one!.id)]));
    // The other order: the copy takes the plan in.
    const planSnapshot = tmp.file(`cross${n}-plan.planverk`);
    const copySnapshot = tmp.file(`cross${n}-copy.planverk`);
    for (const [from, to] of [[plan, planSnapshot], [copy, copySnapshot]] as const) {
      const f = openPlanFile(from, { readOnly: true });
      f.saveCopy(to);
      f.close();
    }
    const r = await cli('merge', plan, copy);
    expect(r.out).toContain(`«${two!.title}» og det den var flyttet inn under, var flyttet inn under hverandre; «${two!.title}» er lagt øverst.`);
    expect((await cli('merge', copySnapshot, planSnapshot)).code).toBe(0);
    const json = await jsonRoundTrip(plan);
    expect(await jsonRoundTrip(copySnapshot)).toBe(json);
    const merged = read(plan);
    expect(merged.chapters.find((c) => c.id === two!.id)?.parentId).toBeNull(); // the later move is the one undone
    expect(merged.chapters.find((c) => c.id === one!.id)?.parentId).toBe(two!.id);
    await checkIsWhole(plan);
    expect((await cli('check', plan)).out).not.toContain('Brudd');
  });

  it('deleting the «Handlingsplan» chapter clears the measures’ pointers in the same step; the JSON imports and undo brings both back', async () => {
    const { plan } = await planAndCopy();
    const chapter = byTitle(read(plan), 'Handlingsplan');
    const pointing = read(plan).measures.filter((m) => m.chapterId === chapter.id);
    expect(pointing.length).toBeGreaterThan(0);
    const file = openPlanFile(plan);
    try {
      file.mutate([del('chapters', chapter.id)]);
      expect(file.readPlan().measures.filter((m) => pointing.some((p) => p.id === m.id)).every((m) => m.chapterId === null)).toBe(true);
      file.undo();
      expect(file.readPlan().measures.filter((m) => m.chapterId === chapter.id)).toHaveLength(pointing.length);
      file.redo();
    } finally {
      file.close();
    }
    await checkIsWhole(plan);
    await jsonRoundTrip(plan);
  });

  it('refuses a local move of a chapter into its own sub-chapter with one sentence, the file byte for byte unchanged', async () => {
    const { plan } = await planAndCopy();
    const p = read(plan);
    const child = p.chapters.find((c) => c.parentId !== null)!;
    const before = sha256File(plan);
    const file = openPlanFile(plan);
    try {
      expect(() => file.mutate([set('chapters', child.parentId!, 'parentId', child.id)])).toThrow(/kan ikke flyttes inn under seg selv eller noe som ligger under den; planen er ikke endret\./);
      expect(() => file.mutate([set('measures', p.measures[0]!.id, 'chapterId', 'finnes-ikke')])).toThrow(/som ikke finnes i planen; planen er ikke endret\./);
    } finally {
      file.close();
    }
    expect(sha256File(plan)).toBe(before);
  });

  it('rich-text fields edited on both sides: the report shows both texts as readable text, never JSON', async () => {
    const { plan, copy } = await planAndCopy();
    const area = read(plan).areas[0]!;
    const rich = (text: string) => ({ type: 'doc', content: [para(text), para('Andre linje.')] });
    await edit(plan, (f) => f.mutate([set('areas', area.id, 'problems', rich('Planens problemstilling.'))]));
    await edit(copy, (f) => f.mutate([set('areas', area.id, 'problems', rich('Kopiens problemstilling.'))]));
    const r = await cli('merge', plan, copy, '--preview');
    expect(r.out).toContain('problems: her «Planens problemstilling. / Andre linje.», i kopien «Kopiens problemstilling. / Andre linje.»; kopiens verdi gjelder');
    expect(r.out).not.toContain('"type"');
  });

  it('lists a conflict the plan’s own value wins, and does not say the copy has nothing new', async () => {
    const { plan, copy } = await planAndCopy();
    const frame = read(plan).plan.id;
    await edit(copy, (f) => f.mutate([set('plan', frame, 'subtitle', 'Kopiens undertittel')]));
    await edit(plan, (f) => f.mutate([set('plan', frame, 'subtitle', 'Planens undertittel')]));
    const r = await cli('merge', plan, copy, '--preview');
    expect(r.out).not.toContain('Kopien har ingenting');
    expect(r.out).toContain('subtitle: her «Planens undertittel», i kopien «Kopiens undertittel»; planens verdi gjelder');
  });
});
