// The Versjoner page in Chromium against the real services (issue 16): a version saved with «Lagre versjon…» by
// keyboard, the chapter edited afterwards, the version shown read-only with the old text, restored as a new plan file
// (the open plan untouched, the new file's export-json the version's), axe-core finding nothing with the dialog open.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlanView } from '../../shared/domain/planView';
import { callOk } from './api';
import { goTo, settled, startBrowserAt } from './browser';
import { typeAtEndOfFirstChapter } from './chapterPage';
import { axeViolations } from './axe';
import { openFreshPlan, testFolder } from './fixtures';
import { versionAndRestoredCopy } from './versionFiles';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let planPath: string;
const ADDED = 'Denne setningen kom etter versjonen.';

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const textOf = (plan: PlanView): string => JSON.stringify(plan.chapters.map((c) => c.body));

beforeAll(async () => {
  planPath = await openFreshPlan('sample', 'Versjoner');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/versjoner'));
});

afterAll(async () => {
  await browser?.close();
});

describe('Versjoner page', () => {
  it('saves a version, edits the chapter, shows the version read-only with the old text and restores it as a new plan file', async () => {
    await page.getByText('Planen har ingen versjoner ennå.').waitFor();
    // «Lagre versjon…» by keyboard: the dialog takes the name first.
    await page.getByTestId('save-version').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Lagre versjon' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('version-name');
    await page.keyboard.type('Før redigering');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sendt til arbeidsgruppene');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lagre versjon' }).click();
    await page.getByTestId('versions-notice').filter({ hasText: 'Versjonen «Før redigering» er lagret.' }).waitFor();
    const row = page.locator('tr[data-version="Før redigering"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Sendt til arbeidsgruppene');
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    // An edit after the version, typed in the chapter editor.
    const before = await load();
    await goTo(page, '#/kapitler');
    await typeAtEndOfFirstChapter(page, ADDED);
    await expect.poll(async () => textOf(await load()).includes(ADDED)).toBe(true);

    // The version read-only: the old text, not the new sentence, and nothing to edit.
    await goTo(page, '#/versjoner');
    await page.getByRole('button', { name: 'Vis «Før redigering»' }).click();
    await page.getByRole('heading', { name: 'Versjonen «Før redigering» (skrivebeskyttet)' }).waitFor();
    const html = (await page.getByTestId('version-preview').getAttribute('srcdoc')) ?? '';
    expect(html).toContain(before.plan.title);
    expect(html).not.toContain(ADDED);
    expect(await page.getByTestId('version-view').locator('[contenteditable="true"], input, textarea').count()).toBe(0);
    await settled(page);
    expect(await axeViolations(page, { exclude: '[data-testid="version-preview"]' })).toEqual([]);

    // Restore as a new file beside the plan: the open plan stays open and keeps the new sentence.
    await page.getByRole('button', { name: 'Gjenopprett som ny fil «Før redigering»' }).click();
    const restored = join(testFolder(), 'Versjoner (versjon Før redigering).planverk');
    await page.getByTestId('versions-notice').filter({ hasText: restored }).waitFor();
    expect(existsSync(restored)).toBe(true);
    expect((await callOk(env.origin, env.token, 'file.current', {}))?.path).toBe(planPath);
    expect(textOf(await load())).toContain(ADDED);
    const files = versionAndRestoredCopy(planPath, 'Før redigering', restored);
    expect(files.restored).toBe(files.version);
    expect(files.restored).not.toContain(ADDED);
  });
});
