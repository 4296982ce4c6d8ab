// Where the shell looks for its parts: migrations, the renderer build and the Electron build of better-sqlite3.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { migrationsDir, rendererDir, sqliteNativeBinding } = await import('../../electron/shell/paths');

describe('paths', () => {
  it('finds migrations beside app.asar when packaged and in the project in development', () => {
    expect(migrationsDir({ appPath: '/app', resourcesPath: '/res', packaged: true })).toBe(join('/res', 'migrations'));
    expect(migrationsDir({ appPath: '/app', resourcesPath: '/res', packaged: false })).toBe(join('/app', 'migrations'));
    expect(rendererDir({ appPath: '/app', resourcesPath: '/res', packaged: true })).toBe(join('/app', 'build', 'renderer'));
  });

  it('uses the Electron build of better-sqlite3 only where it exists', () => {
    const appPath = mkdtempSync(join(tmpdir(), 'planverk-paths-'));
    const at = { appPath, resourcesPath: join(appPath, 'res'), packaged: false };
    expect(sqliteNativeBinding(at)).toBeUndefined();
    mkdirSync(join(appPath, 'build', 'native'), { recursive: true });
    writeFileSync(join(appPath, 'build', 'native', 'better_sqlite3.node'), '');
    expect(sqliteNativeBinding(at)).toBe(join(appPath, 'build', 'native', 'better_sqlite3.node'));
  });
});
