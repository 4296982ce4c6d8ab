// What PDF export needs from a Chromium, whichever one prints: the app's own (webContents.printToPDF, electron/shell)
// or an installed one through playwright-core (CLI, tests). The document, its page furniture and the two passes that
// number Innhold are decided here, so both printers get the same HTML, the same style sheets and the same options.
import { PlanverkError } from '../../../shared/api/errors';
import { cssString } from '../../../shared/document/html/cssString';
import { renderHtml, tocPageNumbersCss } from '../../../shared/document/html/htmlRenderer';
import type { DocMeta, DocModel } from '../../../shared/document/model';
import { readDestinationPages } from './pdfDests';

/** Page margins in millimetres; the same as the document's @page rule, whose bottom margin holds the footer. */
export type PageMarginsMm = { top: number; right: number; bottom: number; left: number };
export const PAGE_MARGINS_MM: PageMarginsMm = { top: 25, right: 25, bottom: 22, left: 25 };

export type PdfPrintOptions = {
  margins: PageMarginsMm;
  /** A layout pass whose PDF is only read for its page numbers: no structure tree and no outline, which are slow. */
  draft?: boolean;
};

/** A document loaded in a printer's page. Style sheets can be added and removed between prints; nothing else changes. */
export interface LoadedDocument {
  /** Adds a style sheet to the document and returns a key that removes it again. */
  addStyle(css: string): Promise<string>;
  removeStyle(key: string): Promise<void>;
  /**
   * Prints to PDF: A4, backgrounds, tagged (structure tree) with an outline from the headings unless a draft, CSS page
   * size preferred, and without Chromium's header/footer templates: the document draws its own page furniture in
   * @page margin boxes (see pageFurnitureCss).
   */
  print(opts: PdfPrintOptions): Promise<Uint8Array>;
}

/**
 * What prints the PDF: the app's own Chromium (webContents.printToPDF, electron/shell) or an installed one through
 * playwright-core (CLI, tests). `withDocument` loads one HTML document (no script, no remote loads) once, lets `use`
 * print it as often as it needs, and unloads it afterwards, also when `use` fails or `signal` aborts.
 */
export interface PdfPrinter {
  withDocument<T>(html: string, use: (doc: LoadedDocument) => Promise<T>, signal?: AbortSignal): Promise<T>;
}

const FURNITURE_FONT = 'font-family:Carlito,Calibri,Arial,sans-serif;font-size:8pt;color:#333';

/**
 * Footer "title · version   Side X av Y" and a top-line watermark as @page margin boxes. Margin boxes are page
 * furniture outside the structure tree (not read as text by assistive technology), and unlike Chromium's
 * footerTemplate they can be left off the cover: @page :first empties them there. The watermark stays on the cover.
 * (A diagonal watermark is in the document's own print CSS: see printCss.ts.)
 */
export function pageFurnitureCss(meta: DocMeta): string {
  const watermark =
    meta.watermark?.placement === 'top'
      ? `@top-center{content:${cssString(meta.watermark.text)};${FURNITURE_FONT};font-size:9pt;font-weight:700;letter-spacing:2pt;color:#5a5a5a}`
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
 * Added to the layout pass: everything but the headings is left unpainted. `visibility` does not change layout, so
 * every heading lands on the page it will have in the final print, while Chromium skips drawing the text, tables and
 * images (a third of a full print's time on the reference plan). Named destinations are written either way.
 */
export const LAYOUT_PASS_CSS = 'body *{visibility:hidden!important}h1,h2,h3,h1 *,h2 *,h3 *{visibility:visible!important}';

/**
 * Prints the document to PDF with the given printer. With a table of contents the document is loaded once and printed
 * twice: first a draft with the page-number slots of Innhold empty and only the headings painted, which tells on which
 * page each heading lands (its named destination); then, with the numbers added as a style sheet, the real print. The
 * slots have a fixed width, so nothing moves between the passes.
 */
export async function printDocument(printer: PdfPrinter, model: DocModel, signal?: AbortSignal, onPhase?: (phase: PrintPhase) => void): Promise<Uint8Array> {
  const opts: PdfPrintOptions = { margins: PAGE_MARGINS_MM };
  const hasToc = model.blocks.some((b) => b.kind === 'toc' && b.entries.length > 0);
  const html = withPageFurniture(renderHtml(model, { pagedToc: hasToc }), model.meta);
  const checkCancelled = () => {
    if (signal?.aborted) throw new PlanverkError('CANCELLED');
  };
  checkCancelled();
  try {
    const pdf = await printer.withDocument(
      html,
      async (doc) => {
        if (hasToc) {
          onPhase?.('layout');
          const layout = await doc.addStyle(LAYOUT_PASS_CSS);
          const pages = readDestinationPages(await doc.print({ ...opts, draft: true }));
          checkCancelled();
          await doc.removeStyle(layout);
          // Without destinations (an unfamiliar PDF writer) the TOC keeps its links, without numbers.
          if (pages.size) await doc.addStyle(tocPageNumbersCss(pages));
        }
        onPhase?.('print');
        return doc.print(opts);
      },
      signal,
    );
    checkCancelled();
    return pdf;
  } catch (err) {
    checkCancelled();
    throw err;
  }
}
