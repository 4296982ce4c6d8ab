// The Tabeller page in Chromium against the real services: milestones typed as advisers say them ("Juni 2024"), kept as typed,
// keyboard editing, reorder and undo through plan.undo, Lovdata ids checked, the starter laws, a measure whose amount
// and årsverk update the unit subtotal and grand total, a refused import that changes nothing, and all of it after a
// reload and in plan.load; axe-core finds no violations on any tab.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatAmountOre, formatFte } from '../../shared/format/norwegian';
import { buildMeasuresTable } from '../../shared/plantables';
import { callOk } from './api';
import { goTo, startBrowserAt, type Watch } from './browser';
import { axeViolations } from './axe';
import { copyToTestFolder, openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;

const load = () => callOk(env.origin, env.token, 'plan.load', {});

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel').getByRole('heading', { level: 2, name }).waitFor();
}

/** Types into the cell editor that is open and saves it with Enter. */
async function typeAndSave(text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 2 });
  await page.keyboard.press('Enter');
}

const focusedCellText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('td')?.textContent ?? null);

beforeAll(async () => {
  await openFreshPlan('sample', 'Tabeller');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/tabeller'));
});

afterAll(async () => {
  await browser?.close();
});

describe('Tabeller page', () => {
  it('keeps milestone times as typed ("Juni 2024", "Blåmandag", "Aug 2024 – mai 2025"), dates what it can read, warns about the rest, and draws the timeline', async () => {
    const before = (await load()).milestones.length;
    const grid = page.getByRole('grid', { name: 'Milepæler' });
    await page.getByRole('button', { name: 'Legg til milepæl' }).click();
    await grid.getByRole('textbox', { name: 'Milepæl' }).waitFor();
    await typeAndSave('Arbeidsseminar for gruppene');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await typeAndSave('Juni 2024');
    expect(await focusedCellText()).toBe('Juni 2024');

    await page.getByRole('button', { name: 'Legg til milepæl' }).click();
    await grid.getByRole('textbox', { name: 'Milepæl' }).waitFor();
    await typeAndSave('Kartlegging');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('F2');
    await typeAndSave('Blåmandag');
    // Issue 14: nothing the adviser types is refused or rewritten; a time with no date Planverk can read is kept,
    // sorts last and is named in the table's checks.
    expect(await focusedCellText()).toBe('Blåmandag');
    await expect.poll(() => page.getByTestId('table-findings').textContent()).toContain('Planverk leser ingen dato ut av «Blåmandag»');
    await expect.poll(async () => (await load()).milestones.find((m) => m.name === 'Kartlegging')?.time).toBe('Blåmandag');
    await page.keyboard.press('F2');
    await typeAndSave('Aug 2024 – mai 2025');
    expect(await focusedCellText()).toBe('Aug 2024 – mai 2025');

    await expect
      .poll(async () => (await load()).milestones.filter((m) => ['Arbeidsseminar for gruppene', 'Kartlegging'].includes(m.name)).map((m) => [m.name, m.from, m.to]))
      .toEqual([
        ['Arbeidsseminar for gruppene', '2024-06', null],
        ['Kartlegging', '2024-08', '2025-05'],
      ]);
    expect((await load()).milestones.length).toBe(before + 2);
    const alt = await page.getByTestId('milestone-timeline').getAttribute('alt');
    expect(alt).toContain('Arbeidsseminar for gruppene: Juni 2024');
    expect(alt).toContain('Kartlegging: Aug 2024 – mai 2025');
    expect(await page.getByTestId('milestone-timeline').getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
  });

  it('edits with the keyboard only: Escape cancels, Alt+↑ moves the row, deleting is undone with Ctrl+Z and redone with Ctrl+Y', async () => {
    const grid = page.getByRole('grid', { name: 'Milepæler' });
    // Focus is on the last row's time cell. Escape leaves the stored value alone.
    await page.keyboard.press('ArrowLeft');
    expect(await focusedCellText()).toBe('Kartlegging');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' som ikke skal lagres');
    await page.keyboard.press('Escape');
    expect(await focusedCellText()).toBe('Kartlegging');

    const order = async () => {
      const plan = await load();
      return [...plan.milestones].sort((a, b) => a.sortKey - b.sortKey).map((m) => m.name);
    };
    const initial = await order();
    expect(initial.slice(-2)).toEqual(['Arbeidsseminar for gruppene', 'Kartlegging']);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await order()).slice(-2)).toEqual(['Kartlegging', 'Arbeidsseminar for gruppene']);
    // Focus followed the moved row.
    expect(await focusedCellText()).toBe('Kartlegging');
    const rows = await grid.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
    expect(rows.slice(-2)).toEqual(['Kartlegging', 'Arbeidsseminar for gruppene']);

    await page.getByRole('button', { name: 'Slett rad' }).click();
    await expect.poll(async () => (await load()).milestones.some((m) => m.name === 'Kartlegging')).toBe(false);
    expect(await page.getByTestId('tables-status').textContent()).toBe('«Kartlegging» er slettet. Angre med Ctrl+Z.');
    await page.getByRole('grid', { name: 'Milepæler' }).locator('td[tabindex="0"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await load()).milestones.some((m) => m.name === 'Kartlegging')).toBe(true);
    await expect.poll(() => grid.locator('tbody td').allTextContents()).toContain('Kartlegging');
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await load()).milestones.some((m) => m.name === 'Kartlegging')).toBe(false);
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(async () => (await load()).milestones.some((m) => m.name === 'Kartlegging')).toBe(true);
  });

  it('checks Lovdata ids as typed and adds laws from the starter list', async () => {
    await openTab('Lover og dokumenter');
    const grid = page.getByRole('grid', { name: 'Lover og forskrifter' });
    await page.getByRole('button', { name: 'Legg til lov' }).click();
    await grid.getByRole('textbox', { name: 'Navn på lov' }).waitFor();
    await typeAndSave('Lov om arkiv');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await typeAndSave('LOV-1992-13-04-126');
    expect(await grid.getByRole('alert').textContent()).toContain('har en dato som ikke finnes');
    await typeAndSave('lov-1992-12-04-126');
    expect(await focusedCellText()).toBe('LOV-1992-12-04-126');
    await expect.poll(async () => (await load()).laws.find((l) => l.name === 'Lov om arkiv')?.lovdataId).toBe('LOV-1992-12-04-126');

    const before = (await load()).laws.length;
    await page.getByRole('button', { name: 'Legg til fra standardlisten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lover fra standardlisten' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const boxes = dialog.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(0);
    const label = (await boxes.first().evaluate((el) => (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '') ?? '')) as string;
    const lovdataId = /(?:LOV|FOR)-\d{4}-\d{2}-\d{2}-\d+$/.exec(label)?.[0];
    await boxes.first().check();
    await dialog.getByRole('button', { name: 'Legg til valgte' }).click();
    await expect.poll(async () => (await load()).laws.length).toBe(before + 1);
    expect((await load()).laws.some((l) => l.lovdataId === lovdataId)).toBe(true);
    await expect.poll(() => grid.locator('tbody td').allTextContents()).toContain(lovdataId);
  });

  it('adds a measure with cost "1 820 000" and FTE "2,6": the unit subtotal and the grand total follow', async () => {
    await openTab('Tiltak (handlingsplan)');
    const grid = page.getByRole('grid', { name: 'Tiltak' });
    const totalBefore = await page.getByTestId('measures-total').textContent();
    const sample = await load();
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await grid.getByRole('textbox', { name: 'Tiltak' }).waitFor();
    await typeAndSave('Felles måltid for hjemmeboende');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await typeAndSave('3402 Avd. Sentrum');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await typeAndSave('2,6');
    expect(await focusedCellText()).toBe('2,60');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('1 820 OOO');
    await page.keyboard.press('Enter');
    expect(await grid.getByRole('alert').textContent()).toContain('er ikke et gyldig tall');
    await typeAndSave('1 820 000');
    expect(await focusedCellText()).toBe('1 820 000');

    await expect
      .poll(async () => (await load()).measures.find((m) => m.name === 'Felles måltid for hjemmeboende'))
      .toMatchObject({ unit: '3402 Avd. Sentrum', fteHundredths: 260, costOre: 182_000_000 });
    const after = await load();
    expect(after.measures.length).toBe(sample.measures.length + 1);
    const expected = buildMeasuresTable(after.measures, after.plan.malform);
    const totalText = `Totalt for handlingsplanen: ${formatAmountOre(expected.totals.costOre)} og ${formatFte(expected.totals.fteHundredths)} årsverk`;
    await expect.poll(() => page.getByTestId('measures-total').textContent()).toBe(totalText);
    expect(totalText).not.toBe(totalBefore);
    expect(expected.totals.costOre - buildMeasuresTable(sample.measures, 'nb').totals.costOre).toBe(182_000_000);
    // The unit's section: heading, and a subtotal row with the unit's exact sums.
    const section = expected.sections.find((s) => s.unit === '3402 Avd. Sentrum')!;
    const body = grid.locator('tbody', { has: page.getByRole('rowheader', { name: 'Ansvar 3402 Avd. Sentrum' }) });
    const sumRow = body.locator('tr', { has: page.getByRole('rowheader', { name: section.subtotalLabel }) });
    expect(await sumRow.locator('td').allTextContents()).toContain(section.cost);
    expect(await sumRow.locator('td').allTextContents()).toContain(section.fte);
    const footer = await grid.locator('tfoot td').allTextContents();
    expect(footer).toContain(expected.cost);
    expect(footer).toContain(expected.fte);
  });

  it('refuses a spreadsheet with a bad amount and a missing unit by row number, and changes nothing', async () => {
    const before = await load();
    await page.getByLabel('Sti til regnearket (.xlsx eller .csv)').fill(copyToTestFolder(join(import.meta.dirname, '..', 'fixtures', 'tables', 'measures-bad.csv')));
    await page.getByRole('button', { name: 'Importer tiltak' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('Ingenting ble importert');
    expect(text).toContain('Rad 3');
    expect(text).toContain('Rad 4');
    expect((await load()).measures).toEqual(before.measures);
  });

  it('imports a good spreadsheet in one step', async () => {
    const before = (await load()).measures.length;
    await page.getByLabel('Sti til regnearket (.xlsx eller .csv)').fill(copyToTestFolder(join(import.meta.dirname, '..', 'fixtures', 'tables', 'measures-ok.csv')));
    await page.getByRole('button', { name: 'Importer tiltak' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toMatch(/^\d+ tiltak er importert\.$/);
    const count = Number(/^(\d+)/.exec((await page.getByTestId('import-result').textContent()) ?? '')?.[1]);
    expect((await load()).measures.length).toBe(before + count);
    await expect.poll(() => page.getByRole('grid', { name: 'Tiltak' }).locator('tbody td').allTextContents()).toContain('Hverdagsrehabilitering');
    // One import, one undo step.
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(async () => (await load()).measures.length).toBe(before);
  });

  it('shows all of it after a reload', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    await openTab('Milepæler');
    const milestoneCells = await page.getByRole('grid', { name: 'Milepæler' }).locator('tbody td').allTextContents();
    expect(milestoneCells).toContain('Arbeidsseminar for gruppene');
    expect(milestoneCells).toContain('juni 2024');
    await openTab('Tiltak (handlingsplan)');
    const measureCells = await page.getByRole('grid', { name: 'Tiltak' }).locator('tbody td').allTextContents();
    expect(measureCells).toContain('Felles måltid for hjemmeboende');
    expect(measureCells).toContain('1 820 000');
    expect(measureCells).toContain('2,60');
  });

  it.each(['Milepæler', 'Organisering', 'Lover og dokumenter', 'Tiltak (handlingsplan)'])('the %s tab has no axe violations', async (tab) => {
    await goTo(page, '#/tabeller');
    await openTab(tab);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is reachable by keyboard: the tabs, the tools and the grid (one Tab stop, arrows inside)', async () => {
    await openTab('Organisering');
    await page.getByRole('tab', { name: 'Organisering' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lover og dokumenter');
    await page.keyboard.press('Enter');
    await page.getByRole('grid', { name: 'Lover og forskrifter' }).waitFor();
    await page.getByRole('button', { name: 'Legg til fra standardlisten' }).focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, grid: el.closest('[role="grid"]')?.getAttribute('aria-label') ?? null };
    });
    expect(first).toEqual({ tag: 'TD', grid: 'Lover og forskrifter' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const cell = await page.evaluate(() => {
      const el = document.activeElement as HTMLTableCellElement;
      return { column: el.cellIndex, row: (el.parentElement as HTMLTableRowElement).sectionRowIndex };
    });
    expect(cell).toEqual({ column: 2, row: 1 });
    // Tab leaves the grid: it is one stop, not one per cell.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"]')?.getAttribute('aria-label') ?? null)).not.toBe('Lover og forskrifter');
  });

  it('ran without page errors, dialogs or CSP violations', async () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
