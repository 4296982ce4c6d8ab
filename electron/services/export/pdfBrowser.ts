// The PDF printer of the CLI and the tests: Debian's (or another installed) Chromium through playwright-core. One
// browser can be kept warm and reused, as the app reuses its hidden window.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { PlanverkError } from '../../../shared/api/errors';
import type { DocModel } from '../../../shared/document/model';
import { printDocument, type PdfPrinter, type PdfPrintOptions, type PrintPhase } from './pdfPrinter';

export type { PrintPhase } from './pdfPrinter';

const CANDIDATES = [process.env.PLANVERK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new PlanverkError('EXPORT_FAILED', 'Fant ikke Chromium; installer chromium eller sett PLANVERK_CHROMIUM.');
  return found;
}

export async function launchPdfBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS });
}

/** A printer that also closes the browser it launched itself (a browser it was given stays open). */
export type PlaywrightPrinter = PdfPrinter & { close(): Promise<void> };

/** Prints with the given browser, or with one launched on the first print and closed by close(). */
export function createPlaywrightPrinter(browser?: Browser): PlaywrightPrinter {
  let launched: Promise<Browser> | null = null;
  const getBrowser = (): Promise<Browser> => (browser ? Promise.resolve(browser) : (launched ??= launchPdfBrowser()));
  return {
    async print(html: string, opts: PdfPrintOptions): Promise<Uint8Array> {
      // A fresh context per print: no script, offline, nothing left over from an earlier document.
      const context = await (await getBrowser()).newContext({ javaScriptEnabled: false, offline: true });
      const onAbort = () => void context.close().catch(() => undefined);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const page = await context.newPage();
        await page.emulateMedia({ media: 'print' });
        await page.setContent(html, { waitUntil: 'load' });
        const mm = (n: number) => `${n}mm`;
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          displayHeaderFooter: false,
          margin: { top: mm(opts.margins.top), right: mm(opts.margins.right), bottom: mm(opts.margins.bottom), left: mm(opts.margins.left) },
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        opts.signal?.removeEventListener('abort', onAbort);
        await context.close().catch(() => undefined);
      }
    },
    async close(): Promise<void> {
      const own = launched;
      launched = null;
      // A launch that failed has nothing to close.
      if (own) await own.then((b) => b.close(), () => undefined);
    },
  };
}

/** Prints the document to PDF in the given browser (kept for callers that hold a playwright Browser). */
export async function printPdf(browser: Browser, model: DocModel, signal?: AbortSignal, onPhase?: (phase: PrintPhase) => void): Promise<Uint8Array> {
  return printDocument(createPlaywrightPrinter(browser), model, signal, onPhase);
}
