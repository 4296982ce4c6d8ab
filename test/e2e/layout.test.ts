// The app fits the screen: at 1024, 1366 and 1920 px no page scrolls sideways (the document is never wider than the
// window), and every action of the chapter toolbar stays reachable: shown, or in its overflow menu, by keyboard too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FILE_PAGES, ROUTES } from '../../renderer/app/routes';
import { goTo, startBrowserAt } from './browser';
import { openFreshPlan } from './fixtures';
import { MORE_TOOLS, toolbarAction, writtenTables } from './toolbar';

const env = inject('e2e');
const WIDTHS = [1024, 1366, 1920] as const;
const PAGES = [...ROUTES.map((r) => r.path), ...FILE_PAGES.map((p) => p.path)];
let browser: Browser;
let page: Page;

/** How far the document reaches beyond the window (0 when nothing scrolls sideways). */
/** Every action of the chapter toolbar, by its accessible name (the caption action is disabled without a table). */
const TOOLBAR_ACTIONS = [
  'H2: Overskrift 2',
  'H3: Overskrift 3',
  'H4: Overskrift 4',
  'Fet',
  'Kursiv',
  'Understreket',
  'Språk: merk som nynorsk',
  'Punktliste',
  '1. Nummerert liste',
  'Sitat',
  'Lenke',
  'Sett inn tabell med overskriftsrad',
  'Sett inn bilde',
  'Tekst til tabell eller figur',
  'Fotnote',
  'Sett inn levende tabell',
  'Angre',
  'Gjør om',
  'Fokusmodus',
];

const overflowX = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  await openFreshPlan('sample', 'Skjermbredde');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
});

afterAll(async () => {
  await browser?.close();
});

describe('the app fits the screen', () => {
  for (const width of WIDTHS) {
    it(`no page scrolls sideways at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 768 });
      const wide: string[] = [];
      for (const route of PAGES) {
        await goTo(page, route);
        if (route === '#/kapitler') await page.getByRole('toolbar').first().waitFor();
        // Layout settles after fonts and lazy parts: wait for two frames before measuring.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const extra = await overflowX(page);
        if (extra > 0) wide.push(`${route}: ${extra} px`);
      }
      expect(wide).toEqual([]);
    });
  }

  for (const width of WIDTHS) {
    it(`every chapter toolbar action is reachable by keyboard at ${width} px (shown, or in «${MORE_TOOLS}»)`, async () => {
      await page.setViewportSize({ width, height: 768 });
      await goTo(page, '#/kapitler');
      const toolbar = page.getByRole('toolbar', { name: 'Formatering' });
      await toolbar.waitFor();
      // Alt+F10 from the text moves to the toolbar; End and the arrow keys walk it, as a keyboard user would.
      // Focus, not a click: a keyboard user reaches the text by focus, and a click waits for the pane to stop moving.
      await page.getByRole('textbox', { name: /^Kapitteltekst/ }).focus();
      await page.keyboard.press('Alt+F10');
      const shown = await toolbar.evaluate((el) =>
        [...el.querySelectorAll('button')].filter((b) => b.offsetParent !== null).map((b) => b.getAttribute('aria-label') ?? ''),
      );
      const inMenu: string[] = [];
      if (shown.includes(MORE_TOOLS)) {
        // The menu button sits just before the pinned toggles («Foreslå endringer», «Fokusmodus»): End, then left to it, then Enter.
        const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
        await page.keyboard.press('End');
        for (let step = 0; step < 3 && (await focused()) !== MORE_TOOLS; step++) await page.keyboard.press('ArrowLeft');
        expect(await focused()).toBe(MORE_TOOLS);
        await page.keyboard.press('Enter');
        const menu = page.getByRole('menu');
        await menu.waitFor();
        inMenu.push(...(await menu.locator('[role^="menuitem"]').allTextContents()));
        await page.keyboard.press('Escape');
        await menu.waitFor({ state: 'detached' });
        // Focus returns to the menu button, still inside the toolbar.
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(MORE_TOOLS);
      }
      const reachable = new Set([...shown, ...inMenu]);
      expect(TOOLBAR_ACTIONS.filter((name) => !reachable.has(name))).toEqual([]);
      // Nothing is offered twice: an action is either shown or in the menu.
      expect(inMenu.filter((name) => shown.includes(name))).toEqual([]);
      if (width === 1920) expect(inMenu).toEqual([]);
      if (width === 1024) expect(inMenu.length).toBeGreaterThan(0);
    });
  }

  it('an overflowed action works from the menu: a table inserted through «Flere verktøy» at 1024 px', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await goTo(page, '#/kapitler');
    const editor = page.getByRole('textbox', { name: /^Kapitteltekst/ });
    const tables = await writtenTables(editor).count();
    await editor.focus();
    await page.keyboard.press('Control+End');
    const insert = 'Sett inn tabell med overskriftsrad';
    // Fluent's Overflow measures the toolbar after a resize observer fires: wait for that layout, not a snapshot of
    // the frame before it (the CI saw the 1920 px toolbar still drawn right after the window narrowed).
    await expect.poll(() => page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name: insert }).isVisible()).toBe(false);
    await toolbarAction(page, insert);
    await expect.poll(() => writtenTables(editor).count()).toBe(tables + 1);
  });
});
