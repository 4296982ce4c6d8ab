// The Rediger menu's «Angre» / «Gjør om» in the desktop app: clicking them sends the renderer a history command (its
// one command path routes it by focus), where Electron's `undo` role only ever undid typing in a text field.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({}));
const { createShellActions } = await import('../../electron/shell/actions');
const { buildMenuTemplate } = await import('../../electron/shell/menu');

function menuWired() {
  const send = vi.fn();
  const actions = createShellActions({
    handlers: () => ({}) as never,
    send,
    choosePlanToOpen: async () => null,
    chooseCopyToMerge: async () => null,
    choosePlanTarget: async () => null,
    noteRecent: vi.fn(),
    documentsDir: '/tmp',
  });
  // Wired as electron/shell/main.ts wires it.
  const template = buildMenuTemplate(
    { platform: 'linux', recent: [], devTools: false },
    {
      newPlan: vi.fn(),
      openPlan: vi.fn(),
      openRecent: vi.fn(),
      saveAs: vi.fn(),
      shareByEmail: vi.fn(),
      mergeCopy: vi.fn(),
      exportPlan: vi.fn(),
      undo: () => actions.history('undo'),
      redo: () => actions.history('redo'),
      about: vi.fn(),
    },
  );
  const edit = (template.find((m) => m.label === '&Rediger')!.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
  const click = (label: string) => (edit.find((i) => i.label === label)!.click as unknown as () => void)();
  return { send, click };
}

describe('menu «Angre» / «Gjør om»', () => {
  it('sends the renderer a history shell event for «Angre» and for «Gjør om»', () => {
    const { send, click } = menuWired();
    click('Angre');
    click('Gjør om');
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      { kind: 'history', step: 'undo' },
      { kind: 'history', step: 'redo' },
    ]);
  });
});
