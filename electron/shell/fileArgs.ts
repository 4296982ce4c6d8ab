// Which plan file the operating system asked us to open: command line, second instance, drop or file association.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PLAN_EXTENSION } from './channels';

/** An absolute path to an existing regular .planverk file; anything else (folders, devices, other types) is not one. */
export function isPlanFilePath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096 || value.includes('\0')) return false;
  if (!isAbsolute(value) || !value.toLowerCase().endsWith(PLAN_EXTENSION)) return false;
  try {
    return existsSync(value) && statSync(value).isFile();
  } catch {
    return false;
  }
}

/**
 * The first .planverk path among the arguments after the executable (and, in development, after the app folder),
 * resolved against the folder the command was run from. Switches (-x, --x) are Chromium's or ours, never files.
 */
export function planFileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(PLAN_EXTENSION)) continue;
    const path = resolve(cwd, arg);
    if (isPlanFilePath(path)) return path;
  }
  return null;
}
