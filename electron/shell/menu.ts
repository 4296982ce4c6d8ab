// The Norwegian application menu. Shortcuts use CmdOrCtrl so they follow each platform's habit.
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';

export type MenuActions = {
  newPlan: () => void;
  openPlan: () => void;
  openRecent: (path: string) => void;
  saveAs: () => void;
  shareByEmail: () => void;
  mergeCopy: () => void;
  exportPlan: () => void;
  /** «Angre» / «Gjør om» go to the renderer's command path (its own undo, never Electron's text-only role). */
  undo: () => void;
  redo: () => void;
  about: () => void;
};

export type MenuOptions = { platform: NodeJS.Platform; recent: readonly string[]; devTools: boolean };

const separator: MenuItemConstructorOptions = { type: 'separator' };

// "&" marks the Alt+letter mnemonic on Windows and Linux; macOS has no mnemonics.
const top = (label: string, platform: NodeJS.Platform): string => (platform === 'darwin' ? label : `&${label}`);

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? options.recent.slice(0, 10).map((path) => ({ label: basename(path), toolTip: path, click: () => actions.openRecent(path) }))
    : [{ label: 'Ingen nylig brukte planer', enabled: false }];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Planverk',
    submenu: [
      { label: 'Om Planverk', click: actions.about },
      separator,
      { role: 'services', label: 'Tjenester' },
      separator,
      { role: 'hide', label: 'Skjul Planverk' },
      { role: 'hideOthers', label: 'Skjul andre' },
      { role: 'unhide', label: 'Vis alle' },
      separator,
      { role: 'quit', label: 'Avslutt Planverk', accelerator: 'Cmd+Q' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: top('Fil', options.platform),
    submenu: [
      { label: 'Ny plan', accelerator: 'CmdOrCtrl+N', click: actions.newPlan },
      { label: 'Åpne…', accelerator: 'CmdOrCtrl+O', click: actions.openPlan },
      { label: 'Åpne nylig brukt', submenu: recentItems },
      separator,
      { label: 'Lagre som…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveAs },
      { label: 'Del på e-post…', accelerator: 'CmdOrCtrl+Shift+E', click: actions.shareByEmail },
      { label: 'Slå sammen med kopier…', click: actions.mergeCopy },
      { label: 'Eksporter…', accelerator: 'CmdOrCtrl+E', click: actions.exportPlan },
      // On macOS «Avslutt» lives in the app menu (Cmd+Q); elsewhere in Fil, with Ctrl+Q (Alt+F4 works as well on Windows).
      ...(mac ? [] : [separator, { role: 'quit', label: 'Avslutt', accelerator: 'Ctrl+Q' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: top('Rediger', options.platform),
    submenu: [
      // The renderer has the one key handler for these; the accelerator is only shown, except on macOS, where the
      // menu takes ⌘Z first and the renderer routes the command by focus just the same.
      { label: 'Angre', accelerator: 'CmdOrCtrl+Z', registerAccelerator: mac, click: actions.undo },
      { label: 'Gjør om', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', registerAccelerator: mac, click: actions.redo },
      separator,
      { role: 'cut', label: 'Klipp ut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: 'Kopier', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: 'Lim inn', accelerator: 'CmdOrCtrl+V' },
      { role: 'pasteAndMatchStyle', label: 'Lim inn som ren tekst', accelerator: mac ? 'Alt+Shift+Cmd+V' : 'Ctrl+Shift+V' },
      separator,
      { role: 'selectAll', label: 'Merk alt', accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: top('Vis', options.platform),
    submenu: [
      { role: 'zoomIn', label: 'Zoom inn', accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: 'Zoom ut', accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: 'Faktisk størrelse', accelerator: 'CmdOrCtrl+0' },
      separator,
      { role: 'togglefullscreen', label: 'Fullskjerm', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(options.devTools
        ? [separator, { role: 'reload', label: 'Last inn på nytt' }, { role: 'toggleDevTools', label: 'Utviklerverktøy' }] satisfies MenuItemConstructorOptions[]
        : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: top('Hjelp', options.platform),
    submenu: mac ? [] : [{ label: 'Om Planverk', click: actions.about }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
