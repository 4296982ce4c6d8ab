// The preload exposes exactly invoke and onMenuCommand, and forwards only dropped .planverk files.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const { exposed, ipcRenderer, webUtils } = vi.hoisted(() => ({
  exposed: {} as Record<string, unknown>,
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
  webUtils: { getPathForFile: vi.fn((file: { path: string }) => file.path) },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer,
  webUtils,
}));

const page = new EventTarget();
beforeAll(async () => {
  vi.stubGlobal('window', page);
  await import('../../electron/shell/preload');
});
afterAll(() => vi.unstubAllGlobals());

function dropEvent(type: 'drop' | 'dragover', types: string[], files: { path: string }[]) {
  const event = new Event(type, { cancelable: true });
  Object.assign(event, { dataTransfer: { types, files } });
  page.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('preload', () => {
  it('exposes window.planverk with invoke and onMenuCommand only, not ipcRenderer', () => {
    expect(Object.keys(exposed)).toEqual(['planverk']);
    expect(Object.keys(exposed.planverk as object).sort()).toEqual(['invoke', 'onMenuCommand']);
    expect(Object.values(exposed.planverk as object).every((v) => typeof v === 'function')).toBe(true);
  });

  it('sends invoke over the one API channel', async () => {
    const bridge = exposed.planverk as { invoke: (name: string, args: unknown) => Promise<unknown> };
    await bridge.invoke('file.current', {});
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('planverk:invoke', 'file.current', {});
  });

  it('delivers menu events without the IPC event object and unsubscribes', () => {
    const bridge = exposed.planverk as { onMenuCommand: (cb: (e: unknown) => void) => () => void };
    const received: unknown[] = [];
    const unsubscribe = bridge.onMenuCommand((e) => received.push(e));
    const [channel, forward] = ipcRenderer.on.mock.calls[0] as unknown as [string, (ev: unknown, data: unknown) => void];
    expect(channel).toBe('planverk:menu');
    forward({ sender: 'ipc-internals' }, { kind: 'show-page', page: 'export' });
    expect(received).toEqual([{ kind: 'show-page', page: 'export' }]);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('planverk:menu', forward);
  });

  it('forwards a dropped .planverk by its path and leaves other drags alone', () => {
    expect(dropEvent('dragover', ['Files'], [])).toBe(true);
    expect(dropEvent('dragover', ['text/plain'], [])).toBe(false);
    expect(dropEvent('drop', ['Files'], [{ path: '/home/r/Plan.PLANVERK' }])).toBe(true);
    expect(dropEvent('drop', ['Files'], [{ path: '/home/r/bilde.png' }])).toBe(true);
    expect(dropEvent('drop', ['text/plain'], [])).toBe(false);
    expect(ipcRenderer.send.mock.calls).toEqual([['planverk:open-dropped', '/home/r/Plan.PLANVERK']]);
  });
});
