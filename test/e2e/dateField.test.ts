// Date fields in Chromium: shown and typed as dd.mm.åååå whatever the browser's locale, stored as ISO, kept after a
// reload; a day the calendar lacks gets its message under the field (aria-invalid, aria-describedby) and stores nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk } from './api';
import { allWritten, goTo, startBrowserAt, type Watch } from './browser';
import { axeViolations } from './axe';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const versionDate = () => page.getByLabel('Versjonsdato');

beforeAll(async () => {
  await openFreshPlan('sample', 'Datoer');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
});

afterAll(async () => {
  await browser?.close();
});

describe('date fields', () => {
  it('show the stored date as dd.mm.åååå in a text field bound to its label, not the browser\'s date picker', async () => {
    const stored = (await load()).plan.versionDate!;
    const [y, m, d] = stored.split('-');
    expect(await versionDate().inputValue()).toBe(`${d}.${m}.${y}`);
    expect(await versionDate().getAttribute('type')).toBe('text');
    expect(await versionDate().getAttribute('placeholder')).toBe('dd.mm.åååå');
    expect(await page.locator('main input[type="date"]').count()).toBe(0);
  });

  it('stores 15.04.2024 as 2024-04-15 when the field is left, and shows it again after a reload', async () => {
    await versionDate().fill('15.04.2024');
    await versionDate().press('Tab');
    await expect.poll(async () => (await load()).plan.versionDate).toBe('2024-04-15');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await versionDate().inputValue()).toBe('15.04.2024');
  });

  it('says under the field that 31.02.2024 does not exist, marks it invalid, and stores nothing', async () => {
    await versionDate().fill('31.02.2024');
    await versionDate().press('Tab');
    const message = page.getByText('Datoen 31.02.2024 finnes ikke i kalenderen.');
    await message.waitFor();
    expect(await versionDate().getAttribute('aria-invalid')).toBe('true');
    const messageId = await message.getAttribute('id');
    expect(messageId).toBeTruthy();
    expect((await versionDate().getAttribute('aria-describedby'))?.split(' ')).toContain(messageId);
    expect(await message.getAttribute('role')).toBe('alert');
    // The typed text stays for the adviser to correct; the plan keeps its date.
    expect(await versionDate().inputValue()).toBe('31.02.2024');
    // Whatever the page holds for the file is sent now: the impossible date is not among it.
    await allWritten(page);
    expect((await load()).plan.versionDate).toBe('2024-04-15');
  });

  it('has no axe violations with the message showing', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('explains text that is not a date, drops the message once corrected, and stores the corrected date on Enter', async () => {
    await versionDate().fill('i morgen');
    await versionDate().press('Enter');
    await page.getByText('«i morgen» er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 15.04.2024.').waitFor();
    await versionDate().fill('1.5.24');
    await expect.poll(() => versionDate().getAttribute('aria-invalid')).toBeNull();
    await versionDate().press('Enter');
    await expect.poll(async () => (await load()).plan.versionDate).toBe('2024-05-01');
    expect(await versionDate().inputValue()).toBe('01.05.2024');
  });

  it('clears the date when the field is emptied', async () => {
    await versionDate().fill('');
    await versionDate().press('Tab');
    await expect.poll(async () => (await load()).plan.versionDate).toBeNull();
  });

  it('uses the same field for the hearing period and the date an input was received', async () => {
    await goTo(page, '#/horing');
    const start = page.getByLabel('Lagt ut på høring');
    await start.fill('2.9.2024');
    await start.press('Tab');
    await expect.poll(async () => (await load()).plan.hearingStart).toBe('2024-09-02');
    expect(await start.inputValue()).toBe('02.09.2024');
    expect(await page.locator('main input[type="date"]').count()).toBe(0);
  });

  it('ran without page errors, dialogs or CSP violations', async () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
