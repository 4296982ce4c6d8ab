// What belongs to a page or a plan ends with it: a notice («Siste endring er angret.») is gone after leaving its page,
// and the Eksport page forgets the previous plan's result (and its suggested path) when another plan opens.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk, ensureOpen } from './api';
import { goTo, launchChromium, newAppPage, openApp } from './browser';

const env = inject('e2e');
const first = join(env.dir, 'Omfang A.planverk');
const second = join(env.dir, 'Omfang B.planverk');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await callOk(env.origin, env.token, 'file.new', { path: second, sample: true });
  await callOk(env.origin, env.token, 'file.new', { path: first, sample: true });
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  await openApp(page, env.origin, env.token, '#/tabeller');
});

afterAll(async () => {
  await browser?.close();
  await ensureOpen(env.origin, env.token, env.samplePath);
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
    const out = join(env.dir, 'omfang-a.docx');
    await page.getByTestId('export-path').fill(out);
    await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
    await page.getByTestId('export-done').waitFor({ timeout: 60_000 });
    await page.getByLabel('Sti til planfil (.planverk)').fill(second);
    await page.getByRole('button', { name: 'Åpne plan' }).click();
    await expect.poll(async () => (await callOk(env.origin, env.token, 'file.current', {}))?.path).toBe(second);
    await goTo(page, '#/eksport');
    await page.getByRole('button', { name: 'Eksporter', exact: true }).waitFor();
    expect(await page.getByTestId('export-done').count()).toBe(0);
    expect(await page.getByTestId('export-path').inputValue()).not.toBe(out);
  });
});
