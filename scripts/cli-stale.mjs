// When the CLI bundle must be (re)built: missing, or older than any source it is built from. Kept apart from
// build-cli.mjs so the launcher checks without loading esbuild.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the bundle is made of, relative to the repository: the app's sources, the build scripts and the lock file. */
export const CLI_SOURCES = ['electron', 'shared', 'migrations', join('scripts', 'build-cli.mjs'), join('scripts', 'build-electron.mjs'), 'package-lock.json'];

/** The newest modification time under `path` (a file or a folder, walked without following links); 0 if missing. */
export function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isSymbolicLink()) continue;
    latest = Math.max(latest, newest(join(path, entry.name)));
  }
  return latest;
}

/** True when `entry` is missing or any of `sources` (under `root`) changed after it was built. */
export function cliBundleStale(root, entry, sources = CLI_SOURCES) {
  const built = statSync(entry, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built === 0 || sources.some((s) => newest(join(root, s)) > built);
}
