// One command path and one undo, in Chromium against the real bridge and plan file: a refused change leaves the
// screen, Ctrl+Z on any page undoes the plan's last step through the same history, and the desktop menu's «Angre» /
// «Gjør om» (a shell event; the preload is played by an init script, as in preloadTransport.test.ts) reach it too,
// while a text field or the chapter editor keep their own undo of what was typed there.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPlanFile } from '../../electron/services/store';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { callOk } from './api';
import { goTo, launchChromium, newAppPage, openApp } from './browser';
import { openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let planPath: string;

type FakePreload = { emit(event: unknown): void };

beforeAll(async () => {
  planPath = await openFreshPlan('sample', 'Kommandoer');
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  // window.planverk as the Electron preload gives it, forwarding calls to the bridge, so that the test can send the
  // shell's menu events; everything else is the app as it runs.
  await page.addInitScript((token: string) => {
    const listeners: ((event: unknown) => void)[] = [];
    const preload = {
      invoke: async (name: string, args: unknown) => {
        const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'x-planverk-token': token }, body: JSON.stringify(args) });
        return res.json();
      },
      onMenuCommand: (listener: (event: unknown) => void) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    Object.defineProperty(window, 'planverk', { value: preload });
    (window as unknown as { __shell: FakePreload }).__shell = { emit: (event) => listeners.forEach((l) => l(event)) };
  }, env.token);
  await openApp(page, env.origin, env.token, '#/plan');
});

afterAll(async () => {
  await browser?.close();
});

const menu = (step: 'undo' | 'redo') => page.evaluate((s) => (window as unknown as { __shell: FakePreload }).__shell.emit({ kind: 'history', step: s }), step);
const stored = () => callOk(env.origin, env.token, 'plan.load', {});
const titleField = () => page.getByRole('textbox', { name: 'Tittel', exact: true });
const subtitleField = () => page.getByRole('textbox', { name: 'Undertittel', exact: true });

/** Types a new title and leaves the field, then waits until the file has it. */
async function setTitle(title: string): Promise<void> {
  await titleField().fill(title);
  await titleField().press('Tab');
  await expect.poll(async () => (await stored()).plan.title).toBe(title);
}

/** Focus on no text field: the page's heading is not focusable, so a click leaves the focus on the page. */
async function focusThePage(): Promise<void> {
  await page.locator('main h1').click();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
}

describe('one command path', () => {
  it('a refused plan.mutate leaves the stored value on screen, not the refused one, and the banner says why', async () => {
    await setTitle('Lagret tittel');
    // The services refuse a title over 500 characters; the field has no limit of its own, so the page sends it.
    await titleField().fill('x'.repeat(501));
    await titleField().press('Tab');
    await page.getByTestId('error-banner').waitFor();
    await expect.poll(() => titleField().inputValue()).toBe('Lagret tittel');
    expect((await stored()).plan.title).toBe('Lagret tittel');
    await page.getByTestId('error-banner').getByRole('button').first().click();
  });

  it('Ctrl+Z on the Plan page undoes the last edit and Ctrl+Y redoes it', async () => {
    await setTitle('Før angring');
    await setTitle('Angre meg');
    await focusThePage();
    await page.keyboard.press('Control+z');
    await expect.poll(() => titleField().inputValue()).toBe('Før angring');
    expect((await stored()).plan.title).toBe('Før angring');
    await page.keyboard.press('Control+y');
    await expect.poll(() => titleField().inputValue()).toBe('Angre meg');
    expect((await stored()).plan.title).toBe('Angre meg');
  });

  it('one history for every page: Ctrl+Z on the Plan page undoes a milestone just added on the Tabeller page', async () => {
    await goTo(page, '#/tabeller');
    await page.getByRole('button', { name: 'Legg til milepæl' }).click();
    await page.keyboard.type('Milepæl fra tabellene');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).milestones.some((m) => m.name === 'Milepæl fra tabellene')).toBe(true);
    await goTo(page, '#/plan');
    await focusThePage();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored()).milestones.some((m) => m.name === 'Milepæl fra tabellene')).toBe(false);
    expect((await stored()).plan.title).toBe('Angre meg');
  });

  it('the menu\'s «Angre» and «Gjør om» undo and redo the plan\'s last step when no text field has the focus', async () => {
    await setTitle('Før menyen');
    await setTitle('Menyen angrer meg');
    await focusThePage();
    await menu('undo');
    await expect.poll(() => titleField().inputValue()).toBe('Før menyen');
    expect((await stored()).plan.title).toBe('Før menyen');
    await menu('redo');
    await expect.poll(async () => (await stored()).plan.title).toBe('Menyen angrer meg');
  });

  it('the menu\'s «Angre» in a text field undoes the typing there, not a step of the plan', async () => {
    const subtitle = await subtitleField().inputValue();
    await subtitleField().focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' skrevet');
    await expect.poll(() => subtitleField().inputValue()).toBe(`${subtitle} skrevet`);
    await menu('undo');
    await expect.poll(() => subtitleField().inputValue()).toBe(subtitle);
    await subtitleField().press('Tab');
    await expect.poll(async () => (await stored()).plan.subtitle).toBe(subtitle);
    // The plan's last step (the title) is untouched.
    expect((await stored()).plan.title).toBe('Menyen angrer meg');
  });

  it('the menu\'s «Angre» in a chapter\'s text undoes the typing through the editor\'s own history, not a step of the plan', async () => {
    await goTo(page, '#/kapitler');
    const editor = page.getByRole('textbox', { name: /^Kapitteltekst/ });
    await editor.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Menyangring');
    await expect.poll(() => editor.textContent()).toContain('Menyangring');
    await menu('undo');
    await expect.poll(() => editor.textContent()).not.toContain('Menyangring');
    expect((await stored()).plan.title).toBe('Menyen angrer meg');
  });

  it('Ctrl+Z on the Ansvarsmatrise page undoes the last edit with the focus outside the grid (one handler for the app)', async () => {
    // Sample ids: «Velferdsteknologi» (sample-0011) has group 5 (sample-0006) at DpH; a click cycles it to SpH.
    const cell = page.locator('[data-cell="sample-0011|sample-0006"]');
    const level = async () => (await stored()).cells.find((c) => c.areaId === 'sample-0011' && c.groupId === 'sample-0006')?.level ?? null;
    await goTo(page, '#/ansvarsmatrise');
    await page.getByTestId('matrix-overview').waitFor();
    await cell.click();
    await expect.poll(level).toBe('SpH');
    await focusThePage();
    await page.keyboard.press('Control+z');
    await expect.poll(level).toBe('DpH');
    await expect.poll(() => cell.textContent()).toBe('DpH');
  });

  it('undo is per user: after a merge, Ctrl+Z refuses with one sentence to undo a field the copy changed later, and undoes the step before', async () => {
    await goTo(page, '#/plan');
    await setTitle('Tittel før kopien');
    const subtitle = await subtitleField().inputValue();
    await subtitleField().fill('Undertittel her');
    await subtitleField().press('Tab');
    await expect.poll(async () => (await stored()).plan.subtitle).toBe('Undertittel her');
    await setTitle('Tittel her');
    // The copy that went out by email, edited by a working group afterwards (through the store, as their Planverk would).
    const copyPath = join(testFolder(), 'Kommandoer – kopi.planverk');
    const reader = openPlanFile(planPath, { readOnly: true });
    reader.saveCopy(copyPath, { overwrite: true });
    reader.close();
    const copy = openPlanFile(copyPath);
    const frameId = (await stored()).plan.id;
    copy.mutate([{ table: 'plan', id: frameId, column: 'title', value: 'Tittel fra kopien' }]);
    copy.close();
    await callOk(env.origin, env.token, 'merge.run', { path: copyPath });
    await focusThePage();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('error-banner').textContent()).toContain(ERROR_MESSAGES.UNDO_CONFLICT);
    expect((await stored()).plan.title).toBe('Tittel fra kopien');
    // The step before (the subtitle) is this user's own and no copy touched it: it is undone.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored()).plan.subtitle).toBe(subtitle);
    await expect.poll(() => titleField().inputValue()).toBe('Tittel fra kopien');
  });
});
