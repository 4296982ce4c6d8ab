// Finds the Electron binary without ever triggering its download, and builds better-sqlite3 for Electron's ABI
// into build/native/ (node_modules keeps the Node build that tests and the CLI use). Shared by start and postinstall.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');
export const nativeDir = join(root, 'build', 'native');
export const nativeBinding = join(nativeDir, 'better_sqlite3.node');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The Electron executable if it has been downloaded, else null. Reads path.txt ourselves: require('electron') would download. */
export function electronBinary(dir = electronDir) {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Why Electron cannot start here, or null when it can: binary present, runs, and (on Linux) has a display. */
export function electronUnavailableReason({ dir = electronDir, env = process.env, platform = process.platform } = {}) {
  const binary = electronBinary(dir);
  if (!binary) return 'Electron er ikke tilgjengelig på denne maskinen';
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'Electron har ingen skjerm å vise vinduet på';
  const probe = spawnSync(binary, ['--version'], { env: { ...env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 15_000, encoding: 'utf8' });
  if (probe.status !== 0) return 'Electron lar seg ikke starte på denne maskinen';
  return null;
}

export const electronVersion = () => readJson(join(electronDir, 'package.json')).version;

/**
 * Makes build/native/better_sqlite3.node for the installed Electron (once per Electron and better-sqlite3 version),
 * by rebuilding a private copy of the package with @electron/rebuild. Needs the network (Electron's headers).
 * Returns the binding's path, or null with the reason printed.
 */
export async function prepareElectronNative({ log = console.log } = {}) {
  const wanted = { electron: electronVersion(), betterSqlite3: readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json')).version };
  const stampFile = join(nativeDir, 'stamp.json');
  if (existsSync(nativeBinding) && existsSync(stampFile) && JSON.stringify(readJson(stampFile)) === JSON.stringify(wanted)) return nativeBinding;
  const work = join(nativeDir, 'work');
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(work, 'node_modules'), { recursive: true });
    cpSync(join(root, 'node_modules', 'better-sqlite3'), join(work, 'node_modules', 'better-sqlite3'), {
      recursive: true,
      filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
    });
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'planverk-native', version: '0.0.0', private: true, dependencies: { 'better-sqlite3': wanted.betterSqlite3 } }));
    log(`Bygger better-sqlite3 for Electron ${wanted.electron} i build/native/ …`);
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: work, electronVersion: wanted.electron, onlyModules: ['better-sqlite3'], force: true });
    copyFileSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), nativeBinding);
    writeFileSync(stampFile, JSON.stringify(wanted));
    return nativeBinding;
  } catch (err) {
    log(`Kunne ikke bygge better-sqlite3 for Electron (${String(err?.message ?? err).split('\n')[0]}).`);
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
