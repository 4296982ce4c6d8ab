// The playwright-core printer keeps one page warm across documents, as the app keeps its print window: one context
// for every document, nothing carried from one document to the next, and a cancelled export leaves a printer that
// still prints (on a new page).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaywrightPrinter, launchPdfBrowser } from '../../../electron/services/export/pdfBrowser';
import { PAGE_MARGINS_MM } from '../../../electron/services/export/pdfPrinter';

const dir = mkdtempSync(join(tmpdir(), 'planverk-pdfbrowser-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchPdfBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (pdf: Uint8Array): string => {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
};
const opts = { margins: PAGE_MARGINS_MM };

describe('playwright printer', () => {
  it('prints document after document on one page, each without the style sheets of the one before', async () => {
    const printer = createPlaywrightPrinter(browser);
    const first = await printer.withDocument('<p class="a">Alfa</p><p class="b">Beta</p>', async (doc) => {
      await doc.addStyle('.b{display:none}');
      return doc.print(opts);
    });
    expect(browser.contexts()).toHaveLength(1);
    const second = await printer.withDocument('<p class="a">Gamma</p><p class="b">Delta</p>', (doc) => doc.print(opts));
    expect(browser.contexts()).toHaveLength(1);
    expect(text(first)).toContain('Alfa');
    expect(text(first)).not.toContain('Beta');
    expect(text(second)).toMatch(/Gamma\s+Delta/);
    await printer.close();
    expect(browser.contexts()).toHaveLength(0);
  });

  it('takes one document at a time, in the order asked', async () => {
    const printer = createPlaywrightPrinter(browser);
    const order: string[] = [];
    const print = (name: string) =>
      printer.withDocument(`<p>${name}</p>`, async (doc) => {
        order.push(`start ${name}`);
        const pdf = await doc.print(opts);
        order.push(`end ${name}`);
        return text(pdf);
      });
    const [a, b] = await Promise.all([print('En'), print('To')]);
    expect(order).toEqual(['start En', 'end En', 'start To', 'end To']);
    expect(a).toContain('En');
    expect(b).toContain('To');
    await printer.close();
  });

  it('closes the page when an export is cancelled, and prints the next document on a new one', async () => {
    const printer = createPlaywrightPrinter(browser);
    const controller = new AbortController();
    const cancelled = printer.withDocument(
      '<p>Avbrutt</p>',
      async (doc) => {
        controller.abort();
        return doc.print(opts);
      },
      controller.signal,
    );
    await expect(cancelled).rejects.toThrow();
    const next = await printer.withDocument('<p>Neste</p>', (doc) => doc.print(opts));
    expect(text(next)).toContain('Neste');
    expect(browser.contexts()).toHaveLength(1);
    await printer.close();
  });
});
