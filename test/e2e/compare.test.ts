// The Sammenlign page: make a version, edit the plan, compare the version with the plan now; the chapter's changed
// words as deleted and inserted, the matrix cell from → to, the frame field before/after; next change by keyboard
// (Alt+Down); axe finds no violations.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { callOk } from './api';
import { axeViolations } from './axe';
import { startBrowserAt, type Watch } from './browser';
import { openFreshPlan, testFolder } from './fixtures';
import { createPlanFile } from '../../electron/services/store';

const env = inject('e2e');
const sample = buildSamplePlan();
const chapter = sample.chapters.find((c) => JSON.stringify(c.body).includes('tjenestene'))!;
const cell = sample.cells.find((c) => c.level === 'DpH')!;
let browser: Browser;
let page: Page;
let watch: Watch;

beforeAll(async () => {
  await openFreshPlan('sample', 'Sammenligning');
  await callOk(env.origin, env.token, 'versions.make', { name: 'Høringsutkast' });
  await callOk(env.origin, env.token, 'plan.mutate', {
    changes: [
      { table: 'chapters', id: chapter.id, column: 'body', value: JSON.parse(JSON.stringify(chapter.body).replace('tjenestene', 'tilbudene')) },
      { table: 'cells', id: cell.id, column: 'level', value: 'SpH' },
      { table: 'plan', id: sample.plan.id, column: 'statusLine', value: 'Revidert etter høring' },
    ],
  });
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/sammenlign'));
});

afterAll(async () => {
  await browser?.close();
});

describe('compare in the app', () => {
  it('compares the version with the plan now: changed words, the matrix cell from → to and the status line, with no axe violations', async () => {
    expect(await page.locator('main h1').textContent()).toBe('Sammenlign versjoner');
    await page.getByTestId('compare-from').locator('option', { hasText: 'Høringsutkast' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Sammenlign', exact: true }).click();
    const result = page.getByTestId('compare-result');
    await result.waitFor();
    expect(await page.locator('#compare-result').textContent()).toMatch(/^3 endringer fra «Høringsutkast \(\d{2}\.\d{2}\.\d{4}\)» til «Sammenligning\.planverk»$/);
    const chapterView = page.getByTestId('compare-chapter');
    expect(await chapterView.locator('h4').textContent()).toContain(chapter.title);
    expect(await chapterView.locator('del').allTextContents()).toEqual(['tjenestene']);
    expect(await chapterView.locator('ins').allTextContents()).toEqual(['tilbudene']);
    const cells = await page.getByTestId('compare-cells').locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells.slice(2)).toEqual(['DpH', 'SpH']);
    expect(await result.getByRole('row').filter({ hasText: 'statusLine' }).locator('td').last().textContent()).toBe('Revidert etter høring');
    // Focus went to the result's heading, so a screen reader hears the count.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-result');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  it('walks the changes with Alt+Down and Alt+Up, and with the next-change button', async () => {
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.slice(0, 40) ?? '');
    await page.keyboard.press('Alt+ArrowDown');
    const first = await focused();
    await page.keyboard.press('Alt+ArrowDown');
    const second = await focused();
    expect(second).not.toBe(first);
    await page.keyboard.press('Alt+ArrowUp');
    expect(await focused()).toBe(first);
    await page.getByTestId('compare-next').click();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-change'))).toBe(true);
  });

  it('refuses another plan’s file with one Norwegian sentence', async () => {
    const other = openFreshPlanElsewhere();
    await page.getByTestId('compare-from').selectOption('__file__');
    await page.getByTestId('compare-path').fill(other);
    await page.getByRole('button', { name: 'Sammenlign', exact: true }).click();
    await expect.poll(() => page.getByTestId('compare-error').textContent()).toMatch(/er en annen plan enn/);
  });
});

/** A plan of its own (another frame id) in this file's test folder, made without opening it in the bridge. */
function openFreshPlanElsewhere(): string {
  const path = join(testFolder(), 'Annen plan.planverk');
  createPlanFile(path, { ...buildSamplePlan(), plan: { ...buildSamplePlan().plan, id: 'annen-plan' } }).close();
  return path;
}
