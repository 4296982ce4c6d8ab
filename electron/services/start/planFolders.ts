// Browser mode's file rule: the page names plan files only inside the folders the user picked when starting
// `npm run web` (plus the default documents folder). A path from the page is accepted only when its real location
// (symlinks resolved) is directly inside one of them and ends in .planverk; anything else is OUTSIDE_FOLDERS.
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';

export const PLAN_EXTENSION = '.planverk';

/** The folders as real paths (created when missing), without duplicates, in the order given. */
export function preparePlanFolders(folders: readonly string[]): string[] {
  const out: string[] = [];
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    const real = realpathSync(resolve(folder));
    if (!out.includes(real)) out.push(real);
  }
  return out;
}

/** The path's real location when it lies directly in one of `folders` and names a .planverk file; otherwise null. */
export function placeInFolders(path: string, folders: readonly string[]): string | null {
  const abs = resolve(path);
  if (!abs.toLowerCase().endsWith(PLAN_EXTENSION)) return null;
  let real: string;
  try {
    // An existing file is followed through symlinks; a new one is placed in its folder's real location.
    real = existsSync(abs) ? realpathSync(abs) : join(realpathSync(dirname(abs)), basename(abs));
  } catch {
    return null;
  }
  return folders.includes(dirname(real)) && real.toLowerCase().endsWith(PLAN_EXTENSION) ? real : null;
}

export function requireInFolders(path: string, folders: readonly string[]): string {
  const placed = placeInFolders(path, folders);
  if (!placed) throw new PlanverkError('OUTSIDE_FOLDERS', path.slice(0, 300));
  return placed;
}

/** The calls whose `path` (or `paths`) names plan files the page wants to open, create, write or merge. */
const PLAN_PATH_CALLS = ['file.open', 'file.new', 'file.newFromTemplate', 'file.saveAs', 'merge.preview', 'merge.run'] as const;
const PLAN_PATHS_CALLS = ['merge.previewCopies', 'merge.runCopies'] as const;

/** The handlers with every plan path from the page checked against the folders first (the bridge's handlers). */
export function confineToFolders(handlers: Handlers, folders: readonly string[]): Handlers {
  const confined = { ...handlers } as Record<string, unknown>;
  for (const name of PLAN_PATH_CALLS) {
    const inner = handlers[name] as (args: { path: string }) => unknown;
    confined[name] = (args: { path: string }) => inner({ ...args, path: requireInFolders(args.path, folders) });
  }
  for (const name of PLAN_PATHS_CALLS) {
    const inner = handlers[name] as (args: { paths: string[] }) => unknown;
    confined[name] = (args: { paths: string[] }) => inner({ ...args, paths: args.paths.map((p) => requireInFolders(p, folders)) });
  }
  return confined as Handlers;
}
