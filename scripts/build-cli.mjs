#!/usr/bin/env node
// Bundles the command-line tool with esbuild into one CommonJS file, build/cli/main.cjs, so `npm run cli` starts in a
// fraction of the time TypeScript loading through tsx takes. One file, because the launcher (scripts/cli.mjs) loads it
// through V8's code cache (scripts/cli-load.mjs), which Node 20 offers only for a script it compiles itself; each
// command's modules are still evaluated only when that command runs (esbuild wraps what `import()` reaches in lazy
// initialisers). Native addons and packages that read their own files stay real modules, as in the Electron bundle
// (scripts/build-electron.mjs), and so does the docx library, which only a DOCX export needs.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_EXTERNALS } from './build-electron.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT_DIR = `${root}build/cli`;
export const CLI_ENTRY = `${CLI_OUT_DIR}/main.cjs`;
/** Loaded from node_modules by the commands that use them, never by a PDF export (test/cli/exportColdStart.test.ts). */
export const CLI_EXTERNALS = [...NODE_EXTERNALS, 'docx'];

/**
 * Builds build/cli/main.cjs into a fresh folder, then swaps it in: the code caches of the previous build go with it,
 * and two runs building at once do not write into each other's files. Returns the entry's path.
 */
export async function buildCli() {
  const fresh = `${CLI_OUT_DIR}.tmp-${process.pid}`;
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'electron/cli/process.ts' },
    outdir: fresh,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    // Less to read and hash on every start (the source map still names the sources for a stack trace).
    minify: true,
    external: CLI_EXTERNALS,
    logLevel: 'warning',
    // The services' import.meta.url fallbacks are not used in the bundle: require exists, and the launcher sets
    // PLANVERK_MIGRATIONS.
    define: { 'import.meta.url': 'undefined' },
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
  console.log('Bygget build/cli/main.cjs');
}
