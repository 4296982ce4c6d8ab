#!/usr/bin/env node
// Bundles the Electron main process and the preload with esbuild into build/electron/ (CommonJS, as Electron loads it).
// electron is provided by the runtime; a few packages stay real modules (see `external`).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Kept as real modules, loaded from node_modules at run time: native addons (better-sqlite3; @resvg/resvg-js, which
// requires its platform's prebuilt package) and packages that read their own files by computed paths, which a
// bundle cannot hold (playwright-core, jsdom and its css-tree). The CLI bundle (build-cli.mjs) keeps the same.
// hunspell-asm: its Emscripten loader reads __dirname, which an ES module bundle does not have.
export const NODE_EXTERNALS = ['better-sqlite3', '@resvg/resvg-js', 'playwright-core', 'jsdom', 'hunspell-asm'];

/** Builds main.cjs and preload.cjs; returns the output folder. */
export async function buildElectron({ minify = false } = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: 'linked',
    minify,
    external: ['electron', ...NODE_EXTERNALS],
    logLevel: 'warning',
    // import.meta.url has no meaning in a CJS bundle; services that need paths get them from the shell (see paths.ts).
    define: { 'import.meta.url': 'undefined' },
  };
  await Promise.all([
    build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'build/electron/main.cjs' }),
    // The sandboxed preload may require only 'electron', so everything else it uses is bundled into it.
    build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'build/electron/preload.cjs', platform: 'browser', external: ['electron'] }),
  ]);
  return `${root}build/electron`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildElectron({ minify: process.argv.includes('--minify') });
  console.log('Bygget build/electron/main.cjs og build/electron/preload.cjs');
}
