// Browser mode reads and writes files only in the folders the user picked, through every page that takes a path:
// Word import (Kapitler), matrix import and export (Ansvarsmatrise), measures import (Tabeller), profile import and
// export (Plan). A path outside those folders is refused in the one Norwegian sentence, the plan is unchanged, the file
// outside is byte-for-byte as it was, and a file that did not exist is not created. (Export: export.test.ts.)
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { buildSampleDocx } from '../fixtures/docx/buildDocx';
import { callOk } from './api';
import { goTo, startBrowserAt } from './browser';
import { openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
const outside = mkdtempSync(join(tmpdir(), 'planverk-e2e-utenfor-'));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const load = () => callOk(env.origin, env.token, 'plan.load', {});

/** Every file outside the folders with its hash, to show afterwards that none changed and none was added. */
const outsideFiles = () => Object.fromEntries(readdirSync(outside).map((name) => [name, sha256(join(outside, name))]));
let before: Record<string, string>;

beforeAll(async () => {
  await openFreshPlan('sample', 'Mappeplan');
  writeFileSync(join(outside, 'Innspill.docx'), await buildSampleDocx());
  copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'tables', 'measures-ok.csv'), join(outside, 'tiltak.csv'));
  // A real profile and a real matrix workbook, made in the picked folder and then moved out of it by the user.
  await callOk(env.origin, env.token, 'profile.exportFile', { path: join(testFolder(), 'Profil.planverkprofil') });
  copyFileSync(join(testFolder(), 'Profil.planverkprofil'), join(outside, 'Profil.planverkprofil'));
  await callOk(env.origin, env.token, 'matrix.exportXlsx', { path: join(testFolder(), 'Matrise.xlsx') });
  copyFileSync(join(testFolder(), 'Matrise.xlsx'), join(outside, 'Matrise.xlsx'));
  before = outsideFiles();
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
});

afterAll(async () => {
  await browser?.close();
  expect(outsideFiles()).toEqual(before);
});

describe('browser mode: files only in the picked folders, on every page that takes a path', () => {
  it('Kapitler: a Word document outside the folders is not imported', async () => {
    await goTo(page, '#/kapitler');
    const chapters = (await load()).chapters.length;
    const toggle = page.getByRole('button', { name: 'Importer Word-dokument' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.getByRole('textbox', { name: 'Sti til .docx-filen' }).fill(join(outside, 'Innspill.docx'));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByTestId('word-import-result').filter({ hasText: ERROR_MESSAGES.OUTSIDE_FOLDERS }).waitFor();
    expect((await load()).chapters.length).toBe(chapters);
  });

  it('Ansvarsmatrise: a matrix outside the folders is not imported, and the overview is not exported there', async () => {
    await goTo(page, '#/ansvarsmatrise');
    const plan = await load();
    const errors = page.getByTestId('matrix-import-errors');
    await page.getByLabel('Importer matrise fra fil (.json, .xlsx eller .csv)').fill(join(outside, 'Matrise.xlsx'));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await errors.filter({ hasText: ERROR_MESSAGES.OUTSIDE_FOLDERS }).waitFor();
    for (const target of [join(outside, 'Matrise.xlsx'), join(outside, 'Ny matrise.xlsx')]) {
      await page.getByLabel('Eksporter oversikten til Excel (.xlsx)').fill(target);
      await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
      await expect.poll(() => errors.textContent()).toContain(ERROR_MESSAGES.OUTSIDE_FOLDERS);
    }
    expect(existsSync(join(outside, 'Ny matrise.xlsx'))).toBe(false);
    const after = await load();
    expect([after.areas, after.cells, after.themes]).toEqual([plan.areas, plan.cells, plan.themes]);
  });

  it('Tabeller: measures outside the folders are not imported', async () => {
    await goTo(page, '#/tabeller');
    const measures = (await load()).measures.length;
    await page.getByRole('tab', { name: 'Tiltak (handlingsplan)' }).click();
    await page.getByLabel('Sti til regnearket (.xlsx eller .csv)').fill(join(outside, 'tiltak.csv'));
    await page.getByRole('button', { name: 'Importer tiltak' }).click();
    await page.getByTestId('import-result').filter({ hasText: ERROR_MESSAGES.OUTSIDE_FOLDERS }).waitFor();
    expect((await load()).measures.length).toBe(measures);
  });

  it('Plan: a profile outside the folders is neither imported nor exported there', async () => {
    await goTo(page, '#/plan');
    const profileBefore = (await load()).plan;
    const field = page.getByTestId('profile-file-path');
    const status = page.getByTestId('profile-status');
    await field.fill(join(outside, 'Profil.planverkprofil'));
    await page.getByRole('button', { name: 'Importer profil …' }).click();
    await expect.poll(() => status.textContent()).toBe(ERROR_MESSAGES.OUTSIDE_FOLDERS);
    await page.getByRole('button', { name: 'Lukk melding' }).click();
    for (const target of [join(outside, 'Profil.planverkprofil'), join(outside, 'Ny profil')]) {
      await field.fill(target);
      await page.getByRole('button', { name: 'Eksporter profil …' }).click();
      await page.getByTestId('error-banner').filter({ hasText: ERROR_MESSAGES.OUTSIDE_FOLDERS }).waitFor();
      await page.getByRole('button', { name: 'Lukk melding' }).click();
    }
    expect(existsSync(join(outside, 'Ny profil.planverkprofil'))).toBe(false);
    const profileAfter = (await load()).plan;
    expect([profileAfter.profileColor, profileAfter.profileFont, profileAfter.profileLogoAssetId]).toEqual([
      profileBefore.profileColor,
      profileBefore.profileFont,
      profileBefore.profileLogoAssetId,
    ]);
  });
});
