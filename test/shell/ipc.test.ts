// IPC: only our own page may call; its calls are validated by dispatch and reach the real services.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../electron/services/api/handlers';
import { createSession, type Session } from '../../electron/services/session';

vi.mock('electron', () => ({}));
const { registerIpc, isTrustedSender } = await import('../../electron/shell/ipc');
const { DROP_CHANNEL, INVOKE_CHANNEL } = await import('../../electron/shell/channels');

type Frame = { url: string; parent: Frame | null };
const appFrame: Frame = { url: 'app://planverk/index.html', parent: null };

const dir = mkdtempSync(join(tmpdir(), 'planverk-ipc-'));
let session: Session;
let invoke: (event: unknown, name: unknown, args: unknown) => Promise<unknown>;
let drop: (event: unknown, path: unknown) => void;
const opened: string[] = [];

beforeAll(() => {
  session = createSession({ recentFilePath: join(dir, 'recent.json') });
  const handlers = createHandlers(session);
  const ipcMain = { handle: vi.fn(), on: vi.fn() };
  registerIpc(ipcMain as never, () => handlers, (path) => opened.push(path));
  expect(ipcMain.handle.mock.calls[0]![0]).toBe(INVOKE_CHANNEL);
  expect(ipcMain.on.mock.calls[0]![0]).toBe(DROP_CHANNEL);
  invoke = ipcMain.handle.mock.calls[0]![1];
  drop = ipcMain.on.mock.calls[0]![1];
});
afterAll(() => session.close());

describe('planverk:invoke', () => {
  it('forwards a valid call from our page to the services and returns the typed result', async () => {
    const path = join(dir, 'Plan.planverk');
    const created = await invoke({ senderFrame: appFrame }, 'file.new', { path, sample: false });
    expect(created).toMatchObject({ ok: true, value: { path } });
    expect(await invoke({ senderFrame: appFrame }, 'file.current', {})).toMatchObject({ ok: true, value: { path } });
  });

  it('rejects callers that are not our page: other origins, file://, iframes, gone frames', async () => {
    const foreign: (Frame | null)[] = [
      { url: 'https://angriper.example/', parent: null },
      { url: 'file:///tmp/index.html', parent: null },
      { url: 'app://evil/index.html', parent: null },
      { url: 'app://planverk/index.html', parent: appFrame },
      null,
    ];
    for (const senderFrame of foreign) {
      await expect(invoke({ senderFrame }, 'file.current', {})).rejects.toThrow('avvist');
    }
  });

  it('answers unknown calls and invalid arguments with typed errors, not by calling a service', async () => {
    expect(await invoke({ senderFrame: appFrame }, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await invoke({ senderFrame: appFrame }, 'file.open', { path: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(await invoke({ senderFrame: appFrame }, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });
});

describe('planverk:open-dropped', () => {
  it('opens an existing .planverk dropped on our page and ignores everything else', () => {
    const plan = join(dir, 'Sluppet.planverk');
    writeFileSync(plan, 'x');
    writeFileSync(join(dir, 'notat.txt'), 'x');
    drop({ senderFrame: appFrame }, plan);
    drop({ senderFrame: appFrame }, join(dir, 'notat.txt'));
    drop({ senderFrame: appFrame }, join(dir, 'finnes-ikke.planverk'));
    drop({ senderFrame: appFrame }, 'Sluppet.planverk');
    drop({ senderFrame: appFrame }, { path: plan });
    drop({ senderFrame: { url: 'https://angriper.example/', parent: null } }, plan);
    expect(opened).toEqual([plan]);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of app://planverk', () => {
    expect(isTrustedSender(appFrame as never)).toBe(true);
    expect(isTrustedSender({ url: 'app://planverk@evil/index.html', parent: null } as never)).toBe(false);
    expect(isTrustedSender({ url: 'app://bruker@planverk/index.html', parent: null } as never)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
