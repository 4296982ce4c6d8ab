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
