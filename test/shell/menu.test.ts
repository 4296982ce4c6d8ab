// The application menu is Norwegian, has the items the issue lists, and uses each platform's shortcuts.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { buildMenuTemplate } = await import('../../electron/shell/menu');

const actions = () => ({
  newPlan: vi.fn(),
  openPlan: vi.fn(),
  openRecent: vi.fn(),
  saveAs: vi.fn(),
  shareByEmail: vi.fn(),
  mergeCopy: vi.fn(),
  exportPlan: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
  about: vi.fn(),
});

const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
const byLabel = (menu: MenuItemConstructorOptions | undefined, label: string) => items(menu).find((i) => i.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('buildMenuTemplate', () => {
  it('has Fil, Rediger, Vis and Hjelp with Alt mnemonics on Windows, and the Fil items in order', () => {
    const template = buildMenuTemplate({ platform: 'win32', recent: [], devTools: false }, actions());
    expect(template.map((m) => m.label)).toEqual(['&Fil', '&Rediger', '&Vis', '&Hjelp']);
    expect(items(template[0]).map((i) => i.label)).toEqual(['Ny plan', 'Åpne…', 'Åpne nylig brukt', 'Lagre som…', 'Del på e-post…', 'Del på e-post – mottakerne foreslår endringer…', 'Slå sammen med kopier…', 'Eksporter…', 'Avslutt']);
    expect(items(template[1]).map((i) => i.label)).toEqual(['Angre', 'Gjør om', 'Klipp ut', 'Kopier', 'Lim inn', 'Lim inn som ren tekst', 'Merk alt']);
    expect(items(template[1]).map((i) => i.role)).toEqual([undefined, undefined, 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
  });

  it('sends «Angre» and «Gjør om» to the renderer as commands instead of Electron\'s text-only undo role', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const a = actions();
      const edit = buildMenuTemplate({ platform, recent: [], devTools: false }, a).find((m) => m.label?.includes('Rediger'));
      click(byLabel(edit, 'Angre'));
      expect(a.undo).toHaveBeenCalledTimes(1);
      click(byLabel(edit, 'Gjør om'));
      expect(a.redo).toHaveBeenCalledTimes(1);
      // Off macOS the renderer's one key handler takes Ctrl+Z (the menu only shows it); on macOS the menu takes ⌘Z.
      expect(byLabel(edit, 'Angre')?.registerAccelerator).toBe(platform === 'darwin');
    }
  });

  it('uses CmdOrCtrl shortcuts, Ctrl+Y for redo on Windows and Shift+Cmd+Z on macOS', () => {
    const win = buildMenuTemplate({ platform: 'win32', recent: [], devTools: false }, actions());
    const file = win[0];
    expect(byLabel(file, 'Ny plan')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(file, 'Åpne…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel(file, 'Lagre som…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel(file, 'Eksporter…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel(file, 'Avslutt')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    expect(byLabel(win[1], 'Gjør om')?.accelerator).toBe('Ctrl+Y');
    const mac = buildMenuTemplate({ platform: 'darwin', recent: [], devTools: false }, actions());
    expect(byLabel(mac[2], 'Gjør om')?.accelerator).toBe('Shift+Cmd+Z');
    // Every accelerator is unique within the menu bar.
    const all = mac.flatMap((m) => items(m)).map((i) => i.accelerator).filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
  });

  it('puts the app menu with «Avslutt Planverk» first on macOS and leaves Avslutt out of Fil there', () => {
    const template = buildMenuTemplate({ platform: 'darwin', recent: [], devTools: false }, actions());
    expect(template.map((m) => m.label)).toEqual(['Planverk', 'Fil', 'Rediger', 'Vis', 'Hjelp']);
    expect(byLabel(template[0], 'Avslutt Planverk')).toMatchObject({ role: 'quit', accelerator: 'Cmd+Q' });
    expect(byLabel(template[1], 'Avslutt')).toBeUndefined();
  });

  it('runs the matching action for each Fil item', () => {
    const a = actions();
    const file = buildMenuTemplate({ platform: 'linux', recent: [], devTools: false }, a)[0];
    click(byLabel(file, 'Ny plan'));
    click(byLabel(file, 'Åpne…'));
    click(byLabel(file, 'Lagre som…'));
    click(byLabel(file, 'Del på e-post…'));
    click(byLabel(file, 'Slå sammen med kopier…'));
    click(byLabel(file, 'Eksporter…'));
    for (const fn of [a.newPlan, a.openPlan, a.saveAs, a.shareByEmail, a.mergeCopy, a.exportPlan]) expect(fn).toHaveBeenCalledTimes(1);
  });

  it('lists recent plans by file name and opens the full path; an empty list says so', () => {
    const a = actions();
    const recent = ['/home/rådgiver/Planer/Helse og omsorg.planverk', '/home/rådgiver/Planer/Oppvekst.planverk'];
    const file = buildMenuTemplate({ platform: 'linux', recent, devTools: false }, a)[0];
    const sub = items(byLabel(file, 'Åpne nylig brukt'));
    expect(sub.map((i) => i.label)).toEqual(['Helse og omsorg.planverk', 'Oppvekst.planverk']);
    click(sub[1]);
    expect(a.openRecent).toHaveBeenCalledWith(recent[1]);
    const empty = items(byLabel(buildMenuTemplate({ platform: 'linux', recent: [], devTools: false }, a)[0], 'Åpne nylig brukt'));
    expect(empty).toEqual([{ label: 'Ingen nylig brukte planer', enabled: false }]);
  });

  it('offers developer tools only in development', () => {
    const roles = (devTools: boolean) => items(buildMenuTemplate({ platform: 'linux', recent: [], devTools }, actions())[2]).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
  });
});
