// The app's PDF printer against a stand-in Electron whose printToPDF prints the loaded file with a real Chromium
// (playwright-core), so the export service's two passes, tags and footer are checked on a real PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const log: string[] = [];
  const state: { printer: ((html: string, margins: unknown) => Promise<Uint8Array>) | null } = { printer: null };
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
    loadURL = vi.fn(async (url: string) => {
      log.push(`load ${url}`);
      this.url = url;
    });
    printToPDF = vi.fn(async (options: { margins: unknown }) => {
      log.push('print start');
      const html = readFileSync(new URL(this.url), 'utf8');
      const pdf = state.printer ? await state.printer(html, options.margins) : new TextEncoder().encode('%PDF-1.4 stand-in');
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
    await printer.print('<!DOCTYPE html><title>x</title><p>x</p>', { margins });
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
    await printer.print('<p>x</p>', { margins });
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
    await printer.print('<p>x</p>', { margins });
    const options = fake.windows[0]!.webContents.printToPDF.mock.calls[0]![0];
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: false, preferCSSPageSize: true });
    expect(options.margins).toEqual({ top: 25 / 25.4, right: 25 / 25.4, bottom: 22 / 25.4, left: 25 / 25.4 });
    printer.close();
  });

  it('reuses one window for every print, one at a time, removes each temp file, and closes the window on close()', async () => {
    const printer = createElectronPdfPrinter({ tempRoot });
    await Promise.all([printer.print('<p>1</p>', { margins }), printer.print('<p>2</p>', { margins })]);
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
    await printer.print('<p>3</p>', { margins });
    expect(fake.windows).toHaveLength(2);
    printer.close();
  });

  it('refuses a cancelled export without opening a window', async () => {
    const printer = createElectronPdfPrinter({ tempRoot });
    const controller = new AbortController();
    controller.abort();
    await expect(printer.print('<p>x</p>', { margins, signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fake.windows).toHaveLength(0);
  });

  it('exports the plan through it: tagged, Innhold numbered in two passes, footer off the cover', async () => {
    const real = createPlaywrightPrinter(browser);
    fake.state.printer = (html) => real.print(html, { margins });
    const printer = createElectronPdfPrinter({ tempRoot });
    const out = join(tempRoot, 'plan.pdf');
    await exportPlan(fixturePlan(), { format: 'pdf', out, part: 'plan', watermark: 'none', printer });
    printer.close();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.webContents.printToPDF).toHaveBeenCalledTimes(2);
    expect(run('pdfinfo', [out])).toMatch(/^Tagged:\s+yes$/m);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [out]))?.[1]);
    expect(run('pdftotext', ['-f', '1', '-l', '1', out, '-'])).not.toMatch(/Side \d+ av/);
    expect(run('pdftotext', ['-f', '2', '-l', '2', out, '-'])).toContain(`Side 2 av ${pages}`);
    // The TOC line for chapter 1 ends with a page number (pass 2 filled it in).
    expect(run('pdftotext', ['-layout', out, '-'])).toMatch(/^\s*1\s+Innledning[ .]+\d+\s*$/m);
  });
});
