// An input's attached file in Chromium against the real services: attach a PDF with the file input, see it in the editor
// and the merknadsbehandling, reload, download it and get the same bytes, refuse a file over 25 MB with a reason,
// remove it; axe finds nothing with the attachment shown.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HearingInput } from '../../shared/domain/plan';
import { callOk } from './api';
import { startBrowserAt, type Watch } from './browser';
import { axeViolations } from './axe';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
let input: HearingInput;
const FILE_NAME = 'Brev fra Ungdomsrådet.pdf';
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1'),
  Buffer.from(Uint8Array.from({ length: 1200 }, (_, i) => (i * 13) % 256)),
]);
const PDF_SHA = createHash('sha256').update(PDF).digest('hex');

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const editor = () => page.getByTestId('input-editor');
const inputNow = async () => (await load()).inputs.find((i) => i.id === input.id)!;

async function openInput(): Promise<void> {
  await page.getByRole('button', { name: input.sender, exact: true }).click();
  await editor().waitFor();
}

beforeAll(async () => {
  await openFreshPlan('sample', 'Vedlegg');
  const plan = await load();
  input = plan.inputs.find((i) => i.sender.trim() !== '' && plan.inputs.filter((o) => o.sender === i.sender).length === 1)!;
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/horing'));
});

afterAll(async () => {
  await browser?.close();
});

describe('attached file of a hearing input', () => {
  it('attaches a PDF with the file input: stored in the plan file, named in the editor and the merknadsbehandling', async () => {
    await openInput();
    await editor().getByLabel('Legg ved fil').setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => editor().getByTestId('attachment-name').textContent()).toBe(`Vedlagt fil: ${FILE_NAME} (1,3 kB)`);
    expect(await page.getByTestId('hearing-status').textContent()).toBe(`Filen «${FILE_NAME}» er lagt ved innspillet.`);
    await expect.poll(async () => (await inputNow()).attachmentAssetId).toBe(PDF_SHA);
    const asset = (await load()).assets.find((a) => a.id === PDF_SHA)!;
    expect(asset).toMatchObject({ name: FILE_NAME, mime: 'application/pdf', byteLength: PDF.length });
    expect(asset).not.toHaveProperty('dataBase64');
    const fetched = await callOk(env.origin, env.token, 'asset.get', { id: PDF_SHA });
    expect(Buffer.from(fetched.dataBase64, 'base64').equals(PDF)).toBe(true);
    const row = page.getByTestId('merknads-table').locator('tbody tr', { hasText: input.sender });
    expect(await row.getByTestId('merknads-attachment').textContent()).toBe(`Vedlegg: ${FILE_NAME}`);
  });

  it('after a reload shows the file and downloads the same bytes from the plan', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    await openInput();
    expect(await editor().getByTestId('attachment-name').textContent()).toBe(`Vedlagt fil: ${FILE_NAME} (1,3 kB)`);
    const [download] = await Promise.all([page.waitForEvent('download'), editor().getByRole('button', { name: `Last ned ${FILE_NAME}` }).click()]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const path = await download.path();
    expect(readFileSync(path).equals(PDF)).toBe(true);
  });

  it('has no axe violations with the attachment shown', async () => {
    await editor().getByTestId('attachment-name').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a file over 25 MB with the reason and keeps the attached one', async () => {
    // Made in the page: the size is checked before reading, and 26 MB through the DevTools protocol would take seconds.
    await editor()
      .getByLabel('Legg ved fil')
      .evaluate((el: HTMLInputElement) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(26 * 1024 * 1024)], 'Stor skanning.pdf', { type: 'application/pdf' }));
        el.files = transfer.files;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    await expect
      .poll(() => editor().getByText('over grensen på 25 MB').textContent())
      .toBe('Filen «Stor skanning.pdf» er 26 MB, over grensen på 25 MB. Legg ved en mindre fil, for eksempel en komprimert PDF.');
    expect(await editor().getByLabel('Legg ved fil').getAttribute('aria-invalid')).toBe('true');
    expect((await inputNow()).attachmentAssetId).toBe(PDF_SHA);
  });

  it('removes the attachment: the input is cleared and the asset tombstoned; Ctrl+Z brings it back', async () => {
    await editor().getByRole('button', { name: 'Fjern vedlegg' }).click();
    await expect.poll(async () => (await inputNow()).attachmentAssetId).toBeNull();
    expect((await load()).assets.some((a) => a.id === PDF_SHA)).toBe(false);
    expect(await editor().getByTestId('attachment-name').count()).toBe(0);
    expect(await page.getByTestId('hearing-status').textContent()).toBe('Vedlegget er fjernet. Angre med Ctrl+Z.');
    expect(await page.getByTestId('merknads-attachment').count()).toBe(0);
    await page.locator('main h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await inputNow()).attachmentAssetId).toBe(PDF_SHA);
    await expect.poll(() => editor().getByTestId('attachment-name').count()).toBe(1);
  });

  it('ran without page errors, dialogs or CSP violations', async () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
