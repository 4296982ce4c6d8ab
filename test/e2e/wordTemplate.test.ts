// «Word-mal» in «Dokumentprofil» in Chromium on its own plan: a template LibreOffice made is chosen as a file and listed
// with the styles and parts export takes from it; a hostile one (billion laughs) is refused with one Norwegian sentence
// and the plan keeps its template; «Fjern Word-mal» removes it and undo brings it back; axe finds nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk } from './api';
import { axeViolations } from './axe';
import { startBrowserAt, type Watch } from './browser';
import { openFreshPlan } from './fixtures';
import { alteredTemplate, BILLION_LAUGHS, libreOfficeTemplate } from '../services/profile/wordTemplateFixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
let template: Buffer;
const loDir = mkdtempSync(join(tmpdir(), 'planverk-e2e-wordmal-'));
const DOTX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template';

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const summary = () => page.getByTestId('word-template-summary');

beforeAll(async () => {
  template = libreOfficeTemplate(loDir);
  await openFreshPlan('empty', 'Word-mal');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
  await page.getByRole('heading', { name: 'Dokumentprofil' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(loDir, { recursive: true, force: true });
});

describe('Word-mal in Dokumentprofil', () => {
  it('lists a chosen template with the styles and the header and footer export takes from it', async () => {
    expect(await page.getByText('Ingen Word-mal er valgt.').isVisible()).toBe(true);
    await page.getByTestId('word-template-file').setInputFiles({ name: 'kommunemal.dotx', mimeType: DOTX, buffer: template });
    await summary().waitFor();
    const text = (await summary().textContent()) ?? '';
    expect(text).toContain('Valgt mal: kommunemal.dotx');
    expect(text).toMatch(/Stiler fra malen: .*Overskrift 1 \(«Heading 1»\)/);
    expect(text).toContain('Topp- og bunntekst fra malen: topptekst, bunntekst.');
    expect((await load()).plan.profileWordTemplateAssetId).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByRole('button', { name: 'Bytt Word-mal …' }).isVisible()).toBe(true);
  });

  it('refuses a hostile template (billion laughs) with one Norwegian sentence and keeps the plan\'s template', async () => {
    const before = (await load()).plan.profileWordTemplateAssetId;
    await page.getByTestId('word-template-file').setInputFiles({ name: 'latter.dotx', mimeType: DOTX, buffer: alteredTemplate(template, { 'word/styles.xml': BILLION_LAUGHS }) });
    const refusal = page.getByText(/^Word-malen kan ikke brukes fordi .*; planen er ikke endret\.$/);
    await refusal.waitFor();
    expect((await load()).plan.profileWordTemplateAssetId).toBe(before);
    expect(await summary().textContent()).toContain('Valgt mal: kommunemal.dotx');
  });

  it('removes the template, and undo brings it back', async () => {
    await page.getByRole('button', { name: 'Fjern Word-mal' }).click();
    await page.getByText('Ingen Word-mal er valgt.').waitFor();
    await expect.poll(async () => (await load()).plan.profileWordTemplateAssetId ?? null).toBeNull();
    await callOk(env.origin, env.token, 'plan.undo', {});
    await expect.poll(async () => (await load()).plan.profileWordTemplateAssetId ?? null).not.toBeNull();
  });

  it('has no axe violations, page errors or dialogs', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
