// What belongs to a page or a plan ends with it: a notice («Siste endring er angret.») is gone after leaving its page,
// the Eksport page forgets the previous plan's result (and its suggested path) when another plan opens, and so does
// the merge page its preview of copies.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPlanFile } from '../../electron/services/store';
import { callOk } from './api';
import { goTo, startBrowserAt } from './browser';
import { openFreshPlan, testFolder } from './fixtures';
import { exportTo } from './exportPage';

const env = inject('e2e');
let first: string;
let second: string;
let browser: Browser;
let page: Page;

/** Opens `path` the way the user does in browser mode: the header's path field and «Åpne plan». */
async function openInPage(path: string): Promise<void> {
  await page.getByLabel('Sti til planfil (.planverk)').fill(path);
  await page.getByRole('button', { name: 'Åpne plan' }).click();
  await expect.poll(async () => (await callOk(env.origin, env.token, 'file.current', {}))?.path).toBe(path);
  await page.getByTestId('file-name').filter({ hasText: path.slice(testFolder().length + 1) }).waitFor();
}

beforeAll(async () => {
  second = await openFreshPlan('sample', 'Omfang B');
  first = await openFreshPlan('sample', 'Omfang A');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/tabeller'));
});

afterAll(async () => {
  await browser?.close();
});

describe('notices and results end with their page and their plan', () => {
  it('«Siste endring er angret.» is gone after leaving the Tabeller page and coming back', async () => {
    const status = page.getByTestId('tables-status');
    await page.getByRole('button', { name: 'Legg til milepæl' }).click();
    await page.keyboard.type('Kort milepæl');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('Siste endring er angret.');
    await goTo(page, '#/plan');
    await goTo(page, '#/tabeller');
    expect(await page.getByTestId('tables-status').textContent()).toBe('');
  });

  it('the Eksport page forgets the previous plan\'s result when another plan opens', async () => {
    await goTo(page, '#/eksport');
    const out = join(testFolder(), 'omfang-a.docx');
    await exportTo(page, out);
    await openInPage(second);
    await goTo(page, '#/eksport');
    await page.getByRole('button', { name: 'Eksporter', exact: true }).waitFor();
    expect(await page.getByTestId('export-done').count()).toBe(0);
    expect(await page.getByTestId('export-path').inputValue()).not.toBe(out);
  });

  it('the merge page forgets the previous plan\'s copies and preview when another plan opens', async () => {
    await openInPage(first);
    const copy = join(testFolder(), 'Omfang A – kopi.planverk');
    const reader = openPlanFile(first, { readOnly: true });
    reader.saveCopy(copy);
    reader.close();
    await goTo(page, '#/sammenslaing');
    const paths = page.getByLabel('Stier til kopiene (.planverk), én per linje');
    await paths.fill(copy);
    await page.getByRole('button', { name: 'Vis hva kopiene bringer' }).click();
    await page.getByTestId('merge-preview').waitFor();

    await openInPage(second);
    await goTo(page, '#/sammenslaing');
    await paths.waitFor();
    expect(await page.getByTestId('merge-preview').count()).toBe(0);
    expect(await paths.inputValue()).toBe('');
  });
});
