#!/usr/bin/env node
// Bundles the command-line tool with esbuild into build/cli/ (ES modules, one file per command loaded on demand), so
// `npm run cli` starts in a fraction of the time TypeScript loading through tsx takes. Native addons and packages
// that read their own files stay real modules, as in the Electron bundle (scripts/build-electron.mjs).
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_EXTERNALS } from './build-electron.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT_DIR = `${root}build/cli`;
export const CLI_ENTRY = `${CLI_OUT_DIR}/main.mjs`;

/**
 * Builds build/cli/main.mjs (and the chunks it loads) into a fresh folder, then swaps it in: no stale chunks pile up,
 * and two runs building at once do not write into each other's files. Returns the entry's path.
 */
export async function buildCli() {
  const fresh = `${CLI_OUT_DIR}.tmp-${process.pid}`;
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'electron/cli/main.ts' },
    outdir: fresh,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    // Less to parse on every start (the source map still names the sources for a stack trace).
    minify: true,
    external: NODE_EXTERNALS,
    logLevel: 'warning',
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __planverkRequire } from 'node:module'; const require = __planverkRequire(import.meta.url);" },
  });
  rmSync(CLI_OUT_DIR, { recursive: true, force: true });
  try {
    renameSync(fresh, CLI_OUT_DIR);
  } catch {
    // Another run swapped its build in first: the same sources, so use that one.
    rmSync(fresh, { recursive: true, force: true });
  }
  return CLI_ENTRY;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
  console.log('Bygget build/cli/main.mjs');
}
