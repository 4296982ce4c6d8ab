// `npm start` without a usable Electron says so in one line and serves the given plan in browser mode.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanFile } from '../../electron/services/store';
import { emptyPlan } from '../../shared/domain/emptyPlan';
// @ts-expect-error: a plain .mjs script without type declarations
import { electronUnavailableReason } from '../../scripts/electron-env.mjs';

/** A stand-in for node_modules/electron with a dist/ binary that exits with the given code. */
function fakeElectronDir(exitCode: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-electron-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'path.txt'), 'electron');
  writeFileSync(join(dir, 'dist', 'electron'), `#!/bin/sh\necho v45.4.1\nexit ${exitCode}\n`);
  chmodSync(join(dir, 'dist', 'electron'), 0o755);
  return dir;
}

describe('electronUnavailableReason', () => {
  it('names the reason Electron cannot start, without ever downloading it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'planverk-electron-'));
    expect(electronUnavailableReason({ dir: empty })).toBe('Electron er ikke tilgjengelig på denne maskinen');
    expect(electronUnavailableReason({ dir: fakeElectronDir(0), env: {}, platform: 'linux' })).toBe('Electron har ingen skjerm å vise vinduet på');
    expect(electronUnavailableReason({ dir: fakeElectronDir(1), env: { DISPLAY: ':0' }, platform: 'linux' })).toBe('Electron lar seg ikke starte på denne maskinen');
    expect(electronUnavailableReason({ dir: fakeElectronDir(0), env: { DISPLAY: ':0' }, platform: 'linux' })).toBeNull();
    expect(electronUnavailableReason({ dir: fakeElectronDir(0), env: {}, platform: 'win32' })).toBeNull();
  });
});

describe('scripts/start.mjs on a machine without the Electron binary', () => {
  it('prints one line and serves the given plan in browser mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planverk-start-'));
    const plan = join(dir, 'Min plan.planverk');
    createPlanFile(plan, { ...emptyPlan(), plan: { ...emptyPlan().plan, title: 'Startplan' } }).close();
    // Its own process group, so the whole tree (start → tsx → server) is stopped at the end.
    const child = spawn(process.execPath, ['scripts/start.mjs', 'Min plan.planverk'], {
      env: { ...process.env, INIT_CWD: dir, HOME: dir },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL after 50 s:\n${out}`)), 50_000);
        child.stdout.on('data', () => {
          const match = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(out);
          if (!match) return;
          clearTimeout(timer);
          resolve(match[0]);
        });
        child.on('exit', (code) => reject(new Error(`start.mjs exited (${code}):\n${out}`)));
      });
      expect(out.split('\n')[0]).toBe('Electron er ikke tilgjengelig på denne maskinen; starter nettlesermodus i stedet.');
      const [origin, token] = url.split('/#token=') as [string, string];
      const current = await fetch(`${origin}/api/file.current`, { method: 'POST', headers: { 'x-planverk-token': token }, body: '{}' });
      expect(await current.json()).toMatchObject({ ok: true, value: { path: plan, title: 'Startplan' } });
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
