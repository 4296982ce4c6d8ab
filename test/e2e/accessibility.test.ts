// axe-core (WCAG 2.0/2.1 A and AA rules) on every page of the frame, on the error banner and in every UI language: 0 violations.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../../renderer/app/routes';
import { goTo, startBrowserAt } from './browser';
import { axeViolations } from './axe';
import { openFreshPlan, writeRefusedFile } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await openFreshPlan('sample');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
});

afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(ROUTES.map((r) => [r.id, r.path] as const))('the %s page has no violations', async (id, path) => {
    await goTo(page, path);
    if (id === 'chapters') await page.locator('.chapter-body').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the error banner has no violations', async () => {
    await goTo(page, '#/plan');
    await page.getByLabel('Sti til planfil (.planverk)').fill(writeRefusedFile());
    await page.getByRole('button', { name: 'Åpne plan' }).click();
    await page.getByTestId('error-banner').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lukk melding' }).click();
  });

  it.each(['nn', 'en'])('the frame in %s has no violations', async (language) => {
    await page.getByRole('combobox', { name: /Språk i programmet|Application language/ }).selectOption(language);
    await goTo(page, '#/ansvarsmatrise');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: /Språk i programmet|Application language/ }).selectOption('nb');
  });
});
