// The watermark's placement on the Eksport page: chosen with the watermark, off when there is none, and carried into
// the preview and into the exported file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBrowserAt } from './browser';
import { openFreshPlan, testFolder } from './fixtures';
import { exportTo } from './exportPage';

const env = inject('e2e');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await openFreshPlan('sample');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/eksport'));
});
afterAll(async () => {
  await browser?.close();
});

const placement = (name: 'Diagonalt over hver side' | 'Som linje øverst på hver side') => page.getByRole('radio', { name });
/** Asks for a preview and waits until it shows `pattern`: the frame keeps the previous preview until the new one arrives. */
const previewShows = async (pattern: RegExp): Promise<void> => {
  await page.getByRole('button', { name: /forhåndsvisning/i }).click();
  const frame = page.getByTestId('export-preview');
  await frame.waitFor();
  await expect.poll(async () => (await frame.getAttribute('srcdoc')) ?? '').toMatch(pattern);
};

describe('Watermark placement on the Eksport page', () => {
  it('can only be chosen when there is a watermark', async () => {
    await page.getByRole('radio', { name: 'Ingen', exact: true }).check();
    await expect.poll(() => placement('Diagonalt over hver side').isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'HØRINGSUTKAST', exact: true }).check();
    await expect.poll(() => placement('Diagonalt over hver side').isDisabled()).toBe(false);
    expect(await placement('Diagonalt over hver side').isChecked()).toBe(true);
  });

  it('shows the chosen placement in the preview', async () => {
    await placement('Som linje øverst på hver side').check();
    await previewShows(/body::before\{content:"HØRINGSUTKAST";display:block/);
    await placement('Diagonalt over hver side').check();
    await previewShows(/body::before\{content:"HØRINGSUTKAST";position:fixed;[^}]*rotate\(-45deg\)/);
  });

  it('writes a Word file whose watermark is a line at the top when that is chosen', async () => {
    await placement('Som linje øverst på hver side').check();
    await page.getByRole('radio', { name: 'Word (.docx)' }).check();
    const out = join(testFolder(), 'vannmerke-linje.docx');
    await exportTo(page, out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(headers.join('')).toMatch(/<w:t[^>]*>HØRINGSUTKAST<\/w:t>/);
    expect(headers.join('')).not.toContain('v:textpath');
    await placement('Diagonalt over hver side').check();
  });
});
