// DocModel → tagged PDF with Debian's Chromium through playwright-core: A4, outline (bookmarks) from the headings,
// Innhold with page numbers, footer "title · version   Side X av Y". One browser can be kept warm and reused, as the app would.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PlanverkError } from '../../../shared/api/errors';
import { escapeHtml, renderHtml } from '../../../shared/document/html/htmlRenderer';
import type { DocMeta, DocModel } from '../../../shared/document/model';
import { readDestinationPages } from './pdfDests';

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

/** The watermark as a top line on every page ("HØRINGSUTKAST"): page furniture, outside the document's reading order. */
function headerTemplate(meta: DocMeta): string {
  if (!meta.watermark) return '<span></span>';
  return `<div style="font-family:Carlito,Calibri,Arial,sans-serif;font-size:9pt;font-weight:700;letter-spacing:2pt;color:#5a5a5a;width:100%;text-align:center">${escapeHtml(meta.watermark)}</div>`;
}

function footerTemplate(meta: DocMeta): string {
  // Chromium draws header/footer templates without the page's CSS: everything is inline, at a size it will not shrink.
  return (
    `<div style="font-family:Carlito,Calibri,Arial,sans-serif;font-size:8pt;color:#333;width:100%;margin:0 25mm;display:flex;justify-content:space-between">` +
    `<span>${escapeHtml(meta.footerText)}</span>` +
    `<span>${escapeHtml(meta.pageWord)} <span class="pageNumber"></span> ${escapeHtml(meta.ofWord)} <span class="totalPages"></span></span></div>`
  );
}

export type PrintPhase = 'layout' | 'print';

/**
 * Prints the document to PDF in a fresh page of the given browser; the page is closed whatever happens.
 * Two passes: the first, with the page-number slots of Innhold reserved, tells on which page each heading lands
 * (its named destination); the second fills those numbers in. The slots have a fixed width, so nothing moves.
 */
export async function printPdf(browser: Browser, model: DocModel, signal?: AbortSignal, onPhase?: (phase: PrintPhase) => void): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    const onAbort = () => void context.close().catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await page.emulateMedia({ media: 'print' });
      const hasToc = model.blocks.some((b) => b.kind === 'toc' && b.entries.length > 0);
      onPhase?.('layout');
      const first = await printOnce(page, renderHtml(model, hasToc ? { tocPages: new Map() } : {}), model.meta);
      if (signal?.aborted) throw new PlanverkError('CANCELLED');
      const pages = hasToc ? readDestinationPages(first) : new Map<string, number>();
      // Without destinations (an unfamiliar PDF writer) the first pass stands: the TOC keeps its links, without numbers.
      if (pages.size === 0) return first;
      onPhase?.('print');
      const second = await printOnce(page, renderHtml(model, { tocPages: pages }), model.meta);
      if (signal?.aborted) throw new PlanverkError('CANCELLED');
      return second;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  } catch (err) {
    if (signal?.aborted) throw new PlanverkError('CANCELLED');
    throw err;
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function printOnce(page: Page, html: string, meta: DocMeta): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(meta),
    footerTemplate: footerTemplate(meta),
    margin: { top: '25mm', bottom: '22mm', left: '25mm', right: '25mm' },
    preferCSSPageSize: true,
  });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
