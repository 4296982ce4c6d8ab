// Screenshots of the main pages at 1366×768 for the README (docs/screenshots/*.png), taken from a fresh sample plan.
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../../renderer/app/routes';
import { goTo, launchChromium, newAppPage, openApp, settled } from './browser';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
// The README's pictures are refreshed only on request (PLANVERK_UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const OUT_DIR = process.env.PLANVERK_UPDATE_SCREENSHOTS
  ? join(import.meta.dirname, '..', '..', 'docs', 'screenshots')
  : mkdtempSync(join(tmpdir(), 'planverk-screenshots-'));
const FILE_NAMES: Record<(typeof ROUTES)[number]['id'], string> = {
  plan: 'plan.png',
  matrix: 'ansvarsmatrise.png',
  chapters: 'kapitler.png',
  tables: 'tabeller.png',
  hearing: 'horing.png',
  comments: 'kommentarer.png',
  export: 'eksport.png',
  compare: 'sammenlign.png',
};
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await openFreshPlan('sample');
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  mkdirSync(OUT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('README screenshots', () => {
  it.each(ROUTES.map((r) => [r.id, r.path] as const))('saves a screenshot of the %s page', async (id, path) => {
    if (page.url() === 'about:blank') await openApp(page, env.origin, env.token);
    await goTo(page, path);
    if (id === 'chapters') await page.locator('.chapter-body').waitFor();
    if (id === 'export') {
      // The suggested path arrives after the page; then «Eksporter» is enabled.
      await expect.poll(() => page.getByRole('button', { name: 'Eksporter', exact: true }).isEnabled()).toBe(true);
    }
    // Drawn as it stays: nothing on its way, colours done fading.
    await settled(page);
    const file = join(OUT_DIR, FILE_NAMES[id]);
    await page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });
});
