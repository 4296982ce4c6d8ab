// The application menu in the UI language (nb by default; the renderer reports the user's choice). Shortcuts use
// CmdOrCtrl so they follow each platform's habit.
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { translate, type MessageKey, type UiLanguage } from '../../shared/i18n';

export type MenuActions = {
  newPlan: () => void;
  openPlan: () => void;
  openRecent: (path: string) => void;
  saveAs: () => void;
  /** `suggest`: «… mottakerne foreslår endringer» (the copy opens in suggestion mode for its recipients). */
  shareByEmail: (suggest?: boolean) => void;
  mergeCopy: () => void;
  exportPlan: () => void;
  /** «Angre» / «Gjør om» go to the renderer's command path (its own undo, never Electron's text-only role). */
  undo: () => void;
  redo: () => void;
  about: () => void;
};

export type MenuOptions = { platform: NodeJS.Platform; recent: readonly string[]; devTools: boolean; language?: UiLanguage };

const separator: MenuItemConstructorOptions = { type: 'separator' };

// "&" marks the Alt+letter mnemonic on Windows and Linux; macOS has no mnemonics.
const top = (label: string, platform: NodeJS.Platform): string => (platform === 'darwin' ? label : `&${label}`);

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const t = (key: MessageKey & `menu.${string}`) => translate(options.language ?? 'nb', key);
  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? options.recent.slice(0, 10).map((path) => ({ label: basename(path), toolTip: path, click: () => actions.openRecent(path) }))
    : [{ label: t('menu.noRecent'), enabled: false }];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Planverk',
    submenu: [
      { label: t('menu.about'), click: actions.about },
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      separator,
      { role: 'quit', label: t('menu.quitApp'), accelerator: 'Cmd+Q' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: top(t('menu.file'), options.platform),
    submenu: [
      { label: t('menu.newPlan'), accelerator: 'CmdOrCtrl+N', click: actions.newPlan },
      { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: actions.openPlan },
      { label: t('menu.openRecent'), submenu: recentItems },
      separator,
      { label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveAs },
      // Wrapped: Electron passes the menu item to click, which must not read as `suggest`.
      { label: t('menu.share'), accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.shareByEmail() },
      { label: t('menu.shareSuggest'), click: () => actions.shareByEmail(true) },
      { label: t('menu.merge'), click: actions.mergeCopy },
      { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', click: actions.exportPlan },
      // On macOS «Avslutt» lives in the app menu (Cmd+Q); elsewhere in Fil, with Ctrl+Q (Alt+F4 works as well on Windows).
      ...(mac ? [] : [separator, { role: 'quit', label: t('menu.quit'), accelerator: 'Ctrl+Q' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: top(t('menu.edit'), options.platform),
    submenu: [
      // The renderer has the one key handler for these; the accelerator is only shown, except on macOS, where the
      // menu takes ⌘Z first and the renderer routes the command by focus just the same.
      { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: mac, click: actions.undo },
      { label: t('menu.redo'), accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', registerAccelerator: mac, click: actions.redo },
      separator,
      { role: 'cut', label: t('menu.cut'), accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: t('menu.copy'), accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: t('menu.paste'), accelerator: 'CmdOrCtrl+V' },
      { role: 'pasteAndMatchStyle', label: t('menu.pastePlain'), accelerator: mac ? 'Alt+Shift+Cmd+V' : 'Ctrl+Shift+V' },
      separator,
      { role: 'selectAll', label: t('menu.selectAll'), accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: top(t('menu.view'), options.platform),
    submenu: [
      { role: 'zoomIn', label: t('menu.zoomIn'), accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: t('menu.zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: t('menu.resetZoom'), accelerator: 'CmdOrCtrl+0' },
      separator,
      { role: 'togglefullscreen', label: t('menu.fullscreen'), accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(options.devTools
        ? [separator, { role: 'reload', label: t('menu.reload') }, { role: 'toggleDevTools', label: t('menu.devTools') }] satisfies MenuItemConstructorOptions[]
        : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: top(t('menu.help'), options.platform),
    submenu: mac ? [] : [{ label: t('menu.about'), click: actions.about }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
