#!/usr/bin/env node
// `npm test`: typecheck, lint, Electron audit, unit/integration tests, then E2E in Chromium.
// Prints one closing line "N passed, N failed" that counts test cases and the check steps.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : 'all';
let passed = 0;
let failed = 0;

function step(name, cmd, cmdArgs, env = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(ok ? `✔ ${name}` : `✘ ${name} (exit ${r.status ?? r.signal})`);
  if (ok) passed++;
  else failed++;
  return ok;
}

function vitest(name, configArgs) {
  const out = join(mkdtempSync(join(tmpdir(), 'planverk-test-')), 'report.json');
  console.log(`\n▶ ${name}`);
  const r = spawnSync('./node_modules/.bin/vitest', ['run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile=${out}`], {
    stdio: 'inherit',
  });
  if (!existsSync(out)) {
    console.log(`✘ ${name}: no report (exit ${r.status ?? r.signal})`);
    failed++;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load counts as a failure even when it had no test cases.
  const brokenSuites = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += brokenSuites;
  if (report.numTotalTests === 0) failed++;
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenSuites} failed`);
}

if (only !== 'e2e') {
  step('typecheck', './node_modules/.bin/tsc', ['-p', 'tsconfig.json', '--noEmit']);
  step('lint', './node_modules/.bin/eslint', ['--max-warnings', '0', '.']);
  step('electron audit (electronegativity)', 'node', ['scripts/audit-electron.mjs']);
  vitest('unit and integration tests', []);
}
if (only !== 'unit') {
  const chromium = ensureChromium();
  if (!chromium.ok) {
    console.error(chromium.message);
    failed++;
  } else if (step('build renderer', './node_modules/.bin/vite', ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'])) {
    vitest('E2E tests in Chromium', ['--config', 'test/e2e/vitest.config.ts']);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
