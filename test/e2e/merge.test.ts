// «Slå sammen med kopier» in Chromium: a copy edited by a working group (through the store, as their Planverk would)
// is previewed with a field both sides changed (both values, the copy's later edit wins), merged, and its chapter text
// is then in the chapter editor; the open plan's backup lies in the backup folder beside it; several copies are
// previewed together grouped by copy and merged in one step with one backup; a copy whose every conflict keeps the
// plan's value can still be merged (and needs no backup); the page has no axe violations.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { backupFolder } from '../../electron/services/merge/backups';
import { openPlanFile } from '../../electron/services/store';
import type { FieldChange } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { callOk } from './api';
import { goTo, startBrowserAt, type Watch } from './browser';
import { axeViolations } from './axe';
import { nextMillisecond, openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
const dir = testFolder();
let planPath: string;
const copyPath = join(dir, 'Sammenslåing – kopi fra gruppe 3.planverk');
const sample = buildSamplePlan();
const chapter = sample.chapters.find((c) => c.kind === 'chapter' && (c.body.content?.length ?? 0) > 1)!;
const COPY_TEXT = 'Arbeidsgruppe 3 har kartlagt behovet for avlastning.';
const PATHS_LABEL = 'Stier til kopiene (.planverk), én per linje';
const SHOW = 'Vis hva kopiene bringer';

/** A copy of the plan as it is now (sent out by email), then edited by its working group. */
/** A conflict row's cells as shown: for a value, the value itself (its author follows it in a line of its own). */
const conflictCells = (row: Locator) => row.locator('th, td').evaluateAll((cells) => cells.map((c) => (c.firstElementChild ?? c).textContent ?? ''));

function sendCopy(name: string): string {
  const path = join(dir, name);
  const reader = openPlanFile(planPath, { readOnly: true });
  reader.saveCopy(path);
  reader.close();
  return path;
}
function editFile(path: string, changes: FieldChange[]): void {
  const file = openPlanFile(path);
  file.mutate(changes);
  file.close();
}

beforeAll(async () => {
  planPath = await openFreshPlan('sample', 'Sammenslåing');
  // The copy that went out by email: a clean copy of the open plan, read without taking its lock.
  const reader = openPlanFile(planPath, { readOnly: true });
  reader.saveCopy(copyPath);
  reader.close();
  // The adviser edits the title here first; the working group edits it later in their copy, and writes a paragraph.
  await callOk(env.origin, env.token, 'plan.mutate', { changes: [{ table: 'plan', id: sample.plan.id, column: 'title', value: 'Tittel endret her' }] });
  await nextMillisecond();
  const copy = openPlanFile(copyPath);
  copy.mutate([
    { table: 'plan', id: sample.plan.id, column: 'title', value: 'Tittel fra gruppe 3' },
    { table: 'chapters', id: chapter.id, column: 'body', value: { ...chapter.body, content: [...chapter.body.content!, { type: 'paragraph', content: [{ type: 'text', text: COPY_TEXT }] }] } },
  ]);
  copy.close();
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/sammenslaing'));
});

afterAll(async () => {
  await browser?.close();
});

describe('merging a copy in the app', () => {
  it('shows the merge page with a path field and no axe violations', async () => {
    expect(await page.locator('main h1').textContent()).toBe('Slå sammen med kopier');
    await page.getByLabel(PATHS_LABEL).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('previews the copy: the chapter with its text, and the title changed in both places with both values', async () => {
    await page.getByLabel(PATHS_LABEL).fill(copyPath);
    await page.getByRole('button', { name: SHOW }).click();
    const preview = page.getByTestId('merge-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Kopi av «Tittel fra gruppe 3»');
    expect(await page.getByTestId('merge-chapters').textContent()).toContain(chapter.title);
    const conflicts = page.getByTestId('merge-conflicts');
    const row = conflicts.getByRole('row').filter({ hasText: 'Tittel' }).last();
    const cells = await conflictCells(row);
    expect(cells[1]).toBe('Tittel');
    expect(cells[2]).toBe('Tittel endret her');
    expect(cells[3]).toBe('Tittel fra gruppe 3');
    expect(cells[4]).toMatch(/^Verdien i kopien – endret \d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}, sist$/);
    expect(await page.getByText('den siste endringen vinner').count()).toBe(1);
    // Focus moved to the preview's heading, so a screen reader hears it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('merge-preview-heading');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('merges when asked: the result names the backup beside the plan, and the plan now has the copy\'s edits', async () => {
    await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    const done = page.getByTestId('merge-done');
    await done.waitFor();
    const backupText = (await page.getByTestId('merge-backup').textContent()) ?? '';
    const backupPath = backupText.slice(backupText.indexOf(dir));
    expect(backupPath).toMatch(/Sammenslåing – sikkerhetskopier\/Sammenslåing \(før sammenslåing \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2}\)\.planverk$/);
    expect(existsSync(backupPath)).toBe(true);
    await expect.poll(() => page.getByTestId('plan-title').textContent()).toBe('Tittel fra gruppe 3');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the copy\'s paragraph in the chapter editor', async () => {
    await goTo(page, '#/kapitler');
    const item = page.getByRole('treeitem').filter({ has: page.locator('[id$="-name"]', { hasText: new RegExp(`^[0-9.]*\\s*${chapter.title}$`) }) });
    await item.click();
    await expect.poll(() => page.locator('.plan-editor .ProseMirror').textContent()).toContain(COPY_TEXT);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});

describe('merging several copies at once in the app', () => {
  it('previews two copies in one go, grouped by copy (who sent what), and merges both in one step with one backup', async () => {
    await goTo(page, '#/sammenslaing');
    await page.getByRole('button', { name: 'Slå sammen med andre kopier' }).click();
    const copies = [sendCopy('Kopi fra gruppe 1.planverk'), sendCopy('Kopi fra gruppe 2.planverk')];
    editFile(copies[0]!, [{ table: 'milestones', id: 'ms-e2e-1', column: 'name', value: 'Milepæl fra gruppe 1' }]);
    editFile(copies[1]!, [{ table: 'milestones', id: 'ms-e2e-2', column: 'name', value: 'Milepæl fra gruppe 2' }]);
    const backupsBefore = readdirSync(backupFolder(planPath)).length;
    await page.getByLabel(PATHS_LABEL).fill(copies.join('\n'));
    await page.getByRole('button', { name: SHOW }).click();
    await page.getByTestId('merge-preview').waitFor();
    for (const [i, copy] of copies.entries()) {
      const section = page.getByTestId(`merge-copy-${i + 1}`);
      expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe(`Kopi ${i + 1} av 2: «Tittel fra gruppe 3»`);
      expect(await section.textContent()).toContain(`Fil: ${copy.slice(dir.length + 1)}`);
      expect(await section.getByTestId('merge-counts').textContent()).toContain('Milepæler');
    }
    expect(await page.getByTestId('merge-total').textContent()).toContain('Alle kopiene til sammen');
    expect(await page.getByTestId('merge-backup-folder').textContent()).toContain(backupFolder(planPath));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await page.getByTestId('merge-done').waitFor();
    expect(readdirSync(backupFolder(planPath)).length).toBe(backupsBefore + 1);
    await goTo(page, '#/plan');
    const plan = await callOk(env.origin, env.token, 'plan.load', {});
    expect(plan.milestones.map((m) => m.name)).toEqual(expect.arrayContaining(['Milepæl fra gruppe 1', 'Milepæl fra gruppe 2']));
  });

  it('keeps «Slå sammen» enabled when every conflict keeps the plan\'s value, and takes the copy\'s change into the history with a backup, the plan keeping its value', async () => {
    const copy = sendCopy('Kopi fra gruppe 5.planverk');
    editFile(copy, [{ table: 'plan', id: sample.plan.id, column: 'title', value: 'Tittel fra gruppe 5' }]);
    await nextMillisecond();
    await callOk(env.origin, env.token, 'plan.mutate', { changes: [{ table: 'plan', id: sample.plan.id, column: 'title', value: 'Tittel satt her sist' }] });
    await goTo(page, '#/sammenslaing');
    await page.getByRole('button', { name: 'Slå sammen med andre kopier' }).click();
    await page.getByLabel(PATHS_LABEL).fill(copy);
    await page.getByRole('button', { name: SHOW }).click();
    await page.getByTestId('merge-preview').waitFor();
    const row = page.getByTestId('merge-conflicts').getByRole('row').filter({ hasText: 'Tittel' }).last();
    const cells = await conflictCells(row);
    expect(cells.slice(2, 4)).toEqual(['Tittel satt her sist', 'Tittel fra gruppe 5']);
    expect(cells[4]).toMatch(/^Verdien her/);
    const run = page.getByRole('button', { name: 'Slå sammen', exact: true });
    expect(await run.isEnabled()).toBe(true);
    const backups = readdirSync(backupFolder(planPath));
    await run.click();
    await page.getByTestId('merge-done').waitFor();
    // The copy's losing change joins the history (so every later merge order ends the same), and so the file is
    // written, after a backup; the plan's value stays.
    expect(await page.getByTestId('merge-backup').textContent()).not.toBe('Sammenslåingen endret ikke planen, så ingen sikkerhetskopi var nødvendig.');
    expect(readdirSync(backupFolder(planPath))).toHaveLength(backups.length + 1);
    expect((await callOk(env.origin, env.token, 'plan.load', {})).plan.title).toBe('Tittel satt her sist');
    expect(watch.pageErrors).toEqual([]);
  });

  it('warns in the preview when a copy was edited on a machine whose clock ran 2 days ahead: how far and the dates', async () => {
    const copy = sendCopy('Kopi fra gruppe 6.planverk');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 24 * 60 * 60 * 1000 });
    try {
      editFile(copy, [{ table: 'milestones', id: 'ms-e2e-klokke', column: 'name', value: 'Milepæl fra en maskin med feil klokke' }]);
    } finally {
      vi.useRealTimers();
    }
    await goTo(page, '#/sammenslaing');
    await page.getByRole('button', { name: 'Slå sammen med andre kopier' }).click();
    await page.getByLabel(PATHS_LABEL).fill(copy);
    await page.getByRole('button', { name: SHOW }).click();
    await page.getByTestId('merge-preview').waitFor();
    expect(await page.getByTestId('merge-clock').textContent()).toMatch(
      /^Kopien er redigert på en maskin der klokka gikk 2 døgn foran\. \d+ endringer stemplet \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}–\d{2}\.\d{2}\.\d{4} \d{2}:\d{2} regnes som gjort ved sammenslåingen\.$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Avbryt' }).click();
  });
});
