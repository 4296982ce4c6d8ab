// A plan file removed while open: the next edit is not lost, the banner says why in Norwegian, and «Lagre som»
// (file.saveAs) writes a new file that holds the edit.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { openPlanFile } from '../../electron/services/store';
import { callOk } from './api';
import { startBrowserAt, type Watch } from './browser';
import { openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
let doomed: string;

beforeAll(async () => {
  doomed = await openFreshPlan('sample', 'Slettes mens den er åpen');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
});

afterAll(async () => {
  await browser?.close();
});

describe('save problems', () => {
  it('keeps an edit made after the file was deleted, and says so in the banner', async () => {
    rmSync(doomed);
    const title = page.getByLabel('Tittel', { exact: true });
    await title.fill('Endret etter sletting');
    await title.press('Tab');
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(ERROR_MESSAGES.FILE_GONE);
    expect(await page.getByTestId('save-status').textContent()).toBe(ERROR_MESSAGES.FILE_GONE);
    expect(await title.inputValue()).toBe('Endret etter sletting');
    expect((await callOk(env.origin, env.token, 'file.current', {}))?.pendingChanges).toBeGreaterThan(0);
    expect(watch.pageErrors).toEqual([]);
  });

  it('«Lagre som» afterwards writes a file that holds the edit, and the app goes on with it', async () => {
    const rescued = join(testFolder(), 'Reddet.planverk');
    await page.getByLabel('Sti til planfil (.planverk)').fill(rescued);
    await page.getByRole('button', { name: 'Lagre som', exact: true }).click();
    await expect.poll(() => page.getByTestId('file-name').textContent()).toContain('Reddet.planverk');
    expect(await page.getByTestId('error-banner').count()).toBe(0);
    expect((await callOk(env.origin, env.token, 'file.current', {}))?.path).toBe(rescued);
    await page.getByLabel('Saksnummer').fill('K-010/24');
    await page.getByLabel('Saksnummer').press('Tab');
    await expect.poll(async () => (await callOk(env.origin, env.token, 'plan.load', {})).plan.caseNumber).toBe('K-010/24');
    expect(existsSync(rescued)).toBe(true);
    const file = openPlanFile(rescued, { readOnly: true });
    try {
      expect(file.readPlan().plan.title).toBe('Endret etter sletting');
    } finally {
      file.close();
    }
  });
});
