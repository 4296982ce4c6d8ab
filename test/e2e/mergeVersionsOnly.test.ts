// The merge page with a copy whose only news is a named version (issue 16), in Chromium against the real services: the
// preview says the plan itself does not change and names the version (not «Kopien har ingenting …», no table of
// zeros), axe-core finds nothing; merging takes the version into the plan's list.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPlanFile } from '../../electron/services/store';
import { makeVersion } from '../../electron/services/versions/makeVersion';
import { callOk } from './api';
import { axeViolations } from './axe';
import { settled, startBrowserAt } from './browser';
import { openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
const VERSION = 'Vedtatt i arbeidsgruppe 2';
let browser: Browser;
let page: Page;
let copyPath: string;

beforeAll(async () => {
  const planPath = await openFreshPlan('sample', 'Bare versjon');
  copyPath = join(testFolder(), 'Bare versjon – kopi.planverk');
  const reader = openPlanFile(planPath, { readOnly: true });
  reader.saveCopy(copyPath);
  reader.close();
  // The working group saves a version in their copy and changes nothing else.
  const copy = openPlanFile(copyPath, { author: { id: 'gruppe-2', name: 'Arbeidsgruppe 2', initials: 'AG', group: null } });
  makeVersion(copy, { name: VERSION, author: { id: 'gruppe-2', name: 'Arbeidsgruppe 2', initials: 'AG', group: null } });
  copy.close();
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/sammenslaing'));
});

afterAll(async () => {
  await browser?.close();
});

describe('merge page: a copy that brings only a version', () => {
  it('the preview says the plan itself does not change and names the version; merging takes it in', async () => {
    await page.getByLabel('Stier til kopiene (.planverk), én per linje').fill(copyPath);
    await page.getByRole('button', { name: 'Vis hva kopiene bringer' }).click();
    const versions = page.getByTestId('merge-versions');
    await versions.waitFor();
    expect(await versions.textContent()).toBe(`Kopien endrer ikke selve planen, bare listen over versjoner:Ny versjon: «${VERSION}»`);
    expect(await page.getByTestId('merge-nothing-new').count()).toBe(0);
    expect(await page.getByTestId('merge-counts').count()).toBe(0);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await page.getByTestId('merge-done').waitFor();
    await expect.poll(async () => (await callOk(env.origin, env.token, 'versions.list', {})).map((v) => v.name), { timeout: 30_000 }).toEqual([VERSION]);
  });
});
