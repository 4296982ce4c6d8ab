#!/usr/bin/env node
// After `npm install`: fetch the Electron binary and build better-sqlite3 for Electron's ABI, when the network allows.
// Never fails: offline (or with ELECTRON_SKIP_BINARY_DOWNLOAD=1, as in CI) it does nothing and `npm start`
// falls back to browser mode.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, prepareElectronNative, root } from './electron-env.mjs';

async function main() {
  const skip = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === 'true';
  if (!electronBinary() && !skip) {
    // Electron ≥ 42 has no install script of its own; its installer is idempotent and fails fast without network.
    const download = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], { stdio: 'pipe', timeout: 600_000 });
    if (download.status !== 0) console.log('Planverk: Electron-programfilen ble ikke lastet ned (ingen nettilgang?); `npm start` bruker nettlesermodus.');
  }
  if (electronBinary()) await prepareElectronNative();
}

try {
  await main();
} catch (err) {
  console.log(`Planverk: klargjøring for Electron hoppet over (${String(err?.message ?? err).split('\n')[0]}).`);
}
process.exit(0);
