// postinstall never fails an offline `npm install`: skipped download, or a download that cannot connect, both exit 0.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { electronBinary } from '../../scripts/electron-env.mjs';

const runPostinstall = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/postinstall.mjs'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

describe('scripts/postinstall.mjs', () => {
  it('does nothing and succeeds when the Electron download is skipped (CI)', () => {
    const run = runPostinstall({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
  });

  // Where the binary is already downloaded there is nothing to fetch, so this offline case cannot arise.
  it.skipIf(electronBinary() !== null)('exits 0 with one line when Electron cannot be downloaded', () => {
    // Port 9 (discard) on loopback refuses at once: the same outcome as a machine without internet access.
    const run = runPostinstall({ ELECTRON_SKIP_BINARY_DOWNLOAD: '', ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: '/nonexistent-cache' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['Planverk: Electron-programfilen ble ikke lastet ned (ingen nettilgang?); `npm start` bruker nettlesermodus.']);
    expect(run.stderr).toBe('');
  });
});
