// What PDF export needs from a Chromium, whichever one prints: the app's own (webContents.printToPDF, electron/shell)
// or an installed one through playwright-core (CLI, tests). The document and its page furniture are decided here,
// so both printers get the same HTML and the same page options, and the two-pass Innhold numbering works with either.
import { PlanverkError } from '../../../shared/api/errors';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import type { DocMeta, DocModel } from '../../../shared/document/model';
import { readDestinationPages } from './pdfDests';

/** Page margins in millimetres; the same as the document's @page rule, whose bottom margin holds the footer. */
export type PageMarginsMm = { top: number; right: number; bottom: number; left: number };
export const PAGE_MARGINS_MM: PageMarginsMm = { top: 25, right: 25, bottom: 22, left: 25 };

export type PdfPrintOptions = {
  margins: PageMarginsMm;
  /** Aborting stops waiting for the print; the printer may still finish it in the background. */
  signal?: AbortSignal;
};

/**
 * Prints one HTML document (no script, no remote loads) to PDF: A4, backgrounds, tagged (structure tree), with an
 * outline from the headings, CSS page size preferred, and without Chromium's header/footer templates: the document
 * draws its own page furniture in @page margin boxes (see pageFurnitureCss).
 */
export interface PdfPrinter {
  print(html: string, opts: PdfPrintOptions): Promise<Uint8Array>;
}

/** CSS string literal: quotes and backslashes escaped, line breaks as spaces, '<' escaped so no text ends the <style>. */
const cssString = (s: string): string =>
  `"${s.replace(/[\p{Cc}"\\<]/gu, (c) => (c === '"' || c === '\\' ? `\\${c}` : c === '<' ? '\\3c ' : ' '))}"`;

const FURNITURE_FONT = 'font-family:Carlito,Calibri,Arial,sans-serif;font-size:8pt;color:#333';

/**
 * Footer "title · version   Side X av Y" and the watermark line as @page margin boxes. Margin boxes are page
 * furniture outside the structure tree (not read as text by assistive technology), and unlike Chromium's
 * footerTemplate they can be left off the cover: @page :first empties them there. The watermark stays on the cover.
 */
export function pageFurnitureCss(meta: DocMeta): string {
  const watermark = meta.watermark
    ? `@top-center{content:${cssString(meta.watermark)};${FURNITURE_FONT};font-size:9pt;font-weight:700;letter-spacing:2pt;color:#5a5a5a}`
    : '';
  return (
    `@page{${watermark}` +
    `@bottom-left{content:${cssString(meta.footerText)};${FURNITURE_FONT}}` +
    `@bottom-right{content:${cssString(`${meta.pageWord} `)} counter(page) ${cssString(` ${meta.ofWord} `)} counter(pages);${FURNITURE_FONT}}}` +
    `@page:first{@bottom-left{content:none}@bottom-right{content:none}}`
  );
}

/** The export HTML with the page furniture added (the in-app preview shows the HTML without it: screens have no pages). */
export function withPageFurniture(html: string, meta: DocMeta): string {
  const at = html.indexOf('</head>');
  const style = `<style>${pageFurnitureCss(meta)}</style>`;
  return at < 0 ? `${style}${html}` : `${html.slice(0, at)}${style}${html.slice(at)}`;
}

export type PrintPhase = 'layout' | 'print';

/**
 * Prints the document to PDF with the given printer in two passes: the first, with the page-number slots of Innhold
 * reserved, tells on which page each heading lands (its named destination); the second fills those numbers in. The
 * slots have a fixed width, so nothing moves.
 */
export async function printDocument(printer: PdfPrinter, model: DocModel, signal?: AbortSignal, onPhase?: (phase: PrintPhase) => void): Promise<Uint8Array> {
  const opts: PdfPrintOptions = { margins: PAGE_MARGINS_MM, ...(signal ? { signal } : {}) };
  const print = async (tocPages?: Map<string, number>): Promise<Uint8Array> => {
    if (signal?.aborted) throw new PlanverkError('CANCELLED');
    try {
      const pdf = await printer.print(withPageFurniture(renderHtml(model, tocPages ? { tocPages } : {}), model.meta), opts);
      if (signal?.aborted) throw new PlanverkError('CANCELLED');
      return pdf;
    } catch (err) {
      if (signal?.aborted) throw new PlanverkError('CANCELLED');
      throw err;
    }
  };
  const hasToc = model.blocks.some((b) => b.kind === 'toc' && b.entries.length > 0);
  onPhase?.('layout');
  const first = await print(hasToc ? new Map() : undefined);
  const pages = hasToc ? readDestinationPages(first) : new Map<string, number>();
  // Without destinations (an unfamiliar PDF writer) the first pass stands: the TOC keeps its links, without numbers.
  if (pages.size === 0) return first;
  onPhase?.('print');
  return print(pages);
}
