// The matrix editor in Chromium against the real bridge and plan file: codes set and undone with the keyboard, a
// responsibility moved with its dated note, a row reordered by drag, the validation panel reacting, the detail panel
// saving rich text, everything still there after a reload and in plan.load; axe-core finds nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cellId, type PlanData } from '../../shared/domain/plan';
import type { PlanView } from '../../shared/domain/planView';
import { richTextToPlainText } from '../../shared/matrix/richText';
import { orderMatrix } from '../../shared/matrix/order';
import { buildMatrixUiPlan } from '../bench/matrixUi';
import { callOk } from './api';
import { startBrowserAt } from './browser';
import { axeViolations } from './axe';
import { openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;

// Sample plan ids: theme «Innovasjon og nytenkning» has its overarching row sample-0010 (group 5 OpH) and
// «Velferdsteknologi» sample-0011 (group 5 DpH); sample-0002 is group 1, sample-0003 group 2, sample-0006 group 5.
const G1 = 'sample-0002';
const G5 = 'sample-0006';
const OVERARCHING = 'sample-0010';
const VELFERD = 'sample-0011';
const BRUKER = 'sample-0012';

const load = (): Promise<PlanView> => callOk(env.origin, env.token, 'plan.load', {});
const levelOf = (plan: PlanView, areaId: string, groupId: string) => plan.cells.find((c) => c.id === cellId(areaId, groupId))?.level ?? null;
const cell = (areaId: string, groupId: string | null) => page.locator(`[data-cell="${areaId}|${groupId ?? ''}"]`);
const firstThemeRows = (plan: PlanView) => [...orderMatrix(plan).rowsByTheme.values()][0]!.map((r) => r.area.id);

beforeAll(async () => {
  await openFreshPlan('sample', 'Matriseredigering');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/ansvarsmatrise'));
  await page.getByTestId('matrix-overview').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('matrix editor', () => {
  it('sets a code with the keyboard and undoes it with Ctrl+Z, redoes with Ctrl+Y', async () => {
    await cell(VELFERD, G5).click(); // click cycles DpH → SpH
    await expect.poll(async () => levelOf(await load(), VELFERD, G5)).toBe('SpH');
    await page.keyboard.press('o');
    await expect.poll(() => cell(VELFERD, G5).textContent()).toBe('OpH');
    await expect.poll(async () => levelOf(await load(), VELFERD, G5)).toBe('OpH');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(VELFERD, G5).textContent()).toBe('SpH');
    expect(levelOf(await load(), VELFERD, G5)).toBe('SpH');
    await page.keyboard.press('Control+y');
    await expect.poll(() => cell(VELFERD, G5).textContent()).toBe('OpH');
    // Back to where the sample started: D, then focus is still on the cell.
    await page.keyboard.press('d');
    await expect.poll(async () => levelOf(await load(), VELFERD, G5)).toBe('DpH');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(`${VELFERD}|${G5}`);
    expect(await cell(VELFERD, G5).getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrow keys; a level set in another column of a one-holder row moves it with a dated note; Delete clears', async () => {
    await cell(VELFERD, G5).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(`${VELFERD}|${G1}`);
    await page.keyboard.press('s');
    await expect.poll(async () => levelOf(await load(), VELFERD, G1)).toBe('SpH');
    const moved = await load();
    expect(levelOf(moved, VELFERD, G5)).toBeNull();
    const note = moved.areaNotes.find((n) => n.areaId === VELFERD);
    expect(note?.text).toBe('Flyttet fra Arbeidsgruppe 5: Utvikling og innovasjon til Arbeidsgruppe 1: Institusjonstjenester og struktur');
    expect(note?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.keyboard.press('Delete');
    await expect.poll(async () => levelOf(await load(), VELFERD, G1)).toBeNull();
    // Two undos: the clear, then the move with its note.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => levelOf(await load(), VELFERD, G1)).toBe('SpH');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => levelOf(await load(), VELFERD, G5)).toBe('DpH');
    expect((await load()).areaNotes.filter((n) => n.areaId === VELFERD)).toEqual([]);
    await expect.poll(() => cell(VELFERD, G1).textContent()).toBe('');
  });

  it('reorders a row by dragging it, and with Alt+↑; undo restores the order', async () => {
    const before = firstThemeRows(await load());
    expect(before.slice(0, 3)).toEqual([OVERARCHING, VELFERD, BRUKER]);
    await cell(BRUKER, null).dragTo(cell(VELFERD, null));
    await expect.poll(async () => firstThemeRows(await load()).slice(0, 3)).toEqual([OVERARCHING, BRUKER, VELFERD]);
    const shown = await page.locator('[data-testid="matrix-overview"] tbody tr[data-area]').evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-area')));
    expect(shown).toEqual([OVERARCHING, BRUKER, VELFERD]);
    await cell(VELFERD, null).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => firstThemeRows(await load()).slice(0, 3)).toEqual([OVERARCHING, VELFERD, BRUKER]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => firstThemeRows(await load()).slice(0, 3)).toEqual([OVERARCHING, BRUKER, VELFERD]);
  });

  it('reorders a group column by dragging its header and with Alt+←; undo restores it', async () => {
    const groupOrder = async () => orderMatrix(await load()).groups.map((g) => g.id);
    const before = await groupOrder();
    const header = (id: string) => page.locator(`[data-testid="matrix-overview"] thead th[data-group="${id}"]`);
    await header(before[0]!).dragTo(header(before[1]!));
    await expect.poll(async () => (await groupOrder()).slice(0, 2)).toEqual([before[1], before[0]]);
    await cell(VELFERD, before[0]!).focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(groupOrder).toEqual(before);
    expect(await page.locator('[data-testid="matrix-overview"] thead th[data-group]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-group')))).toEqual(before);
  });

  it('the validation panel reacts: clearing a theme’s OpH adds a finding, restoring it removes it; the finding leads to the row', async () => {
    const panel = page.getByTestId('matrix-validation');
    const finding = panel.getByRole('button', { name: /Temaet «Innovasjon og nytenkning» har ingen OpH/ });
    expect(await finding.count()).toBe(0);
    await cell(OVERARCHING, G5).focus();
    await page.keyboard.press('Backspace');
    await finding.waitFor();
    await finding.click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(`${OVERARCHING}|`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(`${OVERARCHING}|${G5}`);
    await page.keyboard.press('o');
    await expect.poll(() => finding.count()).toBe(0);
    expect(levelOf(await load(), OVERARCHING, G5)).toBe('OpH');
  });

  it('opens the detail panel with Enter and saves a rich-text field when typing pauses', async () => {
    await cell(BRUKER, null).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('matrix-detail');
    await panel.waitFor();
    const field = panel.locator('[data-field="actors"] [contenteditable="true"]');
    await field.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Eldrerådet.');
    await expect
      .poll(async () => richTextToPlainText((await load()).areas.find((a) => a.id === BRUKER)!.actors))
      .toContain('Eldrerådet.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lukk detaljer' }).click();
    expect(await panel.count()).toBe(0);
  });

  it('keeps everything after a reload, and the grid is one Tab stop reached from the search field', async () => {
    await page.reload();
    await page.getByTestId('matrix-overview').waitFor();
    const shown = await page.locator('[data-testid="matrix-overview"] tbody tr[data-area]').evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-area')));
    expect(shown).toEqual([OVERARCHING, BRUKER, VELFERD]);
    expect(await cell(OVERARCHING, G5).textContent()).toBe('OpH');
    expect(await cell(VELFERD, G5).textContent()).toBe('DpH');
    expect(await page.locator('[data-testid="matrix-overview"] [tabindex="0"][data-cell]').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Søk i områder' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
      if (key) {
        reached.push(key);
        break;
      }
    }
    expect(reached.length).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('filters rows by search text and by group', async () => {
    await page.getByRole('searchbox', { name: 'Søk i områder' }).fill('velferd');
    await expect.poll(() => page.locator('[data-testid="matrix-overview"] tbody th[scope="row"]').allTextContents()).toEqual(['Velferdsteknologi']);
    await page.getByRole('searchbox', { name: 'Søk i områder' }).fill('');
    await page.getByRole('combobox', { name: 'Vis ansvaret til' }).selectOption(G1);
    const plan = await load();
    const held = plan.cells.filter((c) => c.groupId === G1 && c.level).length;
    await expect.poll(() => page.locator('[data-testid="matrix-overview"] tbody th[scope="row"]').count()).toBe(held);
    await page.getByRole('combobox', { name: 'Vis ansvaret til' }).selectOption('');
  });

  it('shows Tabell 2 and Tabell 3 as read-only tables from the same matrix', async () => {
    await page.getByRole('button', { name: 'Tabell 3: Hovedansvar' }).click();
    await page.getByRole('combobox', { name: 'Gruppe' }).selectOption(G5);
    const rows = await page.getByTestId(`matrix-table-group-${G5}`).locator('tbody th[scope="row"]').allTextContents();
    const plan = await load();
    expect(rows.length).toBe(plan.cells.filter((c) => c.groupId === G5 && c.level).length);
    await page.getByRole('button', { name: 'Tabell 2: Alles ansvar' }).click();
    expect(await page.getByTestId('matrix-table-all').locator('tbody th[scope="row"]').count()).toBe(plan.areas.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Rediger matrisen' }).click();
    await page.getByTestId('matrix-overview').waitFor();
  });

  it('opens the context menu with Shift+F10, renames an area through it, and Ctrl+Z undoes the rename', async () => {
    await cell(VELFERD, G5).focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Gi området nytt navn' }).click();
    const input = page.getByRole('dialog').getByLabel('Navn');
    await input.fill('Velferdsteknologi og digitale tjenester');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(VELFERD, null).textContent()).toBe('Velferdsteknologi og digitale tjenester');
    await expect.poll(async () => (await load()).areas.find((a) => a.id === VELFERD)?.name).toBe('Velferdsteknologi og digitale tjenester');
    await cell(VELFERD, G5).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(VELFERD, null).textContent()).toBe('Velferdsteknologi');
    expect((await load()).areas.find((a) => a.id === VELFERD)?.name).toBe('Velferdsteknologi');
  });
});

describe('matrix import and export from the page', () => {
  it('refuses a spreadsheet with a bad code and an unknown group by row number, leaving the plan unchanged; exports .xlsx', async () => {
    const before = await load();
    const csv = join(testFolder(), 'feil-matrise.csv');
    writeFileSync(csv, 'Tema;Område;Arbeidsgruppe 1;Arbeidsgruppe 99\nInnovasjon;Velferd;XpH;\n;Uten tema;OpH;\n');
    await page.getByLabel('Importer matrise fra fil (.json, .xlsx eller .csv)').fill(csv);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const errors = page.getByTestId('matrix-import-errors');
    await errors.waitFor();
    const lines = await errors.locator('li').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/[Rr]ad \d/);
    const after = await load();
    expect([after.areas.length, after.cells.length, after.themes.length]).toEqual([before.areas.length, before.cells.length, before.themes.length]);
    const xlsx = join(testFolder(), 'matrise.xlsx');
    await page.getByLabel('Eksporter oversikten til Excel (.xlsx)').fill(xlsx);
    await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
    await page.getByText(`Lagret ${xlsx}.`).waitFor();
  });
});

describe('matrix editor at 60 areas × 12 groups on 1366×768', () => {
  it('scrolls inside its container with the header row and the first column staying in view', async () => {
    const big = buildMatrixUiPlan();
    const areaIds = new Set(big.areas.filter((a) => a.parentId === null).slice(0, 60).map((a) => a.id));
    const groupIds = new Set(big.groups.slice(0, 12).map((g) => g.id));
    const plan: PlanData = {
      ...big,
      areas: big.areas.filter((a) => areaIds.has(a.id) || (a.parentId !== null && areaIds.has(a.parentId))),
      groups: big.groups.filter((g) => groupIds.has(g.id)),
      cells: big.cells.filter((c) => areaIds.has(c.areaId) && groupIds.has(c.groupId)),
      areaNotes: [],
    };
    await openFreshPlan(plan, 'Matrise-60x12');
    await page.reload();
    await page.getByTestId('matrix-overview').waitFor();
    expect(await page.locator('[data-testid="matrix-overview"] thead th[scope="col"]').count()).toBe(13);
    const layout = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="matrix-scroller"]')!;
      const pageScrolls = document.documentElement.scrollWidth > document.documentElement.clientWidth;
      scroller.scrollTop = 600;
      scroller.scrollLeft = 400;
      const box = scroller.getBoundingClientRect();
      const head = document.querySelector('[data-testid="matrix-overview"] thead tr:last-child th')!.getBoundingClientRect();
      const rowHead = document.querySelector('[data-testid="matrix-overview"] tbody tr[data-area]:nth-child(3) th')!;
      const rows = [...document.querySelectorAll('[data-testid="matrix-overview"] tbody tr[data-area] th')].map((th) => th.getBoundingClientRect());
      const visibleRow = rows.find((r) => r.top > head.bottom && r.bottom < box.bottom)!;
      return {
        pageScrolls,
        scrolled: scroller.scrollTop > 0 && scroller.scrollLeft > 0,
        headerAtTop: Math.abs(head.top - box.top) < 4,
        firstColumnAtLeft: Math.abs(visibleRow.left - box.left) < 4,
        // The whole scroll container fits the window, so one page scroll shows all of it.
        fitsHeight: box.height <= window.innerHeight,
        rowHeadWidth: rowHead.getBoundingClientRect().width,
      };
    });
    expect(layout).toMatchObject({ pageScrolls: false, scrolled: true, headerAtTop: true, firstColumnAtLeft: true, fitsHeight: true });
  });
});
