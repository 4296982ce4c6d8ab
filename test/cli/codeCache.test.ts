// scripts/cli-load.mjs runs the CLI bundle through V8's code cache. The cache must only ever speed a run up: a rebuilt
// bundle must not run the bytecode of the build before (V8 itself compares only the source's length, so it would), and
// a cache V8 refuses, such as one cut short, is replaced, never trusted. Each load runs in a process of its own, as the
// CLI does (within one process V8 reuses the script it compiled and never reads the cache).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../services/store/helpers';

const LOADER = pathToFileURL(resolve('scripts/cli-load.mjs')).href;
const tmp = tempDir('planverk-cli-cache-');
afterAll(() => tmp.cleanup());

/** Loads `file` in a new Node process under `key`, saving the cache after; returns what it answered and whether the cache was used. */
function loadInProcess(file: string, cacheDir: string, key = 'export-pdf'): { answer: string; sibling: string; cacheUsed: boolean } {
  const code = `const { loadWithCodeCache } = await import(${JSON.stringify(LOADER)});
    const b = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)}, ${JSON.stringify(key)});
    const out = { answer: b.exports.answer(), sibling: b.exports.sibling, cacheUsed: b.cacheUsed };
    b.saveCache();
    console.log(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { answer: string; sibling: string; cacheUsed: boolean };
}

/** A small CommonJS "bundle" answering `word`, requiring a file beside it as the bundle requires its packages. */
function bundle(dir: string, word: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sibling.js'), "module.exports = 'nabo';");
  const file = join(dir, 'main.cjs');
  writeFileSync(file, `exports.answer = () => ${JSON.stringify(word)}; exports.sibling = require('./sibling.js');\n`);
  return file;
}

/** The cache file name for `file` as it is now (key, inode, size, modification time). */
function cacheNameFor(file: string, key: string): string {
  const s = statSync(file, { bigint: true });
  return `${key}.${s.ino}-${s.size}-${s.mtimeNs}.v8`;
}

describe('the CLI bundle’s code cache', () => {
  it('runs a CommonJS file with its own require, and from the second run on from the cache the first one saved', () => {
    const dir = tmp.file('plain');
    const file = bundle(dir, 'første');
    const cache = join(dir, 'cache');
    expect(loadInProcess(file, cache)).toEqual({ answer: 'første', sibling: 'nabo', cacheUsed: false });
    expect(readdirSync(cache)).toEqual([cacheNameFor(file, 'export-pdf')]);
    expect(loadInProcess(file, cache)).toEqual({ answer: 'første', sibling: 'nabo', cacheUsed: true });
  });

  it('never runs a rebuilt bundle with the previous build’s cache, even one of the same length', () => {
    const dir = tmp.file('rebuilt');
    const cache = join(dir, 'cache');
    const file = bundle(dir, 'gammel');
    loadInProcess(file, cache);
    const size = statSync(file).size;
    bundle(dir, 'ny--ny');
    expect(statSync(file).size).toBe(size);
    expect(loadInProcess(file, cache)).toMatchObject({ answer: 'ny--ny', cacheUsed: false });
    expect(loadInProcess(file, cache)).toMatchObject({ answer: 'ny--ny', cacheUsed: true });
  });

  it('ignores a cache cut short and writes a whole one in its place', () => {
    const dir = tmp.file('damaged');
    const file = bundle(dir, 'hel');
    const cache = join(dir, 'cache');
    loadInProcess(file, cache, 'check');
    const name = cacheNameFor(file, 'check');
    const bytes = readFileSync(join(cache, name));
    writeFileSync(join(cache, name), bytes.subarray(0, bytes.length >> 1));
    expect(loadInProcess(file, cache, 'check')).toMatchObject({ answer: 'hel', cacheUsed: false });
    expect(readFileSync(join(cache, name))).toHaveLength(bytes.length);
    expect(loadInProcess(file, cache, 'check')).toMatchObject({ answer: 'hel', cacheUsed: true });
  });
});
