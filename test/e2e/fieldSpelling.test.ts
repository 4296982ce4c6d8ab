// The spell-check outside the chapters (issue 17), in Chromium against the real services and dictionaries: a
// misspelt word typed in a matrix rich-text field and in a measures-table cell is underlined, a suggestion from the
// context menu replaces it (saved to the plan), a word added to the plan's word list loses its underline in both
// places, a nynorsk form in the bokmål plan is flagged as such, and axe-core finds nothing with the underlines shown.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { richTextToPlainText } from '../../shared/matrix/richText';
import { BLANK_ROWS } from '../../shared/plantables/edits';
import { smallPlan } from '../services/store/helpers';
import { callOk } from './api';
import { axeViolations } from './axe';
import { allWritten, goTo, startBrowserAt } from './browser';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;

const PLAN = smallPlan();
const AREA = PLAN.areas[0]!;
const MEASURE = { ...BLANK_ROWS.measures('e2e-tiltak-1', 1), name: 'Ny sykkelvei', unit: 'Teknisk' };
PLAN.measures.push(MEASURE);

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const field = () => page.getByTestId('matrix-detail').locator('[data-field="problems"]');
const fieldUnderlines = () => field().locator('.plan-spell-error');
const grid = () => page.getByTestId('measures-table');
const followUp = () => grid().locator(`[data-cell="${MEASURE.id}|followUp"]`);
const cellUnderlines = () => followUp().locator('.plan-spell-error');

async function pick(suggestion: string): Promise<void> {
  const menu = page.getByTestId('spell-menu');
  await menu.waitFor();
  await menu.getByTestId('spell-suggestion').filter({ hasText: new RegExp(`^${suggestion}$`) }).click();
  await menu.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  await openFreshPlan(PLAN, 'Stavekontroll i felt');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/ansvarsmatrise'));
  await page.getByTestId('matrix-overview').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('spell-check in the matrix’s and the tables’ text fields', () => {
  it('a misspelt word typed in a matrix rich-text field is underlined, and a suggestion from its menu replaces it', async () => {
    await page.locator(`[data-cell="${AREA.id}|"]`).focus();
    await page.keyboard.press('Enter');
    const editable = field().locator('[contenteditable="true"]');
    expect(await editable.getAttribute('lang')).toBe('nb');
    expect(await editable.getAttribute('spellcheck')).toBe('false');
    await editable.click();
    await page.keyboard.type('Kommuen må bygge flere boliger ved Skjærvågneset.');
    await expect.poll(() => fieldUnderlines().allTextContents(), { timeout: 60_000 }).toEqual(['Kommuen', 'Skjærvågneset']);
    await fieldUnderlines().filter({ hasText: 'Kommuen' }).click({ button: 'right' });
    await pick('Kommunen');
    await expect.poll(() => fieldUnderlines().allTextContents()).toEqual(['Skjærvågneset']);
    await allWritten(page);
    await expect.poll(async () => richTextToPlainText((await load()).areas.find((a) => a.id === AREA.id)!.problems)).toBe('Kommunen må bygge flere boliger ved Skjærvågneset.');
  });

  it('a misspelt word typed in a measures-table cell is underlined once saved, a nynorsk form as such; a suggestion from its menu replaces it; axe 0', async () => {
    await goTo(page, '#/tabeller');
    await page.getByRole('tab', { name: 'Tiltak (handlingsplan)' }).click();
    await followUp().dblclick();
    await page.keyboard.type('Følges ikkje opp av planavdelningen på Skjærvågneset.');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellUnderlines().allTextContents(), { timeout: 60_000 }).toEqual(['ikkje', 'planavdelningen', 'Skjærvågneset']);
    expect(await followUp().locator('.plan-spell-malform').allTextContents()).toEqual(['ikkje']);
    expect(await axeViolations(page)).toEqual([]);
    await cellUnderlines().filter({ hasText: 'planavdelningen' }).click({ button: 'right' });
    await pick('planavdelingen');
    await expect.poll(() => followUp().textContent()).toBe('Følges ikkje opp av planavdelingen på Skjærvågneset.');
    await expect.poll(() => cellUnderlines().allTextContents()).toEqual(['ikkje', 'Skjærvågneset']);
    await allWritten(page);
    await expect.poll(async () => (await load()).measures.find((m) => m.id === MEASURE.id)!.followUp).toBe('Følges ikkje opp av planavdelingen på Skjærvågneset.');
  });

  it('the context-menu key on a cell opens the menu for its first flagged word, and Escape gives the focus back to the cell', async () => {
    await followUp().click();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByTestId('spell-menu');
    await menu.waitFor();
    expect(await menu.getAttribute('aria-label')).toBe('Stavekontroll: ikkje. Ikke bokmål');
    expect(await menu.getByTestId('spell-suggestion').allTextContents()).toEqual(['ikke']);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(`${MEASURE.id}|followUp`);
  });

  it('a word added to the plan’s word list from a cell is no longer underlined there nor in the matrix field', async () => {
    await cellUnderlines().filter({ hasText: 'Skjærvågneset' }).click({ button: 'right' });
    await page.getByTestId('spell-menu').waitFor();
    await page.getByTestId('spell-add-plan').click();
    await expect.poll(() => cellUnderlines().allTextContents()).toEqual(['ikkje']);
    await allWritten(page);
    await expect.poll(async () => (await load()).planWords.map((w) => w.word)).toEqual(['Skjærvågneset']);
    await goTo(page, '#/ansvarsmatrise');
    await page.locator(`[data-cell="${AREA.id}|"]`).focus();
    await page.keyboard.press('Enter');
    await field().locator('[contenteditable="true"]').waitFor();
    // Checked after the field opens: wait until the check has run (the nynorsk form typed now is flagged) before reading.
    await field().locator('[contenteditable="true"]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Vi vet ikkje kva.');
    await expect.poll(() => fieldUnderlines().allTextContents(), { timeout: 60_000 }).toEqual(['ikkje', 'kva']);
    expect(await axeViolations(page)).toEqual([]);
  });
});
