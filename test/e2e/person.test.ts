// The person of the installation (issue 15 «Who») in Chromium: with no person stored, the first start asks «Hvem
// skriver?» with the system user's name filled in; the answer is kept (person.json) and the next start does not ask;
// the header's button opens it again to edit (same id); changes made afterwards carry the name; all by keyboard, axe 0.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PERSON_FILE, systemUserName } from '../../electron/services/person/personStore';
import { createPlanFile } from '../../electron/services/store';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import type { Person } from '../../shared/domain/person';
import { callOk } from './api';
import { axeViolations } from './axe';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';
import { launchChromium, newAppPage, openApp } from './browser';
import { testFolder } from './fixtures';

// A bridge of its own: this file removes and rewrites the installation's person.json, which the other files' shared
// session must never see.
const env = inject('e2e');
const root = mkdtempSync(join(testFolder(), 'person-'));
const dataDir = join(root, 'data');
const personFile = join(dataDir, PERSON_FILE);
let bridge: BridgeProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const planPath = join(root, 'Hvem.planverk');
  createPlanFile(planPath, emptyPlan()).close();
  bridge = await startBridgeProcess([planPath], dataDir);
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

const dialog = () => page.getByTestId('person-dialog');
const stored = () => JSON.parse(readFileSync(personFile, 'utf8')) as Person;

describe('first start asks who writes', () => {
  it('first start shows the dialog prefilled from the system user; the name typed is kept', async () => {
    rmSync(personFile, { force: true });
    await openApp(page, bridge.origin, bridge.token, '#/plan');
    await dialog().waitFor();
    expect(await page.getByRole('dialog').getAttribute('aria-labelledby')).toBeTruthy();
    const name = page.getByTestId('person-name');
    expect(await name.inputValue()).toBe(systemUserName());
    // Focus starts in the name field: the whole answer by keyboard.
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Kari Nordmann');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Arbeidsgruppe 2');
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    expect(stored()).toMatchObject({ name: 'Kari Nordmann', initials: 'KN', group: 'Arbeidsgruppe 2' });
    await expect.poll(() => page.getByTestId('person-button').textContent()).toBe('Du: Kari Nordmann');
  });

  it('the second start does not ask, and a change made now carries the name', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => page.getByTestId('person-button').textContent()).toBe('Du: Kari Nordmann');
    expect(await dialog().count()).toBe(0);
    const plan = await callOk(bridge.origin, bridge.token, 'plan.load', {});
    await callOk(bridge.origin, bridge.token, 'plan.mutate', { changes: [{ table: 'plan', id: plan.plan.id, column: 'subtitle', value: 'Skrevet av Kari' }] });
    const history = await callOk(bridge.origin, bridge.token, 'history.field', { table: 'plan', id: plan.plan.id, column: 'subtitle' });
    expect(history[0]).toMatchObject({ text: 'Skrevet av Kari', author: { name: 'Kari Nordmann', initials: 'KN', group: 'Arbeidsgruppe 2' } });
  });

  it('the header button opens the dialog to edit: the new name keeps the same person', async () => {
    const before = stored();
    await page.getByTestId('person-button').focus();
    await page.keyboard.press('Enter');
    await dialog().waitFor();
    expect(await page.getByTestId('person-name').inputValue()).toBe('Kari Nordmann');
    expect(await page.getByTestId('person-group').inputValue()).toBe('Arbeidsgruppe 2');
    await page.getByTestId('person-name').fill('Kari Nordmann Berg');
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    expect(stored()).toEqual({ ...before, name: 'Kari Nordmann Berg', initials: 'KB' });
    expect(existsSync(personFile)).toBe(true);
  });
});
