#!/usr/bin/env node
// `npm run cli -- <command> …`: runs the bundled command-line tool (build/cli/main.mjs), building it first when it is
// missing or older than any source it is built from, so a clean clone works without a build step.
import module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliBundleStale } from './cli-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'build', 'cli', 'main.mjs');

if (cliBundleStale(root, entry)) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
// V8's code cache on disk where Node has it (≥ 22.1): the bundle is compiled once, not on every run.
module.enableCompileCache?.(join(root, 'build', 'cli-compile-cache'));
// The services find the migrations folder from their own path under tsx; in the bundle that path is the bundle's.
process.env.PLANVERK_MIGRATIONS ??= join(root, 'migrations');
await import(pathToFileURL(entry).href);
