// The Tabeller grids by keyboard as a spreadsheet user types: Tab/Shift+Tab save the cell and move to the next or
// previous one (a date typed after the name lands in the date, not in the name), Tab on a cell walks the row and
// leaves the grid at its end, and typing at once after «Legg til» keeps every letter (the first one was lost).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatMilestoneTime } from '../../shared/plantables';
import { callOk } from './api';
import { startBrowserAt } from './browser';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const grid = () => page.getByRole('grid', { name: 'Milepæler' });
const focusedCell = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.closest('td')?.getAttribute('data-cell')?.split('|')[1] ?? el?.tagName ?? null;
  });

beforeAll(async () => {
  await openFreshPlan('sample', 'Tabelltaster');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/tabeller'));
  await page.getByRole('tab', { name: 'Milepæler' }).click();
  await grid().waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('Tabeller grids by keyboard', () => {
  it('Tab after typing a name saves it and moves on: the date typed next lands in «Når», Shift+Tab goes back', async () => {
    await page.getByRole('button', { name: 'Legg til milepæl' }).click();
    await grid().getByRole('textbox', { name: 'Milepæl' }).waitFor();
    await page.keyboard.type('Dialogmøte med brukerrådet');
    await page.keyboard.press('Tab');
    expect(await focusedCell()).toBe('time');
    await page.keyboard.type('Juni 2025');
    await page.keyboard.press('Tab');
    expect(await focusedCell()).toBe('phase');
    await expect.poll(async () => (await load()).milestones.find((m) => m.name === 'Dialogmøte med brukerrådet')).toBeTruthy();
    const saved = (await load()).milestones.find((m) => m.name === 'Dialogmøte med brukerrådet')!;
    // Kept as typed, with the month read from it beside it (issue 14 «Fidelity of what users type»).
    expect(formatMilestoneTime(saved, 'nb')).toBe('Juni 2025');
    expect([saved.time, saved.from, saved.to]).toEqual(['Juni 2025', '2025-06', null]);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell()).toBe('time');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell()).toBe('name');
  });

  it('Tab on a cell walks its row and then leaves the grid; Shift+Tab comes back into it', async () => {
    await grid().locator('td[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    expect(await focusedCell()).toBe('name');
    await page.keyboard.press('Tab');
    expect(await focusedCell()).toBe('time');
    await page.keyboard.press('Tab');
    expect(await focusedCell()).toBe('phase');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="grid"]'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell()).toBe('phase');
  });

  it('typing at once after «Legg til milepæl» keeps the first letter, five times running', async () => {
    const names = ['Tiltak A', 'Tiltak B', 'Tiltak C', 'Tiltak D', 'Tiltak E'];
    for (const name of names) {
      // No wait for the editor: the keys follow the click as fast as a user's fingers can.
      await page.getByRole('button', { name: 'Legg til milepæl' }).click();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await expect.poll(async () => (await load()).milestones.map((m) => m.name).filter((n) => n.includes('iltak')).sort()).toEqual(names);
  });
});
