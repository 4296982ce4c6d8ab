// Where the shell finds its parts, in development (project folder) and in the packaged app (resources folder).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type AppLocation = { appPath: string; resourcesPath: string; packaged: boolean };

export const rendererDir = (at: AppLocation): string => join(at.appPath, 'build', 'renderer');

/** migrations/ ships as an extra resource next to app.asar (electron-builder extraResources). */
export const migrationsDir = (at: AppLocation): string => (at.packaged ? join(at.resourcesPath, 'migrations') : join(at.appPath, 'migrations'));

/**
 * better-sqlite3 compiled for Electron's ABI. node_modules keeps the Node build that the tests use, so the Electron
 * build lives apart (build/native/, made by scripts/start.mjs or postinstall with @electron/rebuild) and is
 * passed to better-sqlite3 as its `nativeBinding`. Undefined means "use node_modules' own build".
 */
export function sqliteNativeBinding(at: AppLocation): string | undefined {
  const file = at.packaged ? join(at.resourcesPath, 'native', 'better_sqlite3.node') : join(at.appPath, 'build', 'native', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

/**
 * A Chromium-family browser already on the user's machine, for PDF export through playwright-core (the export
 * service reads PLANVERK_CHROMIUM). Windows always has Edge; macOS and Linux usually have Chrome, Edge or Chromium.
 */
export function systemChromium(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, exists: (path: string) => boolean = existsSync): string | undefined {
  const candidates: Record<string, string[]> = {
    win32: [
      join(env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(env.ProgramFiles ?? 'C:\\Program Files', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(env.ProgramFiles ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ],
    darwin: [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'],
  };
  return (candidates[platform] ?? []).find((path) => exists(path));
}
