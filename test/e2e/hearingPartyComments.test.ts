// Hearing parties on the Plan page have the row section the Tabeller rows have (issue 15 «Who» and «Comments»): the
// active party's «Endret av», its name's history, and a comments pane with reply and resolve; from the plan-wide list
// «Gå til» lands on that party (focus on its row, its pane showing the thread). axe 0 on both pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HearingParty } from '../../shared/domain/plan';
import type { PlanView } from '../../shared/domain/planView';
import { sortRows } from '../../shared/domain/rowOrder';
import { callOk } from './api';
import { axeViolations } from './axe';
import { goTo, settled, startBrowserAt, type Watch } from './browser';
import { openFreshPlan } from './fixtures';
import { saveCommentForm } from './commentForm';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
let plan: PlanView;
let me: string;
/** The party commented on: not the first, so the row section must follow the active cell to it. */
let party: HearingParty;
const RENAMED = 'Statsforvalteren i Testfylke';

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const today = () => new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
const rowSection = () => page.getByTestId('row-who-hearingParties');
const activeCell = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);

beforeAll(async () => {
  await openFreshPlan('sample', 'Høringsinstanser');
  plan = await load();
  party = sortRows(plan.hearingParties)[1]!;
  // The session's person, whoever the other files left it as (this file does not change it).
  me = (await callOk(env.origin, env.token, 'person.get', {})).person!.name;
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
});

afterAll(async () => {
  await browser?.close();
});

describe('hearing parties: who changed them and their comments, on the Plan page', () => {
  it('a hearing party shows «Endret av», its name’s history and a comments pane: comment, reply, resolve; axe 0', async () => {
    const grid = page.getByTestId('parties-table');
    await grid.locator(`[data-cell="${party.id}|name"]`).click();
    const who = rowSection();
    await who.getByRole('heading', { level: 4, name: `Valgt rad: ${party.name}` }).waitFor();
    // Renamed in the grid: the section says who did it, and the name's history has both values.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(RENAMED, { delay: 2 });
    await page.keyboard.press('Enter');
    await who.getByRole('heading', { level: 4, name: `Valgt rad: ${RENAMED}` }).waitFor();
    await expect.poll(() => who.getByTestId('changed-by').textContent()).toBe(`Endret av ${me} ${today()}`);
    await who.getByTestId('history-line').getByRole('button', { name: 'Høringsinstans', exact: true }).click();
    const history = page.getByTestId('field-history');
    await history.locator('tbody tr').nth(1).waitFor();
    expect(await history.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].slice(1).map((c) => c.textContent)))).toEqual([
      [me, RENAMED],
      // The fresh plan was written through this session, so its first value is by the same person.
      [me, party.name],
    ]);
    await page.getByRole('dialog').getByRole('button', { name: 'Lukk' }).click();
    await history.waitFor({ state: 'detached' });

    const pane = who.getByTestId('comments-hearingParties');
    await pane.getByRole('heading', { level: 5, name: `Kommentarer til «${RENAMED}»` }).waitFor();
    await pane.getByRole('button', { name: 'Ny kommentar' }).click();
    const card = pane.getByRole('article', { name: new RegExp(`^Kommentar fra ${me}`) });
    await saveCommentForm(pane, `Kommentar til «${RENAMED}»`, 'Skal de ha varsel om oppstart?', card);
    await card.getByRole('button', { name: 'Svar' }).click();
    await saveCommentForm(card, `Svar til ${me}`, 'Ja, sammen med regionale myndigheter.');
    await card.getByRole('button', { name: 'Merk som løst' }).click();
    await card.getByText(`Løst av ${me}`).waitFor();

    const stored = (await load()).comments.filter((c) => c.targetTable === 'hearingParties');
    expect(stored.map((c) => [c.targetId, c.body, c.parentId === null, c.resolved, c.authorName]).sort()).toEqual([
      [party.id, 'Ja, sammen med regionale myndigheter.', false, false, me],
      [party.id, 'Skal de ha varsel om oppstart?', true, true, me],
    ]);
    // Another party's section has none of it.
    const first = sortRows(plan.hearingParties)[0]!;
    await grid.locator(`[data-cell="${first.id}|name"]`).click();
    await who.getByRole('heading', { level: 4, name: `Valgt rad: ${first.name}` }).waitFor();
    expect(await who.getByTestId('comments-hearingParties').getByRole('article').count()).toBe(0);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('«Gå til» from the plan-wide list lands on the commented hearing party: focus on its row, its pane showing the thread; axe 0', async () => {
    await goTo(page, '#/kommentarer');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle' });
    await page.getByRole('combobox', { name: 'Sted' }).selectOption({ label: 'Høring' });
    const listed = page.getByRole('article').filter({ hasText: 'Skal de ha varsel om oppstart?' });
    await listed.waitFor();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    await listed.getByRole('button', { name: `Gå til Rad «${RENAMED}»` }).click();
    await page.waitForFunction(() => window.location.hash === '#/plan');
    await rowSection().getByRole('heading', { level: 4, name: `Valgt rad: ${RENAMED}` }).waitFor();
    await rowSection().getByText('Skal de ha varsel om oppstart?').waitFor();
    await expect.poll(activeCell).toBe(`${party.id}|name`);
    // In view: the user sees where they landed, not the top of the Plan page.
    expect(await page.locator(`[data-cell="${party.id}|name"]`).evaluate((cell) => {
      const box = cell.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('ran without page errors or dialogs', () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
