// A cold `npm run cli -- export --format pdf` pays only for what a Typst PDF needs: the Chromium path (playwright-core,
// ≈ 0.7 s of CPU to load), the docx library and resvg are loaded only by the formats that use them. Checked on the
// real bundle in a process of its own, with a require hook that logs every package the process loads; and the second
// run of a command finds the V8 code cache its first run left (scripts/cli-load.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../services/store/helpers';

const tmp = tempDir('planverk-cli-cold-');
const plan = tmp.file('Eksempel.planverk');
const HOOK = join(__dirname, 'loadLog.mjs');
const ONLY_OTHER_FORMATS = [/\/playwright-core\//, /\/node_modules\/docx\//, /@resvg/];

beforeAll(() => {
  const made = spawnSync(process.execPath, ['scripts/cli.mjs', 'new', plan, '--sample'], { encoding: 'utf8' });
  expect(made.status).toBe(0);
});
afterAll(() => tmp.cleanup());

/** Runs one export in a new process; returns the packages it loaded. */
function exportLoading(format: 'pdf' | 'docx'): string[] {
  const log = tmp.file(`loaded-${format}.txt`);
  const out = tmp.file(`plan.${format}`);
  const r = spawnSync(process.execPath, ['--import', HOOK, 'scripts/cli.mjs', 'export', plan, '--format', format, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, PLANVERK_LOAD_LOG: log },
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  expect(existsSync(out)).toBe(true);
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

describe('a cold CLI export', () => {
  it('of a PDF loads neither playwright-core nor the docx library nor resvg', () => {
    const loaded = exportLoading('pdf');
    // The log does see what the export loads: the SQLite addon.
    expect(loaded.some((file) => file.includes('/better-sqlite3/'))).toBe(true);
    expect(loaded.filter((file) => ONLY_OTHER_FORMATS.some((re) => re.test(file)))).toEqual([]);
  });

  it('of a DOCX does load the docx library and resvg (the log sees lazily loaded modules)', () => {
    const loaded = exportLoading('docx');
    expect(loaded.some((file) => /\/node_modules\/docx\//.test(file))).toBe(true);
    expect(loaded.some((file) => file.includes('@resvg'))).toBe(true);
  });

  it('leaves the code cache of a PDF export beside the bundle it belongs to', () => {
    exportLoading('pdf');
    const caches = readdirSync(join('build', 'cli', 'code-cache'));
    expect(caches.some((name) => /^export-pdf\.\d+-\d+-\d+\.v8$/.test(name))).toBe(true);
  });
});
