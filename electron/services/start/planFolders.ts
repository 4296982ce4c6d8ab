// Browser mode's file rule: the page names files only inside the folders the user picked when starting `npm run web`
// (plus the default documents folder). A path from the page is accepted only when its real location (symlinks
// resolved) is directly inside one of them, and is of the kind its argument names (shared/api/pathArguments.ts: a
// .planverk plan, a file read, a file written with its extensions, a folder); anything else is OUTSIDE_FOLDERS.
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CallName, Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { PATH_ARGUMENTS, type PathRule } from '../../../shared/api/pathArguments';

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

/** The path's real location when it lies directly in one of `folders` (symlinks followed for an existing file); otherwise null. */
export function placeFileInFolders(path: string, folders: readonly string[]): string | null {
  const abs = resolve(path);
  let real: string;
  try {
    // An existing file is followed through symlinks; a new one is placed in its folder's real location.
    real = existsSync(abs) ? realpathSync(abs) : join(realpathSync(dirname(abs)), basename(abs));
  } catch {
    return null;
  }
  return folders.includes(dirname(real)) ? real : null;
}

const hasExtension = (path: string, extensions: readonly string[]) => extensions.some((ext) => path.toLowerCase().endsWith(ext));

/** The path's real location when it lies directly in one of `folders` and names a .planverk file; otherwise null. */
export function placeInFolders(path: string, folders: readonly string[]): string | null {
  if (!hasExtension(path, [PLAN_EXTENSION])) return null;
  const real = placeFileInFolders(path, folders);
  return real && hasExtension(real, [PLAN_EXTENSION]) ? real : null;
}

const outside = (path: string) => new PlanverkError('OUTSIDE_FOLDERS', path.slice(0, 300));

export function requireInFolders(path: string, folders: readonly string[]): string {
  const placed = placeInFolders(path, folders);
  if (!placed) throw outside(path);
  return placed;
}

/** The value of one path argument, checked by its rule: the real location to hand on, or OUTSIDE_FOLDERS. */
export function confinePath(path: string, rule: PathRule, folders: readonly string[]): string {
  switch (rule.kind) {
    case 'plan':
      return requireInFolders(path, folders);
    case 'folder': {
      const real = folders.find((f) => f === path) ?? placeFolder(path, folders);
      if (!real) throw outside(path);
      return real;
    }
    case 'read': {
      const real = placeFileInFolders(path, folders);
      if (!real) throw outside(path);
      return real;
    }
    case 'write': {
      const named = rule.addMissing && !hasExtension(path, rule.extensions) ? `${path}${rule.addMissing}` : path;
      const real = hasExtension(named, rule.extensions) ? placeFileInFolders(named, folders) : null;
      // A symlink in the folder may point at a file of another kind: the real target must carry the extension too.
      if (!real || !hasExtension(real, rule.extensions)) throw outside(path);
      return real;
    }
  }
}

/** A folder named by another spelling (trailing slash, symlink) of a picked one. */
function placeFolder(path: string, folders: readonly string[]): string | null {
  try {
    const real = realpathSync(resolve(path));
    return folders.includes(real) ? real : null;
  } catch {
    return null;
  }
}

/**
 * The handlers with every path argument from the page (PATH_ARGUMENTS) checked against the folders before the service
 * sees it, and replaced by its real location (so a symlink swapped afterwards cannot redirect the call).
 */
export function confineToFolders(handlers: Handlers, folders: readonly string[]): Handlers {
  const confined = { ...handlers } as Record<string, unknown>;
  for (const [name, rules] of Object.entries(PATH_ARGUMENTS) as [CallName, Record<string, PathRule>][]) {
    const inner = handlers[name] as (args: Record<string, unknown>) => unknown;
    confined[name] = (args: Record<string, unknown>) => {
      const checked = { ...args };
      for (const [arg, rule] of Object.entries(rules)) {
        const value = args[arg];
        if (typeof value === 'string') checked[arg] = confinePath(value, rule, folders);
        else if (Array.isArray(value)) checked[arg] = value.map((v: string) => confinePath(v, rule, folders));
      }
      return inner(checked);
    };
  }
  return confined as Handlers;
}
