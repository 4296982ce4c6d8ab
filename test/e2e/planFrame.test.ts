// The real app in Chromium through the bridge: the sample plan at start, an edited title that survives a reload and
// is in the SQLite file, and a refused file that leaves the open plan alone and says why in the banner.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { openPlanFile } from '../../electron/services/store';
import { callOk } from './api';
import { goTo, launchChromium, newAppPage, openApp, stopPageTime, watchPage, type Watch } from './browser';
import { openFreshPlan, testFolder, writeRefusedFile } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
const sample = buildSamplePlan();
let samplePath: string;

beforeAll(async () => {
  samplePath = await openFreshPlan('sample');
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  watch = await watchPage(page);
  // The page's own clock: «within a second» and «without waiting» are claims about the page's timers, checked by
  // running them (or not) rather than by racing a busy machine's wall clock.
  await page.clock.install();
});

afterAll(async () => {
  await browser?.close();
});

describe('app frame in Chromium', () => {
  it('starts with the sample plan: its title in the header, its file name, and its matrix', async () => {
    await openApp(page, env.origin, env.token);
    await expect.poll(() => page.getByTestId('plan-title').textContent()).toBe(sample.plan.title);
    expect(await page.getByTestId('file-name').textContent()).toContain('Eksempelplan.planverk');
    expect(await page.title()).toBe(`${sample.plan.title} – Planverk`);
    // The token left the address bar once it was read.
    expect(page.url()).not.toContain('token=');

    await page.getByRole('link', { name: 'Ansvarsmatrise' }).click();
    const table = page.getByTestId('matrix-overview');
    await table.waitFor();
    const columnHeads = await table.locator('thead th[scope="col"]').allTextContents();
    expect(columnHeads.length).toBe(sample.groups.length + 1);
    const themeBands = await table.locator('tbody th[scope="rowgroup"]').allTextContents();
    expect(themeBands).toEqual([...sample.themes].sort((a, b) => a.sortKey - b.sortKey).map((t) => t.name));
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(sample.areas.length);
    const codes = (await table.locator('tbody td').allTextContents()).filter((c) => c !== '');
    expect(codes.length).toBe(sample.cells.filter((c) => c.level !== null).length);
    expect(new Set(codes)).toEqual(new Set(sample.cells.filter((c) => c.level).map((c) => c.level)));
  });

  it('sends an edited title within a second, shows it saved, and keeps it after a reload and in the file', async () => {
    await goTo(page, '#/plan');
    const title = page.getByLabel('Tittel', { exact: true });
    // Time stands still in the page while the title is typed; then one second of it runs after the last key, and the
    // title must reach the file.
    await stopPageTime(page);
    await title.fill('');
    await title.pressSequentially('Kommunedelplan for helse 2026–2038', { delay: 5 });
    await page.clock.runFor(1000);
    await expect.poll(async () => (await callOk(env.origin, env.token, 'plan.load', {})).plan.title).toBe('Kommunedelplan for helse 2026–2038');
    await page.clock.resume();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Lagret kl\. \d{2}:\d{2}$/);
    expect(await page.getByTestId('plan-title').textContent()).toBe('Kommunedelplan for helse 2026–2038');

    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => page.getByLabel('Tittel', { exact: true }).inputValue()).toBe('Kommunedelplan for helse 2026–2038');

    // The file itself, read by a second, read-only connection: the edit is committed to disk.
    const copy = join(testFolder(), 'lest-kopi.planverk');
    copyFileSync(samplePath, copy);
    const file = openPlanFile(copy, { readOnly: true });
    try {
      expect(file.readPlan().plan.title).toBe('Kommunedelplan for helse 2026–2038');
    } finally {
      file.close();
    }
  });

  it('saves on leaving a field without waiting for the debounce', async () => {
    const caseNumber = page.getByLabel('Saksnummer');
    // With the page's time standing still no debounce can fire: only leaving the field can send the value.
    await stopPageTime(page);
    await caseNumber.fill('K-009/24');
    await caseNumber.press('Tab');
    await expect.poll(async () => (await callOk(env.origin, env.token, 'plan.load', {})).plan.caseNumber).toBe('K-009/24');
    await page.clock.resume();
  });

  it('shows the Norwegian sentence for a refused file, keeps the open plan, and leaves the file untouched', async () => {
    const refusedPath = writeRefusedFile();
    const before = createHash('sha256').update(readFileSync(refusedPath)).digest('hex');
    await page.getByLabel('Sti til planfil (.planverk)').fill(refusedPath);
    await page.getByRole('button', { name: 'Åpne plan' }).click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(ERROR_MESSAGES.NOT_SQLITE);
    expect(await page.getByTestId('plan-title').textContent()).toBe('Kommunedelplan for helse 2026–2038');
    expect((await callOk(env.origin, env.token, 'file.current', {}))?.path).toBe(samplePath);
    expect(createHash('sha256').update(readFileSync(refusedPath)).digest('hex')).toBe(before);
    await page.getByRole('button', { name: 'Lukk melding' }).click();
    await banner.waitFor({ state: 'detached' });
  });

  it('switches the UI language and keeps the choice across a reload', async () => {
    await page.getByLabel('Språk i programmet').selectOption('nn');
    await expect.poll(() => page.locator('nav a').allTextContents()).toContain('Høyring');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.locator('nav a').allTextContents()).toContain('Høyring');
    await page.getByLabel('Språk i programmet').selectOption('nb');
    await expect.poll(() => page.locator('nav a').allTextContents()).toContain('Høring');
  });

  it('ran without page errors, dialogs or CSP violations', async () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
