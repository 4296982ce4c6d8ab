// The PDF printer of the CLI and the tests: Debian's (or another installed) Chromium through playwright-core. One
// browser can be kept warm and reused, as the app reuses its hidden window.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PlanverkError } from '../../../shared/api/errors';
import type { LoadedDocument, PdfPrinter } from './pdfPrinter';

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

/** A printer that also closes its page, and the browser if it launched it (a browser it was given stays open). */
export type PlaywrightPrinter = PdfPrinter & { close(): Promise<void> };

/**
 * Prints with the given browser, or with one launched for the first document and closed by close(). Like the app's
 * hidden print window, one page (in a context of its own: no script, offline) is made for the first document and
 * kept for the next, one document at a time; each document replaces the last one whole. A cancelled export closes
 * the page, so its print stops, and the next document gets a new one.
 */
export function createPlaywrightPrinter(browser?: Browser): PlaywrightPrinter {
  let launched: Promise<Browser> | null = null;
  let ready: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const getBrowser = (): Promise<Browser> => (browser ? Promise.resolve(browser) : (launched ??= launchPdfBrowser()));
  const getPage = async (): Promise<Page> => {
    const existing = ready && (await ready.catch(() => null));
    if (existing && !existing.isClosed()) return existing;
    ready = (async () => {
      const context = await (await getBrowser()).newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      return page;
    })();
    return ready;
  };
  const closePage = async (): Promise<void> => {
    const page = ready && (await ready.catch(() => null));
    ready = null;
    await page?.context().close().catch(() => undefined);
  };

  const loadOne = async <T>(html: string, use: (doc: LoadedDocument) => Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (signal?.aborted) throw new PlanverkError('CANCELLED');
    const page = await getPage();
    const onAbort = () => void closePage();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await use(playwrightDocument(page));
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  };

  return {
    withDocument(html, use, signal) {
      const job = queue.then(() => loadOne(html, use, signal));
      queue = job.catch(() => undefined);
      return job;
    },
    async close(): Promise<void> {
      await queue;
      await closePage();
      const own = launched;
      launched = null;
      // A launch that failed has nothing to close.
      if (own) await own.then((b) => b.close(), () => undefined);
    },
  };
}

/**
 * The loaded page as a LoadedDocument. The page's own scripts are off; style sheets go in through DevTools'
 * evaluation, which still runs, as <style> elements the document's CSP allows ('unsafe-inline' styles).
 */
function playwrightDocument(page: Page): LoadedDocument {
  let count = 0;
  return {
    async addStyle(css) {
      const key = `planverk-style-${++count}`;
      await page.evaluate(([id, text]) => {
        const style = document.createElement('style');
        style.id = id;
        style.textContent = text;
        document.head.append(style);
      }, [key, css] as const);
      return key;
    },
    async removeStyle(key) {
      await page.evaluate((id) => document.getElementById(id)?.remove(), key);
    },
    async print(opts) {
      const mm = (n: number) => `${n}mm`;
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: !opts.draft,
        outline: !opts.draft,
        displayHeaderFooter: false,
        margin: { top: mm(opts.margins.top), right: mm(opts.margins.right), bottom: mm(opts.margins.bottom), left: mm(opts.margins.left) },
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
  };
}
