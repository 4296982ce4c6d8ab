// One user's way through versions (issue 16), in Chromium against the real services, every step through the UI: save a
// version on the Versjoner page, type a sentence in a chapter, compare the version with the plan now on the Sammenlign
// page (the sentence shown inserted), restore the version as a new plan file (its export-json the version's, without
// the sentence; the open plan keeps it). axe-core finds nothing on any page on the way.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlanView } from '../../shared/domain/planView';
import { callOk } from './api';
import { axeViolations } from './axe';
import { goTo, settled, startBrowserAt, type Watch } from './browser';
import { typeAtEndOfFirstChapter } from './chapterPage';
import { openFreshPlan, testFolder } from './fixtures';
import { versionAndRestoredCopy } from './versionFiles';

const env = inject('e2e');
const VERSION = 'Før høringen';
const ADDED = 'Kommunestyret ba om denne setningen etter versjonen.';
let browser: Browser;
let page: Page;
let watch: Watch;
let planPath: string;

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const bodies = (plan: PlanView): string => JSON.stringify(plan.chapters.map((c) => c.body));

beforeAll(async () => {
  planPath = await openFreshPlan('sample', 'Versjonsflyt');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/versjoner'));
});

afterAll(async () => {
  await browser?.close();
});

async function noViolations(options?: Parameters<typeof axeViolations>[1]): Promise<void> {
  await settled(page);
  expect(await axeViolations(page, options)).toEqual([]);
}

describe('versions: make, edit, compare, restore', () => {
  it('makes a version, edits a chapter, compares the version with now and restores it as a new file, with no axe violations on any page', async () => {
    // 1. Make the version.
    await page.getByText('Planen har ingen versjoner ennå.').waitFor();
    await noViolations();
    await page.getByTestId('save-version').click();
    const dialog = page.getByRole('dialog', { name: 'Lagre versjon' });
    await dialog.waitFor();
    await page.getByTestId('version-name').fill(VERSION);
    await dialog.getByRole('button', { name: 'Lagre versjon' }).click();
    await page.locator(`tr[data-version="${VERSION}"]`).waitFor();
    await noViolations();

    // 2. Edit: a sentence typed at the end of the first chapter.
    await goTo(page, '#/kapitler');
    await typeAtEndOfFirstChapter(page, ADDED);
    await expect.poll(async () => bodies(await load()).includes(ADDED), { timeout: 30_000 }).toBe(true);
    await noViolations();

    // 3. Compare the version with the plan now: the sentence is the one insertion.
    await goTo(page, '#/sammenlign');
    const option = page.getByTestId('compare-from').locator('option', { hasText: VERSION });
    await option.waitFor({ state: 'attached' });
    await page.getByTestId('compare-from').selectOption((await option.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Sammenlign', exact: true }).click();
    await page.getByTestId('compare-result').waitFor();
    expect(await page.locator('#compare-result').textContent()).toMatch(new RegExp(`^1 endring fra «${VERSION} \\(\\d{2}\\.\\d{2}\\.\\d{4}\\)» til «Versjonsflyt\\.planverk»$`));
    expect(await page.getByTestId('compare-chapter').locator('ins').allTextContents()).toEqual([ADDED]);
    expect(await page.getByTestId('compare-chapter').locator('del').count()).toBe(0);
    await noViolations();

    // 4. Restore the version as a new file beside the plan; the open plan stays open with the sentence.
    await goTo(page, '#/versjoner');
    await page.getByRole('button', { name: `Gjenopprett som ny fil «${VERSION}»` }).click();
    const restored = join(testFolder(), `Versjonsflyt (versjon ${VERSION}).planverk`);
    await page.getByTestId('versions-notice').filter({ hasText: restored }).waitFor();
    await noViolations();
    expect(existsSync(restored)).toBe(true);
    expect((await callOk(env.origin, env.token, 'file.current', {}))?.path).toBe(planPath);
    expect(bodies(await load())).toContain(ADDED);
    const files = versionAndRestoredCopy(planPath, VERSION, restored);
    expect(files.restored).toBe(files.version);
    expect(files.restored).not.toContain(ADDED);
    expect(watch.pageErrors).toEqual([]);
  });
});
