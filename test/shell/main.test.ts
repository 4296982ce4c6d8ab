// The whole shell wired together against a stand-in Electron and the real services: first start opens the sample
// plan, files arrive by argv / second instance / open-file, the menu saves and shares through the real store.
import type { EventEmitter } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Hoisted above the imports (vi.mock needs it), so it loads its own modules.
const fake = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { mkdtempSync: mkdtemp } = await import('node:fs');
  const { tmpdir: tmp } = await import('node:os');
  const { join: joinPath } = await import('node:path');
  const home = mkdtemp(joinPath(tmp(), 'planverk-main-'));
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    getAppPath: () => process.cwd(),
    getPath: (name: string) => joinPath(home, name),
    getVersion: () => '0.1.0',
    addRecentDocument: vi.fn(),
    whenReady: () => ready,
  });
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; webContents: { send: ReturnType<typeof vi.fn> } }[] = [];
  class BrowserWindow extends Emitter {
    webContents = Object.assign(new Emitter(), {
      send: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      loadURL: vi.fn(async (_url: string) => undefined),
      printToPDF: vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.4\n%%EOF\n')),
      insertCSS: vi.fn(async (_css: string) => 'key'),
      removeInsertedCSS: vi.fn(async (_key: string) => undefined),
    });
    isDestroyed = () => false;
    destroy = vi.fn();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  return {
    home,
    resolveReady,
    windows,
    electron: {
      app,
      BrowserWindow,
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        fromPartition: vi.fn(() => ({
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
        })),
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
          availableSpellCheckerLanguages: ['nb'],
          setSpellCheckerLanguages: vi.fn(),
        },
      },
      ipcMain: { handle: vi.fn(), on: vi.fn() },
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
      shell: { openExternal: vi.fn(), openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
    },
  };
});
vi.mock('electron', () => fake.electron);

const { app, protocol, ipcMain, Menu, shell, dialog } = fake.electron;
const appFrame = { url: 'app://planverk/index.html', parent: null };
// Results are read loosely here: the contract's types are checked where the calls are made, not in this test.
type Loose = { ok: boolean; value?: Record<string, never> & { path?: string; plan?: { title: string } }; error?: { code: string } };
const invoke = (name: string, args: unknown) =>
  (ipcMain.handle.mock.calls[0]![1] as (e: unknown, n: string, a: unknown) => Promise<Loose>)({ senderFrame: appFrame }, name, args);
type SentEvent = { kind: string; emlPath?: string; copyPath: string; opened?: boolean; error?: { code: string } };
const currentPath = async () => (await invoke('file.current', {})).value?.path as string | undefined;
const lastMenu = () => Menu.setApplicationMenu.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
const fileItem = (label: string) => (lastMenu()[0]!.submenu as MenuItemConstructorOptions[]).find((i) => i.label === label)!;
const sentEvents = () => fake.windows[0]!.webContents.send.mock.calls.map((c) => c[1] as SentEvent);
const waitFor = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('waitFor timed out');
};

beforeAll(async () => {
  await import('../../electron/shell/main');
  fake.resolveReady();
  await waitFor(() => fake.windows.length === 1);
  // The page has loaded: queued events are delivered from now on.
  (fake.windows[0]!.webContents as unknown as EventEmitter).emit('did-finish-load');
});

describe('Electron main process', () => {
  it('registers app:// as privileged and enables the sandbox before the app is ready', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(fake.electron.session.defaultSession.setSpellCheckerLanguages).toHaveBeenCalledWith(['nb']);
  });

  it('creates the window with the security checklist in webPreferences and loads the app:// page', () => {
    const { options, loadURL } = fake.windows[0]!;
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(String((options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(loadURL).toHaveBeenCalledWith('app://planverk/index.html');
  });

  it('opens no plan on first start (the page shows its start screen) and writes no sample plan', async () => {
    const sample = join(fake.home, 'userData', 'Eksempelplan.planverk');
    expect(existsSync(sample)).toBe(false);
    expect(await currentPath()).toBeUndefined();
    // The start screen's «Prøv eksempelplanen»: a copy in Documents, never a built-in file saved over.
    const copy = await invoke('start.sampleCopy', {});
    expect(copy.value?.path).toBe(join(fake.home, 'documents', 'Eksempelplan.planverk'));
    // The later cases use a plan in the user data folder, as a user who saved one there would.
    expect(await invoke('file.new', { path: sample, sample: true })).toMatchObject({ ok: true });
    const plan = await invoke('plan.load', {});
    expect(plan.ok).toBe(true);
    expect(plan.value?.plan?.title.length).toBeGreaterThan(0);
  });

  it('the start screen asks the save dialog for «Ny plan» and creates the chosen kind there', async () => {
    const target = join(fake.home, 'Planprogram.planverk');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await invoke('start.newPlan', { kind: 'planprogram', malform: 'nn' })).toMatchObject({ ok: true, value: { path: target } });
    const plan = (await invoke('plan.load', {})) as unknown as { value: { plan: { planType: string; malform: string } } };
    expect(plan.value.plan).toMatchObject({ planType: 'planprogram', malform: 'nn' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await invoke('start.newPlan', { kind: 'planprogram', malform: 'nb' })).toMatchObject({ ok: true, value: null });
    expect(await invoke('file.open', { path: join(fake.home, 'userData', 'Eksempelplan.planverk') })).toMatchObject({ ok: true });
  });

  it('shows the Norwegian menu', () => {
    expect(lastMenu().map((m) => m.label?.replace('&', ''))).toEqual(expect.arrayContaining(['Fil', 'Rediger', 'Vis', 'Hjelp']));
  });

  it('rebuilds the menu in the UI language the renderer reports (app.uiLanguage), and back', async () => {
    expect(await invoke('app.uiLanguage', { language: 'en' })).toMatchObject({ ok: true, value: { applied: true } });
    await waitFor(() => lastMenu().some((m) => m.label?.replace('&', '') === 'Edit'));
    expect(lastMenu().map((m) => m.label?.replace('&', ''))).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    await invoke('app.uiLanguage', { language: 'nb' });
    await waitFor(() => lastMenu().some((m) => m.label?.replace('&', '') === 'Rediger'));
  });

  it('«Lagre som…» writes a copy through the store, opens it and lists it as recent', async () => {
    const target = join(fake.home, 'Kopi av plan');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    (fileItem('Lagre som…').click as () => void)();
    await waitFor(async () => (await currentPath()) === `${target}.planverk`);
    expect(existsSync(`${target}.planverk`)).toBe(true);
    expect(app.addRecentDocument).toHaveBeenCalledWith(`${target}.planverk`);
    expect(sentEvents()).toContainEqual({ kind: 'plan-changed' });
    await waitFor(() => (fileItem('Åpne nylig brukt').submenu as MenuItemConstructorOptions[]).some((i) => i.toolTip === `${target}.planverk`));
  });

  it('opens a plan handed over by a second instance (Windows/Linux) and by open-file (macOS)', async () => {
    const sample = join(fake.home, 'userData', 'Eksempelplan.planverk');
    app.emit('second-instance', {}, ['/opt/Planverk/planverk', '--flagg', 'Eksempelplan.planverk'], join(fake.home, 'userData'));
    await waitFor(async () => (await currentPath()) === sample);
    const copy = join(fake.home, 'Kopi av plan.planverk');
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, copy);
    expect(event.preventDefault).toHaveBeenCalled();
    await waitFor(async () => (await currentPath()) === copy);
  });

  it('«Del på e-post…» writes a draft whose attachment is a plan that opens, and opens it in the mail program', async () => {
    (fileItem('Del på e-post…').click as () => void)();
    await waitFor(() => shell.openPath.mock.calls.length === 1);
    const emlPath = (shell.openPath.mock.calls[0] as unknown as [string])[0];
    expect(emlPath.startsWith(join(fake.home, 'userData', 'Deling'))).toBe(true);
    const shared = sentEvents().find((e) => e.kind === 'shared')!;
    expect(shared).toMatchObject({ kind: 'shared', emlPath, opened: true });
    const mail = await simpleParser(readFileSync(emlPath));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(Buffer.compare(mail.attachments[0]!.content, readFileSync(shared.copyPath))).toBe(0);
    expect(await invoke('file.open', { path: shared.copyPath })).toMatchObject({ ok: true, value: { path: resolve(shared.copyPath) } });
  });

  it('shows the copy in the file manager when no mail program opens the draft', async () => {
    shell.openPath.mockResolvedValueOnce('Ingen program for .eml');
    (fileItem('Del på e-post…').click as () => void)();
    await waitFor(() => shell.showItemInFolder.mock.calls.length === 1);
    expect(String((shell.showItemInFolder.mock.calls[0] as unknown as [string])[0])).toMatch(/\.planverk$/);
    await waitFor(() => sentEvents().some((e) => e.kind === 'shared' && e.opened === false));
  });

  it('reports a refused file to the renderer instead of crashing', async () => {
    const notAPlan = join(fake.home, 'ikke-en-plan.planverk');
    writeFileSync(notAPlan, 'dette er ikke SQLite');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [notAPlan] });
    (fileItem('Åpne…').click as () => void)();
    await waitFor(() => sentEvents().some((e) => e.kind === 'error'));
    expect(sentEvents().find((e) => e.kind === 'error')?.error?.code).toBe('NOT_SQLITE');
  });

  it('exports a PDF through Typst in a worker thread, opening no window and no browser', async () => {
    const out = join(fake.home, 'Høringsutkast.pdf');
    const result = await invoke('export.run', { format: 'pdf', out, part: 'plan', watermark: 'none' });
    expect(result.ok).toBe(true);
    expect(readFileSync(out, 'latin1')).toMatch(/^%PDF-/);
    expect(readFileSync(out, 'latin1')).toMatch(/\/Creator \(Planverk\)/);
    expect(fake.windows).toHaveLength(1);
    app.emit('will-quit');
    // Quitting closed the plan too; open it again for the tests after this one.
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(fake.home, 'userData', 'Eksempelplan.planverk')] });
    (fileItem('Åpne…').click as () => void)();
    await waitFor(async () => (await currentPath()) !== undefined);
  });

  it('closes the plan on quit, releasing its lock', async () => {
    const path = (await currentPath())!;
    expect(existsSync(`${path}.lock`)).toBe(true);
    app.emit('will-quit');
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(await invoke('file.current', {})).toEqual({ ok: true, value: null });
  });

  it('«Eksporter…» asks the renderer to show its export page', () => {
    (fileItem('Eksporter…').click as () => void)();
    expect(sentEvents()).toContainEqual({ kind: 'show-page', page: 'export' });
  });
});
