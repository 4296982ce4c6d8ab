// The Electron audit fails on an insecure window that nobody justified, and passes once a reason is written down.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'planverk-audit-test-'));
const source = join(dir, 'src');
mkdirSync(source);
writeFileSync(
  join(source, 'window.js'),
  `const { BrowserWindow, session } = require('electron');
session.defaultSession.setPermissionRequestHandler((_c, _p, cb) => cb(false));
const win = new BrowserWindow({ webPreferences: { contextIsolation: true, nodeIntegration: false, sandbox: false, disableBlinkFeatures: 'Auxclick' } });
win.webContents.on('will-navigate', (e) => e.preventDefault());
win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
`,
);
const excluded = { AvailableSecurityFixesGlobalCheck: 'needs the network' };
const audit = (findings: { issue: string; file: string; justification: string }[]) => {
  const justified = join(dir, `justified-${findings.length}.json`);
  writeFileSync(justified, JSON.stringify({ excludedChecks: excluded, findings }));
  return spawnSync(process.execPath, ['scripts/audit-electron.mjs', '--input', source, '--justified', justified], { encoding: 'utf8', timeout: 120_000 });
};

describe('scripts/audit-electron.mjs', () => {
  it('fails on a sandbox-less window and on a missing CSP, and passes when each is justified', () => {
    const failing = audit([]);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('SANDBOX_JS_CHECK window.js');
    expect(failing.stderr).toContain('CSP_GLOBAL_CHECK N/A');
    const passing = audit([
      { issue: 'SANDBOX_JS_CHECK', file: 'window.js', justification: 'Kun i denne testen.' },
      { issue: 'CSP_GLOBAL_CHECK', file: 'N/A', justification: 'Kun i denne testen.' },
    ]);
    expect(passing.stderr).toBe('');
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain('2 funn, 2 begrunnet, 0 åpne');
  });
});
