// PDF export in the desktop app: Electron's own Chromium prints the export HTML (webContents.printToPDF) in one hidden,
// sandboxed window that is kept warm across exports and closed on quit. No installed browser is needed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type PrintToPDFOptions, type WebContents } from 'electron';
import { PlanverkError } from '../../shared/api/errors';
import type { LoadedDocument, PdfPrinter, PdfPrintOptions } from '../services/export/pdfPrinter';
import { denyAllPermissions } from './security';

/** An in-memory session of its own (no "persist:"): nothing the print window loads shares cache or storage with the app. */
export const PRINT_PARTITION = 'planverk-pdf';

const INCH_MM = 25.4;

/** The same page as the playwright-core printer: A4, tagged, outline (not in a draft); the footer is in the document's @page margin boxes. */
export function printToPdfOptions(opts: PdfPrintOptions): PrintToPDFOptions {
  const inches = (mm: number) => mm / INCH_MM;
  return {
    pageSize: 'A4',
    printBackground: true,
    generateTaggedPDF: !opts.draft,
    generateDocumentOutline: !opts.draft,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    margins: { top: inches(opts.margins.top), right: inches(opts.margins.right), bottom: inches(opts.margins.bottom), left: inches(opts.margins.left) },
  };
}

export type ElectronPdfPrinter = PdfPrinter & { close(): void };

/**
 * The loaded page as a LoadedDocument: insertCSS adds style sheets from outside the page, so its script can stay off.
 * `added` collects the keys, so the sheets a print left can be removed before the window's next document.
 */
function electronDocument(contents: WebContents, added: Set<string>): LoadedDocument {
  return {
    async addStyle(css) {
      const key = await contents.insertCSS(css);
      added.add(key);
      return key;
    },
    async removeStyle(key) {
      added.delete(key);
      await contents.removeInsertedCSS(key);
    },
    async print(opts) {
      const pdf = await contents.printToPDF(printToPdfOptions(opts));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
  };
}

/**
 * The app's printer. Loads one document at a time (a second export waits for the first) in the same hidden window;
 * each document is written to a temp file, the only URL the print window's session lets through, and removed after.
 */
export function createElectronPdfPrinter(options: { tempRoot: string }): ElectronPdfPrinter {
  let window: BrowserWindow | null = null;
  let folder: string | null = null;
  let allowedUrl: string | null = null;
  let count = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const prepareSession = () => {
    const printSession = session.fromPartition(PRINT_PARTITION);
    denyAllPermissions(printSession);
    printSession.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) =>
      callback({ cancel: details.url !== allowedUrl && !details.url.startsWith('data:') }),
    );
  };

  const printWindow = (): BrowserWindow => {
    if (window && !window.isDestroyed()) return window;
    if (!window) prepareSession();
    const created = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      title: 'Planverk PDF',
      // Written out here (not in a constant) so the audit (electronegativity) sees it. The export HTML has no script
      // and loads nothing but its own file and data: images.
      webPreferences: {
        partition: PRINT_PARTITION,
        contextIsolation: true,
        sandbox: true,
        javascript: false,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        devTools: false,
      },
    });
    // Nothing in the document may take the window elsewhere or open another.
    created.webContents.on('will-navigate', (event) => event.preventDefault());
    created.webContents.on('will-redirect', (event) => event.preventDefault());
    created.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window = created;
    return created;
  };

  const loadOne = async <T>(html: string, use: (doc: LoadedDocument) => Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (signal?.aborted) throw new PlanverkError('CANCELLED');
    if (!folder) {
      mkdirSync(options.tempRoot, { recursive: true });
      folder = mkdtempSync(join(options.tempRoot, 'planverk-pdf-'));
    }
    const file = join(folder, `dokument-${++count}.html`);
    await writeFile(file, html, 'utf8');
    const target = printWindow();
    allowedUrl = pathToFileURL(file).href;
    const added = new Set<string>();
    try {
      await target.webContents.loadURL(allowedUrl);
      if (signal?.aborted) throw new PlanverkError('CANCELLED');
      return await use(electronDocument(target.webContents, added));
    } finally {
      allowedUrl = null;
      await Promise.all([...added].map((key) => target.webContents.removeInsertedCSS(key).catch(() => undefined)));
      await rm(file, { force: true });
    }
  };

  return {
    withDocument(html, use, signal) {
      const job = queue.then(() => loadOne(html, use, signal));
      queue = job.catch(() => undefined);
      return job;
    },
    close() {
      if (window && !window.isDestroyed()) window.destroy();
      window = null;
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}
