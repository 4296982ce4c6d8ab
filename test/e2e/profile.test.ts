// «Dokumentprofil» in Chromium on its own plan: a typed low-contrast colour shows the warning and export.check lists
// low-contrast, a good one clears both; a logo chosen as a file is stored with its alt text and its exact bytes; the font
// is stored; the default profile is saved and applied; axe finds nothing and every control is reached by keyboard.
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk } from './api';
import { startBrowserAt, type Watch } from './browser';
import { axeViolations } from './axe';
import { openFreshPlan } from './fixtures';
import { makePng } from '../document/fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
const LOGO = makePng(32, 40, 7);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const colorField = () => page.getByRole('textbox', { name: 'Hovedfarge (#rrggbb)' });
const warning = () => page.getByTestId('profile-contrast-warning');

beforeAll(async () => {
  await openFreshPlan('empty', 'Profil');
  await callOk(env.origin, env.token, 'plan.mutate', {
    changes: [{ table: 'plan', id: (await load()).plan.id, column: 'municipality', value: 'Levanger' }],
  });
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
  await page.getByRole('heading', { name: 'Dokumentprofil' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  // The default profile lives in the session's user data folder: the next file's new plans must not start with it.
  await callOk(env.origin, env.token, 'profile.clearDefault', {});
});

describe('Dokumentprofil', () => {
  it('warns about a typed low-contrast colour, as export.check does, and not about a good one', async () => {
    await colorField().fill('#ffcc00');
    await expect.poll(async () => (await load()).plan.profileColor).toBe('#ffcc00');
    await warning().waitFor();
    expect(await page.getByTestId('profile-contrast').textContent()).toBe('Kontrast mot hvitt: 1,5:1');
    const lowContrast = async () => (await callOk(env.origin, env.token, 'export.check', {})).some((p) => p.code === 'low-contrast');
    expect(await lowContrast()).toBe(true);

    await colorField().fill('#1f4e7');
    expect(await page.getByText('Skriv fargen som # og seks heksadesimale tegn').isVisible()).toBe(true);
    await colorField().fill('#004b87');
    await expect.poll(async () => (await load()).plan.profileColor).toBe('#004b87');
    await warning().waitFor({ state: 'detached' });
    expect(await page.getByTestId('profile-contrast').textContent()).toMatch(/^Kontrast mot hvitt: \d+,\d:1$/);
    expect(await lowContrast()).toBe(false);
  });

  it('stores a chosen logo with its alt text and exact bytes, and shows it', async () => {
    await page.getByTestId('profile-logo-file').setInputFiles({ name: 'vapen.png', mimeType: 'image/png', buffer: LOGO });
    await expect.poll(async () => (await load()).plan.profileLogoAssetId).toBe(sha256(LOGO));
    const alt = page.getByRole('textbox', { name: /Alternativ tekst for logoen/ });
    expect(await alt.inputValue()).toBe('Kommunevåpen for Levanger');
    await alt.fill('Levanger kommunes våpen');
    await alt.press('Tab');
    await expect.poll(async () => (await load()).assets.find((a) => a.id === sha256(LOGO))?.alt).toBe('Levanger kommunes våpen');
    const bytes = await callOk(env.origin, env.token, 'asset.get', { id: sha256(LOGO) });
    expect(sha256(Buffer.from(bytes.dataBase64, 'base64'))).toBe(sha256(LOGO));
    const img = page.getByTestId('profile-logo');
    await img.waitFor();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(32);
  });

  it('stores a font chosen from the list, and a typed one', async () => {
    const font = page.getByRole('combobox', { name: 'Skrift' });
    await font.click();
    await page.getByRole('option', { name: 'Georgia' }).click();
    await expect.poll(async () => (await load()).plan.profileFont).toBe('Georgia');
    await font.fill('Source Serif 4');
    await font.press('Tab');
    await expect.poll(async () => (await load()).plan.profileFont).toBe('Source Serif 4');
  });

  it('saves the profile as the default, and «Bruk standardprofilen» brings it back after the colour changed', async () => {
    await page.getByRole('button', { name: 'Lagre som standardprofil' }).click();
    await page.getByTestId('profile-status').getByText('Profilen er lagret som standard').waitFor();
    expect(await callOk(env.origin, env.token, 'profile.getDefault', {})).toMatchObject({ color: '#004b87', font: 'Source Serif 4', logo: { alt: 'Levanger kommunes våpen' } });
    await colorField().fill('#2b5d34');
    await expect.poll(async () => (await load()).plan.profileColor).toBe('#2b5d34');
    await page.getByRole('button', { name: 'Bruk standardprofilen' }).click();
    await expect.poll(async () => (await load()).plan.profileColor).toBe('#004b87');
    await expect.poll(() => colorField().inputValue()).toBe('#004b87');
  });

  it('has no axe violations and every profile control is reached with Tab', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const reached = new Set<string>();
    await colorField().focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.getAttribute('aria-label') || '');
      if (name === 'Bytt logo …') break;
    }
    for (let i = 0; i < 30; i++) {
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      });
      reached.add(label);
      await page.keyboard.press('Tab');
    }
    for (const name of ['Bytt logo …', 'Fjern logo', 'Velg hovedfarge', 'Lagre som standardprofil', 'Bruk standardprofilen', 'Eksporter profil …', 'Importer profil …']) {
      expect([...reached].some((r) => r.startsWith(name)), name).toBe(true);
    }
    expect(watch.pageErrors).toEqual([]);
  });
});
