// `npm run cli` runs the esbuild bundle of the CLI (scripts/cli.mjs): built when missing or older than its sources, so
// a clean clone works, and the bundle runs a command as the TypeScript sources do.
import { spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { cliBundleStale } from '../../scripts/cli-stale.mjs';
import { tempDir } from '../services/store/helpers';

const tmp = tempDir('planverk-cli-launcher-');
afterAll(() => tmp.cleanup());

describe('the CLI launcher', () => {
  it('builds the bundle when it is missing or older than any source, and not when it is newer', () => {
    const root = tmp.file('repo');
    mkdirSync(join(root, 'electron', 'cli'), { recursive: true });
    mkdirSync(join(root, 'build', 'cli'), { recursive: true });
    const source = join(root, 'electron', 'cli', 'main.ts');
    const entry = join(root, 'build', 'cli', 'main.cjs');
    writeFileSync(source, '// kilde');
    const sources = ['electron', 'shared'];
    expect(cliBundleStale(root, entry, sources)).toBe(true);
    writeFileSync(entry, '// bygget');
    const t = Date.now() / 1000;
    utimesSync(source, t - 100, t - 100);
    utimesSync(join(root, 'electron', 'cli'), t - 100, t - 100);
    utimesSync(join(root, 'electron'), t - 100, t - 100);
    utimesSync(entry, t - 50, t - 50);
    expect(cliBundleStale(root, entry, sources)).toBe(false);
    utimesSync(source, t, t);
    expect(cliBundleStale(root, entry, sources)).toBe(true);
  });

  it('runs `check` of the sample plan from the bundle as a process, with the same summary as the sources', () => {
    const plan = tmp.file('Eksempel.planverk');
    const made = spawnSync(process.execPath, ['scripts/cli.mjs', 'new', plan, '--sample'], { encoding: 'utf8' });
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const r = spawnSync(process.execPath, ['scripts/cli.mjs', 'check', plan], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Tittel: .+\nSkjemaversjon: \d+\nTemaer: 6, delplanområder: 30 \(\+7 undertemaer\), grupper: 7, kapitler: \d+\n/);
    const unknown = spawnSync(process.execPath, ['scripts/cli.mjs', 'finnes-ikke'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Ukjent kommando: finnes-ikke');
    expect(unknown.stderr).toContain('merge <fil.planverk> <kopi.planverk>');
  });
});
