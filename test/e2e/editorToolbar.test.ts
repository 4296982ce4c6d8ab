// Typing right after a toolbar action, on a busy machine: Tiptap gives the text its focus back only in the next
// animation frame, so a key typed before that frame went to the button («iltak» for «Tiltak» in a table just inserted).
// The busy machine is made certain here by delaying every animation frame by 300 ms.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { goTo, launchChromium, newAppPage, openApp } from './browser';
import { openFreshPlan } from './fixtures';
import { toolbarAction, writtenTables } from './toolbar';

const env = inject('e2e');
let browser: Browser;
let page: Page;
const editor = () => page.getByRole('textbox', { name: /^Kapitteltekst/ });

beforeAll(async () => {
  await openFreshPlan('sample', 'Verktøylinje');
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => window.setTimeout(() => raf(cb), 300) as unknown as number;
  });
  await openApp(page, env.origin, env.token);
  await goTo(page, '#/kapitler');
  await editor().waitFor();
});

afterAll(async () => {
  await browser?.close();
});

/** Text of the first cell of the last table in the editor. */
const lastTableFirstCell = () => writtenTables(editor()).last().locator('th, td').first().textContent();

describe('typing at once after a toolbar action keeps every letter', () => {
  it('a table inserted with «Tabell» and typed into at once: «Tiltak», not «iltak»', async () => {
    await editor().click();
    await page.keyboard.press('Control+End');
    const tables = await writtenTables(editor()).count();
    await page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name: 'Sett inn tabell med overskriftsrad' }).click();
    await page.keyboard.type('Tiltak');
    await expect.poll(() => writtenTables(editor()).count()).toBe(tables + 1);
    await expect.poll(lastTableFirstCell).toBe('Tiltak');
  });

  it('bold switched on with «Fet» and typed at once: every letter bold and in the text', async () => {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Enter').catch(() => undefined);
    await page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name: 'Fet', exact: true }).click();
    await page.keyboard.type('Viktig');
    await expect.poll(() => editor().locator('strong').last().textContent()).toBe('Viktig');
  });

  it('a table inserted from «Flere verktøy» (a narrow window) and typed into at once', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await editor().click();
    await page.keyboard.press('Control+End');
    const tables = await writtenTables(editor()).count();
    await toolbarAction(page, 'Sett inn tabell med overskriftsrad');
    await page.keyboard.type('Ansvar');
    await expect.poll(() => writtenTables(editor()).count()).toBe(tables + 1);
    await expect.poll(lastTableFirstCell).toBe('Ansvar');
  });
});
