// Electron entry: one instance, one window, the app:// protocol, the typed API over IPC, and the Norwegian menu.
// Every handler here is a one-line call into a service or a shell module.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import type { Handlers } from '../../shared/api/contract';
import type { ShellEvent } from '../../shared/api/shellEvents';
import { translate, type UiLanguage } from '../../shared/i18n';
import { createHandlers } from '../services/api/handlers';
import { stopTypstWorker } from '../services/export/typstCompiler';
import { PERSON_FILE } from '../services/person/personStore';
import { createSession } from '../services/session';
import { createShellActions } from './actions';
import { MENU_CHANNEL } from './channels';
import { createExitGuard, createFlushCoordinator, type FlushOutcome } from './closeGuard';
import { chooseCopyToMerge, choosePlanTarget, choosePlanToOpen } from './dialogs';
import { planFileFromArgv } from './fileArgs';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { migrationsDir, rendererDir, sqliteNativeBinding, type AppLocation } from './paths';
import { APP_SCHEME, createAppProtocolHandler, registerAppScheme } from './protocol';
import { blockPageNetworkRequests, denyAllPermissions, guardAllWebContents } from './security';
import { createDraftOpener } from './share';
import { useNorwegianSpelling } from './spelling';
import { createMainWindow } from './window';

const devTools = !app.isPackaged;
registerAppScheme(protocol);
app.enableSandbox();
guardAllWebContents(app, shell);

if (!app.requestSingleInstanceLock()) app.quit();
else startApp();

function startApp(): void {
  const location: AppLocation = { appPath: app.getAppPath(), resourcesPath: process.resourcesPath, packaged: app.isPackaged };
  let window: BrowserWindow | null = null;
  let fileToOpen: string | null = planFileFromArgv(process.argv, process.cwd());
  let ready = false;
  // The renderer reports the user's UI language (app.uiLanguage); the menu is bokmål until it does.
  let uiLanguage: UiLanguage = 'nb';

  // Events raised before the page has loaded (e.g. a refused file given on the command line) wait for it.
  let pageLoaded = false;
  const queued: ShellEvent[] = [];
  const send = (event: ShellEvent) => (window && pageLoaded ? window.webContents.send(MENU_CHANNEL, event) : queued.push(event));
  // Before the window closes or the app quits, the page sends what it still holds (closeGuard.ts).
  const flushes = createFlushCoordinator();
  const flushRenderer = (): Promise<FlushOutcome> => {
    const page = window;
    if (!page || page.isDestroyed() || !pageLoaded) return Promise.resolve('no-page');
    return flushes.request((event) => page.webContents.send(MENU_CHANNEL, event));
  };
  const exitGuard = createExitGuard(flushRenderer);
  // Paths are passed in: import.meta.url, which the store would use by default, means nothing inside main.cjs.
  const planSession = createSession({
    recentFilePath: join(app.getPath('userData'), 'nylig-brukt.json'),
    personFilePath: join(app.getPath('userData'), PERSON_FILE),
    nativeBinding: sqliteNativeBinding(location),
    migrationsFolder: migrationsDir(location),
  });
  const handlers: Handlers = createHandlers(planSession, {
    openDraft: createDraftOpener(shell, send),
    outDir: join(app.getPath('userData'), 'Deling'),
    userDataDir: app.getPath('userData'),
    mode: 'electron',
    onFlushed: (requestId) => flushes.answered(requestId),
    onUiLanguage: (language) => void ((uiLanguage = language), refreshMenu()),
    // The start screen's «Ny plan» and «Åpne …» ask through the system's dialogs; a sample copy goes to Documents.
    planDialogs: {
      planTarget: (title, defaultName) => (window ? choosePlanTarget(window, title, join(app.getPath('documents'), defaultName)) : Promise.resolve(null)),
      planToOpen: () => (window ? choosePlanToOpen(window) : Promise.resolve(null)),
    },
    documentsDir: app.getPath('documents'),
    opener: { openPath: async (path) => void (await shell.openPath(path)), showItemInFolder: (path) => shell.showItemInFolder(path) },
  });
  const actions = createShellActions({
    handlers: () => handlers,
    send,
    choosePlanToOpen: () => (window ? choosePlanToOpen(window) : Promise.resolve(null)),
    chooseCopyToMerge: () => (window ? chooseCopyToMerge(window) : Promise.resolve(null)),
    choosePlanTarget: (title, defaultPath) => (window ? choosePlanTarget(window, title, defaultPath) : Promise.resolve(null)),
    noteRecent: (path) => void (app.addRecentDocument(path), refreshMenu()),
    documentsDir: app.getPath('documents'),
  });

  async function refreshMenu(): Promise<void> {
    const recent = await handlers['file.recent']({});
    const template = buildMenuTemplate(
      { platform: process.platform, recent, devTools, language: uiLanguage },
      {
        newPlan: () => void actions.newPlan(),
        openPlan: () => void actions.openWithDialog(),
        openRecent: (path) => void actions.openPath(path),
        saveAs: () => void actions.saveAs(),
        shareByEmail: (suggest) => void actions.shareByEmail(suggest),
        mergeCopy: () => void actions.mergeCopy(),
        exportPlan: () => actions.exportPlan(),
        undo: () => actions.history('undo'),
        redo: () => actions.history('redo'),
        about: () => void dialog.showMessageBox({ title: translate(uiLanguage, 'menu.about'), message: `Planverk ${app.getVersion()}`, detail: translate(uiLanguage, 'menu.aboutDetail') }),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  const openRequested = (path: string | null) => {
    if (!path) return;
    if (ready) void actions.openPath(path);
    else fileToOpen = path;
    if (window?.isMinimized()) window.restore();
    window?.focus();
  };
  // macOS delivers files (Finder, Dock, file association) as events, possibly before the app is ready.
  app.on('open-file', (event, path) => (event.preventDefault(), openRequested(path)));
  // Windows and Linux start a second process with the file in argv; it hands over here and exits.
  app.on('second-instance', (_event, argv, cwd) => openRequested(planFileFromArgv(argv, cwd)));
  app.on('window-all-closed', () => app.quit());
  exitGuard.guardQuit(app);
  // Closing the plan releases its single-writer lock and leaves the file complete (rollback journal, no WAL).
  app.on('will-quit', () => (planSession.close(), void stopTypstWorker()));

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir(location)));
    denyAllPermissions(session.defaultSession);
    blockPageNetworkRequests(session.defaultSession);
    useNorwegianSpelling(session.defaultSession);
    registerIpc(ipcMain, () => handlers, (path) => void actions.openPath(path));
    mkdirSync(app.getPath('userData'), { recursive: true });
    // Without a file the page shows its start screen (new plan, open, recent plans, a copy of the sample).
    if (fileToOpen) await actions.openPath(fileToOpen);
    ready = true;
    await refreshMenu();
    window = createMainWindow({ preloadPath: join(__dirname, 'preload.cjs'), devTools });
    window.webContents.on('did-finish-load', () => {
      pageLoaded = true;
      queued.splice(0).forEach(send);
    });
    exitGuard.guardWindow(window);
    window.on('closed', () => (window = null));
  });
}
