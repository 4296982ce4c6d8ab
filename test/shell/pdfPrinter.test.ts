// The app's PDF printer against a stand-in Electron whose printToPDF prints the loaded file with a real Chromium
// (playwright-core), so the export service's two passes, tags and footer are checked on a real PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { PdfPrinter } from '../../electron/services/export/pdfPrinter';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const log: string[] = [];
  type PrintOptions = { margins: unknown; generateTaggedPDF: boolean };
  const state: { printer: ((html: string, options: PrintOptions) => Promise<Uint8Array>) | null } = { printer: null };
  const requestFilter: { listener: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null } = { listener: null };
  class WebContents {
    handlers = new Map<string, Handler>();
    openHandler: Handler | null = null;
    url = '';
    on(event: string, handler: Handler) {
      this.handlers.set(event, handler);
      return this;
    }
    setWindowOpenHandler(handler: Handler) {
      this.openHandler = handler;
    }
    /** Style sheets added with insertCSS, by key; a new document starts without any, as in Chromium. */
    styles = new Map<string, string>();
    loadURL = vi.fn(async (url: string) => {
      log.push(`load ${url}`);
      this.url = url;
      this.styles.clear();
    });
    insertCSS = vi.fn(async (css: string) => {
      const key = `key-${this.styles.size + 1}-${Math.random()}`;
      this.styles.set(key, css);
      return key;
    });
    removeInsertedCSS = vi.fn(async (key: string) => void this.styles.delete(key));
    printToPDF = vi.fn(async (options: PrintOptions) => {
      log.push('print start');
      const sheets = [...this.styles.values()].map((css) => `<style>${css}</style>`).join('');
      const html = readFileSync(new URL(this.url), 'utf8').replace('</head>', `${sheets}</head>`);
      const pdf = state.printer ? await state.printer(html, options) : new TextEncoder().encode('%PDF-1.4 stand-in');
      log.push('print end');
      return Buffer.from(pdf);
    });
  }
  const windows: BrowserWindow[] = [];
  class BrowserWindow {
    webContents = new WebContents();
    destroyed = false;
    constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    isDestroyed = () => this.destroyed;
    destroy = vi.fn(() => void (this.destroyed = true));
  }
  const printSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn((_filter: unknown, listener: typeof requestFilter.listener) => void (requestFilter.listener = listener)) },
  };
  return { log, state, windows, requestFilter, printSession, electron: { BrowserWindow, session: { fromPartition: vi.fn(() => printSession) } } };
});
vi.mock('electron', () => fake.electron);

const { createElectronPdfPrinter, PRINT_PARTITION } = await import('../../electron/shell/pdfPrinter');
const { exportPlan } = await import('../../electron/services/export/exportPlan');
const { createPlaywrightPrinter, launchPdfBrowser } = await import('../../electron/services/export/pdfBrowser');
const { PAGE_MARGINS_MM } = await import('../../electron/services/export/pdfPrinter');
const { fixturePlan } = await import('../document/fixtures');

/** Loads one document and prints it once. */
const printOnce = (printer: PdfPrinter, html: string, opts: { margins: typeof PAGE_MARGINS_MM; draft?: boolean }, signal?: AbortSignal) =>
  printer.withDocument(html, (doc) => doc.print(opts), signal);

const tempRoot = mkdtempSync(join(tmpdir(), 'planverk-shell-pdf-'));
const margins = PAGE_MARGINS_MM;
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let browser: Browser;

beforeAll(async () => {
  browser = await launchPdfBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tempRoot, { recursive: true, force: true });
});
beforeEach(() => {
  fake.windows.length = 0;
  fake.log.length = 0;
  fake.state.printer = null;
});

describe('Electron PDF printer', () => {
  it('prints in a hidden, sandboxed window without script, preload or Node, in a session of its own', async () => {
    const printer = createElectronPdfPrinter({ tempRoot });
    await printOnce(printer, '<!DOCTYPE html><title>x</title><p>x</p>', { margins });
    expect(fake.windows).toHaveLength(1);
    const { options } = fake.windows[0]!;
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      partition: PRINT_PARTITION,
      contextIsolation: true,
      sandbox: true,
      javascript: false,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(options.webPreferences.preload).toBeUndefined();
    expect(fake.electron.session.fromPartition).toHaveBeenCalledWith(PRINT_PARTITION);
    expect(fake.printSession.setPermissionRequestHandler).toHaveBeenCalled();
    printer.close();
  });

  it('denies navigation, new windows and every request but the document being printed', async () => {
    const printer = createElectronPdfPrinter({ tempRoot });
    let duringLoad: { ownFile: boolean; other: boolean } | null = null;
    const decide = (url: string) => {
      let cancel = false;
      fake.requestFilter.listener!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    fake.state.printer = async () => {
      const own = fake.windows[0]!.webContents.url;
      duringLoad = { ownFile: decide(own), other: decide('file:///etc/passwd') || decide('https://example.org/x.png') ? true : false };
      return new TextEncoder().encode('%PDF');
    };
    await printOnce(printer, '<p>x</p>', { margins });
    expect(duringLoad).toEqual({ ownFile: false, other: true });
    expect(decide(fake.windows[0]!.webContents.url)).toBe(true); // after the print, not even its own file
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    const contents = fake.windows[0]!.webContents;
    const event = { preventDefault: vi.fn() };
    contents.handlers.get('will-navigate')!(event, 'https://example.org');
    contents.handlers.get('will-redirect')!(event, 'https://example.org');
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
    expect(contents.openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    printer.close();
  });

  it('asks printToPDF for A4, tagged, with an outline, backgrounds and the margins in inches, without header/footer templates', async () => {
    const printer = createElectronPdfPrinter({ tempRoot });
    await printOnce(printer, '<p>x</p>', { margins });
    const options = fake.windows[0]!.webContents.printToPDF.mock.calls[0]![0];
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: false, preferCSSPageSize: true });
    expect(options.margins).toEqual({ top: 25 / 25.4, right: 25 / 25.4, bottom: 22 / 25.4, left: 25 / 25.4 });
    // The layout pass is only read for its page numbers: no tags or outline to build.
    await printOnce(printer, '<p>x</p>', { margins, draft: true });
    expect(fake.windows[0]!.webContents.printToPDF.mock.calls[1]![0]).toMatchObject({ generateTaggedPDF: false, generateDocumentOutline: false, pageSize: 'A4' });
    printer.close();
  });

  it('reuses one window for every print, one at a time, removes each temp file, and closes the window on close()', async () => {
    const printer = createElectronPdfPrinter({ tempRoot });
    await Promise.all([printOnce(printer, '<p>1</p>', { margins }), printOnce(printer, '<p>2</p>', { margins })]);
    expect(fake.windows).toHaveLength(1);
    expect(fake.log.map((l) => l.split(' ')[0] + (l.endsWith('start') ? ' start' : l.endsWith('end') ? ' end' : ''))).toEqual([
      'load',
      'print start',
      'print end',
      'load',
      'print start',
      'print end',
    ]);
    const files = fake.windows[0]!.webContents.loadURL.mock.calls.map((c) => fileURLToPath(c[0]));
    expect(new Set(files).size).toBe(2);
    for (const file of files) expect(existsSync(file)).toBe(false);
    printer.close();
    expect(fake.windows[0]!.destroy).toHaveBeenCalledTimes(1);
    expect(existsSync(join(files[0]!, '..'))).toBe(false);
    // A print after close starts a new hidden window.
    await printOnce(printer, '<p>3</p>', { margins });
    expect(fake.windows).toHaveLength(2);
    printer.close();
  });

  it('adds and removes style sheets with insertCSS, not the page script, and leaves none for the next document', async () => {
    const printer = createElectronPdfPrinter({ tempRoot });
    const seen: string[][] = [];
    fake.state.printer = async () => {
      seen.push([...fake.windows[0]!.webContents.styles.values()]);
      return new TextEncoder().encode('%PDF');
    };
    await printer.withDocument('<p>x</p>', async (doc) => {
      const a = await doc.addStyle('p{color:red}');
      await doc.addStyle('p{margin:0}');
      await doc.print({ margins });
      await doc.removeStyle(a);
      await doc.print({ margins });
    });
    expect(seen).toEqual([['p{color:red}', 'p{margin:0}'], ['p{margin:0}']]);
    const contents = fake.windows[0]!.webContents;
    expect(contents.insertCSS).toHaveBeenCalledTimes(2);
    // The sheet still in place when the document was done is removed with it.
    expect(contents.removeInsertedCSS).toHaveBeenCalledTimes(2);
    expect(contents.styles.size).toBe(0);
    printer.close();
  });

  it('refuses a cancelled export without opening a window', async () => {
    const printer = createElectronPdfPrinter({ tempRoot });
    const controller = new AbortController();
    controller.abort();
    await expect(printOnce(printer, '<p>x</p>', { margins }, controller.signal)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fake.windows).toHaveLength(0);
  });

  it('exports the plan through it: tagged, Innhold numbered in two passes, footer off the cover', async () => {
    const real = createPlaywrightPrinter(browser);
    fake.state.printer = (html, options) => printOnce(real, html, { margins, draft: !options.generateTaggedPDF });
    const printer = createElectronPdfPrinter({ tempRoot });
    const out = join(tempRoot, 'plan.pdf');
    await exportPlan(fixturePlan(), { format: 'pdf', out, part: 'plan', watermark: 'none', printer });
    printer.close();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.webContents.loadURL).toHaveBeenCalledTimes(1);
    expect(fake.windows[0]!.webContents.printToPDF).toHaveBeenCalledTimes(2);
    expect(run('pdfinfo', [out])).toMatch(/^Tagged:\s+yes$/m);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [out]))?.[1]);
    expect(run('pdftotext', ['-f', '1', '-l', '1', out, '-'])).not.toMatch(/Side \d+ av/);
    expect(run('pdftotext', ['-f', '2', '-l', '2', out, '-'])).toContain(`Side 2 av ${pages}`);
    // The TOC line for chapter 1 ends with a page number (pass 2 filled it in).
    expect(run('pdftotext', ['-layout', out, '-'])).toMatch(/^\s*1\s+Innledning[ .]+\d+\s*$/m);
  });
});
