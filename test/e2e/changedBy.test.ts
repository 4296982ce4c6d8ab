// «Who» beside the rows in Chromium (issue 15): the matrix detail panel, a Tabeller row, a hearing input and a chapter
// show «Endret av <navn> dd.mm.åååå» and a field's history (every value with who wrote it), and matrix cells and
// areas, table rows and hearing inputs each have a comments pane; the plan-wide list filters by place and «Gå til»
// opens the commented cell. The plan was edited by Ola Hansen before this session (Eva Testesen) opened it. axe 0.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import { cellId, type PlanData } from '../../shared/domain/plan';
import type { Person } from '../../shared/domain/person';
import { groupLabel } from '../../shared/matrix/labels';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { callOk } from './api';
import { axeViolations } from './axe';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';
import { goTo, settled, startBrowserAt } from './browser';
import { testFolder } from './fixtures';
import { E2E_PERSON } from './presetPerson';
import { saveCommentForm } from './commentForm';

// A bridge of its own: the plan must carry another person's changes before the session opens it.
const env = inject('e2e');
const root = mkdtempSync(join(testFolder(), 'hvem-'));
const OLA: Person = { id: 'person-ola', name: 'Ola Hansen', initials: 'OH', group: 'Arbeidsgruppe 2' };
let bridge: BridgeProcess;
let browser: Browser;
let page: Page;
let plan: PlanData;

/** Today as the page (Europe/Oslo) writes it: «07.12.2026». */
const today = () => new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
const loadPlan = () => callOk(bridge.origin, bridge.token, 'plan.load', {});
/** Opens a field's history from the «Historikk:» line in `scope` (the field's button) and waits for its dialog. */
async function openHistory(scope: ReturnType<Page['locator']>, field: string) {
  await scope.getByTestId('history-line').first().getByRole('button', { name: field, exact: true }).click();
  await page.getByRole('dialog', { name: `Historikk for «${field}»` }).waitFor();
}
const historyRows = async () => {
  const dialog = page.getByTestId('field-history');
  await dialog.locator('tbody tr').first().waitFor();
  return dialog.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].slice(1).map((c) => c.textContent ?? '')));
};
const closeHistory = async () => {
  await page.getByRole('dialog').getByRole('button', { name: 'Lukk' }).click();
  await page.getByTestId('field-history').waitFor({ state: 'detached' });
};
const thread = (scope: ReturnType<Page['locator']>, author: string) => scope.getByRole('article', { name: new RegExp(`^Kommentar fra ${author}`) });

/** Writes a comment in a pane through its «Ny kommentar» button, as a user would. */
async function comment(pane: ReturnType<Page['locator']>, name: string, body: string) {
  await pane.getByRole('button', { name: 'Ny kommentar' }).click();
  await saveCommentForm(pane, `Kommentar til «${name}»`, body);
}

beforeAll(async () => {
  plan = buildSamplePlan();
  const planPath = join(root, 'Hvem endret.planverk');
  createPlanFile(planPath, plan).close();
  // Ola's edits, made in his copy before the adviser opens it.
  const file = openPlanFile(planPath, { author: OLA });
  const area = plan.areas.find((a) => a.parentId === null)!;
  const cell = plan.cells.find((c) => c.areaId === area.id)!;
  file.mutate([
    { table: 'areas', id: area.id, column: 'name', value: `${area.name} (Ola)` },
    { table: 'cells', id: cell.id, column: 'level', value: cell.level === 'OpH' ? 'DpH' : 'OpH' },
    { table: 'measures', id: plan.measures[0]!.id, column: 'costOre', value: 182_000_000 },
    { table: 'inputs', id: plan.inputs[0]!.id, column: 'summary', value: 'Ola sitt sammendrag' },
    { table: 'chapters', id: plan.chapters.find((c) => c.kind === 'chapter')!.id, column: 'title', value: 'Innledning (Ola)' },
  ]);
  file.close();
  bridge = await startBridgeProcess([planPath], join(root, 'data'));
  ({ browser, page } = await startBrowserAt(env.chromium, bridge.origin, bridge.token, '#/ansvarsmatrise'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

describe('who changed what, and comments beside the rows', () => {
  it('the matrix detail panel shows «Endret av» of the area and its active cell, the name’s history, and comment panes for the cell and the area; axe 0', async () => {
    const area = plan.areas.find((a) => a.parentId === null)!;
    const cell = plan.cells.find((c) => c.areaId === area.id)!;
    const group = plan.groups.find((g) => g.id === cell.groupId)!;
    const areaName = `${area.name} (Ola)`;
    // By keyboard (a click on a cell changes its level): the row's header, then right to the group's cell, Enter.
    await page.locator(`[data-cell="${area.id}|"]`).click();
    const target = `${area.id}|${group.id}`;
    for (let i = 0; i < plan.groups.length && (await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))) !== target; i++) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(target);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('matrix-detail');
    await panel.getByRole('heading', { name: `Detaljer: ${areaName}` }).waitFor();
    await expect.poll(() => panel.getByTestId('changed-by').first().textContent()).toBe(`Endret av Ola Hansen ${today()}`);
    const cellWho = panel.getByTestId('matrix-cell-who');
    const cellName = `${areaName} × ${groupLabel(group)}`;
    await cellWho.getByRole('heading', { name: `Celle: ${cellName}` }).waitFor();
    await expect.poll(() => cellWho.getByTestId('changed-by').textContent()).toBe(`Endret av Ola Hansen ${today()}`);
    // The level's history in the legend's codes: Ola's, then the sample's.
    await openHistory(cellWho, 'Ansvarsnivå');
    expect(await historyRows()).toEqual([
      ['Ola Hansen', cell.level === 'OpH' ? 'DpH' : 'OpH'],
      ['ukjent', cell.level],
    ]);
    await closeHistory();

    // The name's history: Ola's name, then the plan's first (written before anyone was known: «ukjent»).
    await openHistory(panel, 'Navn på området');
    expect(await historyRows()).toEqual([
      ['Ola Hansen', areaName],
      ['ukjent', area.name],
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await closeHistory();

    // Eva renames it: the panel says so, and the history has three values, hers first.
    const nameField = panel.getByRole('textbox', { name: 'Navn på området' });
    await nameField.fill(`${area.name} (Eva)`);
    await nameField.blur();
    await expect.poll(() => panel.getByTestId('changed-by').first().textContent()).toBe(`Endret av ${E2E_PERSON.name} ${today()}`);
    await openHistory(panel, 'Navn på området');
    expect((await historyRows()).map((r) => r[0])).toEqual([E2E_PERSON.name, 'Ola Hansen', 'ukjent']);
    await closeHistory();

    const newCellName = `${area.name} (Eva) × ${groupLabel(group)}`;
    await comment(panel.getByTestId('comments-cells'), newCellName, 'Bør gruppe 2 ha hovedansvaret?');
    await comment(panel.getByTestId('comments-areas'), `${area.name} (Eva)`, 'Området er for bredt.');
    // The grid marks the commented cell and area (no text in them: a cell's name stays its code) and says so to screen readers.
    const gridCell = page.locator(`[data-cell="${area.id}|${group.id}"]`);
    await expect.poll(() => gridCell.getAttribute('data-commented')).toBe('');
    await expect.poll(() => page.locator(`[data-cell="${area.id}|"]`).getAttribute('data-commented')).toBe('');
    expect(await page.locator(`#${await gridCell.getAttribute('aria-describedby')}`).textContent()).toBe('Har kommentarer');
    await expect.poll(() => page.locator('[data-commented]').count()).toBe(2);
    const stored = (await loadPlan()).comments;
    expect(stored.map((c) => [c.targetTable, c.targetId, c.body, c.authorName]).sort()).toEqual([
      ['areas', area.id, 'Området er for bredt.', E2E_PERSON.name],
      ['cells', cellId(area.id, group.id), 'Bør gruppe 2 ha hovedansvaret?', E2E_PERSON.name],
    ]);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a Tabeller row shows «Endret av», the active field’s history as the column shows it, and a comments pane with reply and resolve; axe 0', async () => {
    const measure = plan.measures[0]!;
    await goTo(page, '#/tabeller');
    await page.getByRole('tab', { name: 'Tiltak (handlingsplan)' }).click();
    const grid = page.getByTestId('measures-table');
    await grid.locator(`[data-cell="${measure.id}|cost"]`).click();
    const who = page.getByTestId('row-who-measures');
    await who.getByRole('heading', { name: `Valgt rad: ${measure.name}` }).waitFor();
    await expect.poll(() => who.getByTestId('changed-by').textContent()).toBe(`Endret av Ola Hansen ${today()}`);
    await openHistory(who, 'Kostnad (kr)');
    const rows = await historyRows();
    // Amounts as the column shows them (kroner with spaces), not the øre the log stores.
    expect(rows[0]).toEqual(['Ola Hansen', '1 820 000']);
    expect(rows[1]![0]).toBe('ukjent');
    expect(rows[1]![1]).not.toMatch(/^\d{5,}$/);
    await closeHistory();

    const pane = who.getByTestId('comments-measures');
    await comment(pane, measure.name, 'Er kostnaden med mva.?');
    const card = thread(pane, E2E_PERSON.name);
    await card.getByRole('button', { name: 'Svar' }).click();
    await saveCommentForm(card, `Svar til ${E2E_PERSON.name}`, 'Uten mva.');
    await card.getByRole('button', { name: 'Merk som løst' }).click();
    await card.getByText(`Løst av ${E2E_PERSON.name}`).waitFor();
    const stored = (await loadPlan()).comments.filter((c) => c.targetTable === 'measures');
    expect(stored.map((c) => [c.targetId, c.body, c.parentId === null]).sort()).toEqual([
      [measure.id, 'Er kostnaden med mva.?', true],
      [measure.id, 'Uten mva.', false],
    ]);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a hearing input shows «Endret av», the history of its fields by name, and a comments pane; axe 0', async () => {
    const input = plan.inputs[0]!;
    await goTo(page, '#/horing');
    await page.getByRole('button', { name: input.sender, exact: true }).click();
    const editor = page.getByTestId('input-editor');
    await expect.poll(() => editor.getByTestId('changed-by').textContent()).toBe(`Endret av Ola Hansen ${today()}`);
    await openHistory(editor, 'Sammendrag');
    expect(await historyRows()).toEqual([
      ['Ola Hansen', 'Ola sitt sammendrag'],
      ['ukjent', input.summary || '(tomt)'],
    ]);
    await closeHistory();
    await comment(editor.getByTestId('comments-inputs'), input.sender, 'Svar innen fristen.');
    expect((await loadPlan()).comments.filter((c) => c.targetTable === 'inputs').map((c) => [c.targetId, c.body])).toEqual([[input.id, 'Svar innen fristen.']]);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a chapter shows who changed it last — its title by Ola, then its text by the person typing — and its title’s history', async () => {
    await goTo(page, '#/kapitler');
    const settings = page.locator('section[aria-labelledby="chapter-settings-heading"]');
    await expect.poll(() => settings.getByTestId('changed-by').textContent()).toBe(`Endret av Ola Hansen ${today()}`);
    await openHistory(settings, 'Tittel');
    expect((await historyRows()).map((r) => r[0])).toEqual(['Ola Hansen', 'ukjent']);
    await closeHistory();
    const editor = page.locator('.plan-editor .ProseMirror');
    await editor.locator('p').first().click();
    await page.keyboard.type('Eva skriver. ');
    await expect.poll(() => settings.getByTestId('changed-by').textContent()).toBe(`Endret av ${E2E_PERSON.name} ${today()}`);
  });

  it('the plan-wide list filters by place (matrix, tables, hearing) and «Gå til» opens the commented cell in the matrix; axe 0', async () => {
    await goTo(page, '#/kommentarer');
    await page.getByRole('article').first().waitFor();
    const place = page.getByRole('combobox', { name: 'Sted' });
    await place.selectOption({ label: 'Ansvarsmatrisen' });
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await place.selectOption({ label: 'Tabeller' });
    await expect.poll(() => page.getByRole('article').allTextContents()).toEqual([expect.stringContaining('Er kostnaden med mva.?')]);
    await place.selectOption({ label: 'Høring' });
    await expect.poll(() => page.getByRole('article').allTextContents()).toEqual([expect.stringContaining('Svar innen fristen.')]);
    await place.selectOption({ label: 'Ansvarsmatrisen' });
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    const cellThread = page.getByRole('article').filter({ hasText: 'Bør gruppe 2 ha hovedansvaret?' });
    await cellThread.getByRole('button', { name: /^Gå til Celle/ }).click();
    await page.waitForFunction(() => window.location.hash === '#/ansvarsmatrise');
    const cellWho = page.getByTestId('matrix-detail').getByTestId('matrix-cell-who');
    await cellWho.getByText('Bør gruppe 2 ha hovedansvaret?').waitFor();
  });
});
