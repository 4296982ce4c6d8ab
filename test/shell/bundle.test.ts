// The bundled main process (build/electron/main.cjs, as Electron would load it) boots under plain Node with a
// stand-in 'electron' module: it opens the sample plan, serves the page with the CSP and answers over IPC.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { buildElectron } from '../../scripts/build-electron.mjs';

const FAKE_ELECTRON = String.raw`
const Module = require('node:module');
const path = require('node:path');
const { EventEmitter } = require('node:events');
const log = (...entry) => process.stdout.write(JSON.stringify(entry) + '\n');
const home = process.env.FAKE_HOME;
const fake = {};
const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  enableSandbox: () => log('enableSandbox'),
  requestSingleInstanceLock: () => true,
  quit: () => log('quit'),
  getAppPath: () => process.env.FAKE_APP_PATH,
  getPath: (name) => path.join(home, name),
  getVersion: () => '0.1.0',
  addRecentDocument: (p) => log('recent', p),
  whenReady: () => Promise.resolve(),
});
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    log('window', options.webPreferences);
    this.webContents = Object.assign(new EventEmitter(), { send: (channel, event) => log('send', channel, event), setWindowOpenHandler() {} });
  }
  async loadURL(url) {
    log('load', url);
    const page = await fake.protocolHandler(new Request(url));
    log('page', page.status, page.headers.get('content-security-policy'), await page.text());
    this.webContents.emit('did-finish-load');
    const frame = { url, parent: null };
    log('current', await fake.invoke({ senderFrame: frame }, 'file.current', {}));
    process.exit(0);
  }
  isMinimized() { return false; }
}
Object.assign(fake, {
  app,
  BrowserWindow,
  protocol: { registerSchemesAsPrivileged: (s) => log('schemes', s), handle: (scheme, handler) => { log('protocol', scheme); fake.protocolHandler = handler; } },
  session: { defaultSession: { setPermissionRequestHandler: () => log('permissions'), setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, webRequest: { onBeforeRequest: () => log('block-network') }, availableSpellCheckerLanguages: [], setSpellCheckerLanguages() {} } },
  ipcMain: { handle: (channel, handler) => { log('ipc', channel); fake.invoke = handler; }, on: (channel) => log('ipc-on', channel) },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (t) => log('menu', t.map((m) => m.label)) },
  shell: { openExternal() {}, openPath: async () => '', showItemInFolder() {} },
  dialog: {},
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? fake : load.call(this, request, ...rest);
};
`;

type Entry = [string, ...unknown[]];
let entries: Entry[] = [];
let home: string;

beforeAll(async () => {
  await buildElectron();
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bundle-'));
  home = join(dir, 'home');
  const appPath = join(dir, 'app');
  mkdirSync(join(appPath, 'build', 'renderer'), { recursive: true });
  writeFileSync(join(appPath, 'build', 'renderer', 'index.html'), '<!doctype html><title>Planverk-test</title>');
  cpSync(resolve('migrations'), join(appPath, 'migrations'), { recursive: true });
  writeFileSync(join(dir, 'fake-electron.cjs'), FAKE_ELECTRON);
  const run = spawnSync(process.execPath, ['-r', join(dir, 'fake-electron.cjs'), resolve('build/electron/main.cjs')], {
    env: { ...process.env, FAKE_HOME: home, FAKE_APP_PATH: appPath },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  entries = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Entry);
});

const find = (name: string) => entries.find((e) => e[0] === name);

describe('build/electron/main.cjs', () => {
  it('registers the scheme and sandbox before anything else, then protocol, permissions and IPC', () => {
    const order = entries.map((e) => e[0]);
    expect(order.slice(0, 2)).toEqual(['schemes', 'enableSandbox']);
    expect(order.indexOf('protocol')).toBeLessThan(order.indexOf('window'));
    expect(order).toContain('permissions');
    expect(order).toContain('block-network');
    expect(entries.filter((e) => e[0] === 'ipc' || e[0] === 'ipc-on').map((e) => e[1])).toEqual(['planverk:invoke', 'planverk:open-dropped']);
  });

  it('creates a sandboxed window whose preload bundle exists and needs only electron', () => {
    const prefs = find('window')![1] as { preload: string; sandbox: boolean; contextIsolation: boolean; nodeIntegration: boolean };
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(existsSync(prefs.preload)).toBe(true);
    const requires = [...readFileSync(prefs.preload, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
  });

  it('serves the page over app:// with the CSP and opens no plan by itself (the start screen chooses one)', () => {
    expect(find('load')![1]).toBe('app://planverk/index.html');
    const [, status, csp, body] = find('page')!;
    expect(status).toBe(200);
    expect(csp).toContain("script-src 'self'");
    expect(body).toContain('Planverk-test');
    expect(find('current')![1]).toEqual({ ok: true, value: null });
    // Nothing is created in the user data folder on first start: «Prøv eksempelplanen» makes a copy when asked.
    expect(existsSync(join(home, 'userData', 'Eksempelplan.planverk'))).toBe(false);
    expect(find('menu')![1]).toEqual(['&Fil', '&Rediger', '&Vis', '&Hjelp']);
  });
});
