#!/usr/bin/env node
// `npm run cli -- <command> …`: runs the bundled command-line tool (build/cli/main.cjs), building it first when it is
// missing or older than any source it is built from, so a clean clone works without a build step.
import module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBundleStale } from './cli-stale.mjs';
import { loadWithCodeCache } from './cli-load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'build', 'cli', 'main.cjs');

if (cliBundleStale(root, entry)) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
// Node's own code cache (≥ 22.1) for the packages the bundle loads from node_modules.
module.enableCompileCache?.(join(root, 'build', 'cli-compile-cache'));
// The services find the migrations folder from their own path under tsx; in the bundle that path is the bundle's.
process.env.PLANVERK_MIGRATIONS ??= join(root, 'migrations');
const argv = process.argv.slice(2);
const bundle = loadWithCodeCache(entry, join(root, 'build', 'cli', 'code-cache'), cacheKey(argv));
const code = await bundle.exports.runCliProcess(argv);
// After a successful first run, so the cache holds what this command ran (a refusal runs little of it).
if (code === 0) bundle.saveCache();
process.exitCode = code;

/** One code cache per command (and export format): each holds the functions that command runs. */
function cacheKey([command, ...args]) {
  const format = args[args.indexOf('--format') + 1];
  const key = [command, args.includes('--format') ? format : undefined].filter(Boolean).join('-');
  return /^[a-z][a-z0-9-]{0,40}$/.test(key) ? key : 'other';
}
