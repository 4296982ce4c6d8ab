// axe-core (WCAG 2.0/2.1 A and AA rules) on every page of the frame, on the error banner and in every UI language: 0 violations.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../../renderer/app/routes';
import { ensureOpen } from './api';
import { goTo, launchChromium, newAppPage, openApp } from './browser';

const env = inject('e2e');
let browser: Browser;
let page: Page;

/**
 * Fluent UI's focus manager (tabster) puts focusable aria-hidden <i data-tabster-dummy> guards around arrow-key groups
 * (TabList, Toolbar, …) that hand focus on at once; axe reports them under aria-hidden-focus. Fluent calls this by
 * design and Accessibility Insights suppresses exactly these nodes (microsoft/tabster#288,
 * microsoft/accessibility-insights-web#7605). Only those nodes of that one rule are set aside here; anything else counts.
 */
function isTabsterGuard(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy[^>]*><\/i>$/.test(html);
}

async function axeViolations(p: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterGuard(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

beforeAll(async () => {
  await ensureOpen(env.origin, env.token, env.samplePath);
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  await openApp(page, env.origin, env.token);
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
    await page.getByLabel('Sti til planfil (.planverk)').fill(env.refusedPath);
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
