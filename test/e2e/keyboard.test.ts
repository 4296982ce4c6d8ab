// Keyboard only: on every page, Tab reaches the header controls, every navigation item and the page's main controls,
// in that order, and every stop shows a visible focus indicator (its focused styles differ from its unfocused ones).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTES, type RouteId } from '../../renderer/app/routes';
import { goTo, startBrowserAt } from './browser';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;

type Stop = { name: string; inMain: boolean; inNav: boolean; indicator: boolean };

const HEADER_CONTROLS = ['Sti til planfil (.planverk)', 'Åpne plan', 'Lagre som', 'Språk i programmet'];
const MAIN_CONTROLS: Record<RouteId, string[]> = {
  plan: ['Tittel', 'Undertittel', 'Kommune', 'Plantype', 'Fase', 'Saksnummer', 'Versjonsdato', 'Hensikten med planarbeidet', 'Planavgrensning'],
  matrix: ['Delplanområder og hovedansvar'],
  chapters: ['Innledning'],
  tables: [],
  hearing: [],
  comments: ['Person', 'Gruppe', 'Status', 'Sted'],
  export: [],
  compare: [],
};

/** Tabs from the top of the page until focus comes round again, describing each stop. */
async function tabThrough(p: Page, maxStops = 80): Promise<Stop[]> {
  await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: Stop[] = [];
  let first: string | null = null;
  let previous: string | null = null;
  for (let i = 0; i < maxStops; i++) {
    await p.keyboard.press('Tab');
    const stop: (Stop & { key: string }) | null = await p.evaluate((previousKey: string | null) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const position = Array.prototype.indexOf.call(document.querySelectorAll('*'), el);
      // Still inside the same element (Tab walks the day/month/year parts of a date input): probing would reset it.
      if (previousKey?.endsWith(`:${position}`)) return { key: previousKey, name: '', inMain: false, inNav: false, indicator: true };
      const signature = (target: Element) =>
        [null, '::after', '::before']
          .map((pseudo) => {
            const s = getComputedStyle(target, pseudo);
            return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderBottomColor, s.borderBottomWidth, s.borderTopColor, s.backgroundColor, s.transform, s.content, s.opacity].join('|');
          })
          .join('#');
      const focused = signature(el);
      el.blur();
      const unfocused = signature(el);
      el.focus();
      const labelled = el.getAttribute('aria-labelledby');
      const name =
        el.getAttribute('aria-label') ??
        (labelled ? document.getElementById(labelled)?.textContent : null) ??
        (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
        el.textContent ??
        '';
      return {
        key: `${el.tagName}:${name}:${position}`,
        name: name.trim(),
        inMain: !!el.closest('main'),
        inNav: !!el.closest('nav[aria-label="Hovedmeny"]'),
        indicator: focused !== unfocused,
      };
    }, previous);
    if (!stop) continue;
    if (stop.key === first) break;
    if (stop.key === previous) continue;
    first ??= stop.key;
    previous = stop.key;
    stops.push({ name: stop.name, inMain: stop.inMain, inNav: stop.inNav, indicator: stop.indicator });
  }
  return stops;
}

beforeAll(async () => {
  await openFreshPlan('sample');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
      document.head.append(style);
    });
  });
  // Focus styles are compared at rest, not halfway through Fluent's transitions.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
});

afterAll(async () => {
  await browser?.close();
});

describe('keyboard access', () => {
  it.each(ROUTES.map((r) => [r.id, r.path] as const))('the %s page: Tab reaches header, every nav item and the main controls, each with visible focus', async (id, path) => {
    // A fresh load, so Tab starts from the top of the document and not from where focus last was.
    await page.goto(`${env.origin}/${path}`);
    await page.reload();
    await page.locator('main h1').waitFor();
    if (id === 'chapters') await page.locator('.chapter-body').waitFor();
    const stops = await tabThrough(page);
    const names = stops.map((s) => s.name);
    for (const control of HEADER_CONTROLS) expect(names, control).toContain(control);
    const navStops = stops.filter((s) => s.inNav).map((s) => s.name);
    expect(navStops).toEqual(['Plan', 'Ansvarsmatrise', 'Kapitler', 'Tabeller', 'Høring', 'Kommentarer', 'Eksport', 'Sammenlign']);
    const mainNames = stops.filter((s) => s.inMain).map((s) => s.name);
    for (const control of MAIN_CONTROLS[id]) expect(mainNames.some((n) => n.includes(control)), `${control} in ${mainNames.join(', ')}`).toBe(true);
    // Reading order: header, then navigation, then the page.
    const lastNav = stops.findLastIndex((s) => s.inNav);
    const firstMain = stops.findIndex((s) => s.inMain);
    if (firstMain >= 0) expect(firstMain).toBeGreaterThan(lastNav);
    expect(stops.filter((s) => !s.indicator).map((s) => s.name)).toEqual([]);
  });

  it('moves between navigation items with the arrow keys and opens a page with Enter', async () => {
    await goTo(page, '#/plan');
    await page.getByRole('link', { name: 'Plan', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kapitler');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#/kapitler');
    await expect.poll(() => page.getByRole('link', { name: 'Kapitler' }).getAttribute('aria-current')).toBe('page');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sammenlign');
  });

  it('the chapter tree is one Tab stop; arrows move in it and Enter shows the chapter', async () => {
    await goTo(page, '#/kapitler');
    const tree = page.getByRole('tree', { name: 'Kapitteloversikt' });
    await tree.getByRole('treeitem').first().waitFor();
    expect(await tree.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);
    await tree.locator('[role="treeitem"][tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = (await page.evaluate(() => document.activeElement?.querySelector('[id$="-name"]')?.textContent)) ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#chapter-heading').textContent()).toBe(target.replace(/^[0-9.]+\s*/, ''));
    expect(await tree.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);
  });
});
