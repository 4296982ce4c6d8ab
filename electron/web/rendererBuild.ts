// Finds the built renderer (build/renderer) and builds it with vite when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_BUILD_DIR = join(PROJECT_ROOT, 'build', 'renderer');

export function ensureRendererBuilt(options: { force?: boolean; quiet?: boolean } = {}): string {
  if (!options.force && existsSync(join(RENDERER_BUILD_DIR, 'index.html'))) return RENDERER_BUILD_DIR;
  const vite = join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--config', join(PROJECT_ROOT, 'renderer', 'vite.config.ts'), '--logLevel', options.quiet ? 'error' : 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (result.status !== 0 || !existsSync(join(RENDERER_BUILD_DIR, 'index.html'))) {
    throw new Error(`Bygging av brukergrensesnittet feilet (vite build, exit ${result.status ?? result.signal}).`);
  }
  return RENDERER_BUILD_DIR;
}
