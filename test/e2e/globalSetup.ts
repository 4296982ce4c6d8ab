// E2E global setup: one folder per test file (each file makes its own plans there: no plan or output is shared
// between files), and the bridge started in-process on the real session and handlers with those folders as the picked
// ones (every path from the page confined to them, as in browser mode), serving the built renderer. No plan is open at
// the start: each file opens a fresh one of its own (fixtures.ts openFreshPlan). Tests reach it through inject().
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createHandlers } from '../../electron/services/api/handlers';
import { createSession } from '../../electron/services/session';
import { confineToFolders, preparePlanFolders } from '../../electron/services/start/planFolders';
import { startBridge } from '../../electron/web/bridge';
import { ensureRendererBuilt } from '../../electron/web/rendererBuild';
import { findChromium } from './browser';
import { presetPerson } from './presetPerson';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `root` holds one folder per test file (testFolder()); `userDataDir` is the session's (default profile). */
    e2e: { origin: string; token: string; root: string; chromium: string; userDataDir: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium is missing: install it (Debian/Ubuntu: apt-get install chromium) or set PLANVERK_CHROMIUM.');
  const staticDir = ensureRendererBuilt({ quiet: true });
  const root = mkdtempSync(join(tmpdir(), 'planverk-e2e-'));
  // Named as fixtures.ts testFolder() finds them: the test file's name without .test.ts.
  const folders = readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(root, basename(f, '.test.ts')));
  const userDataDir = join(root, 'brukerdata');
  for (const folder of [...folders, userDataDir]) mkdirSync(folder);
  const session = createSession({ recentFilePath: join(userDataDir, 'recent.json'), personFilePath: presetPerson(userDataDir) });
  // As in `npm run web --folder <dir> …`: the page may name files only in the test files' folders.
  const planFolders = preparePlanFolders(folders);
  const handlers = createHandlers(session, { outDir: root, openDraft: async () => {}, userDataDir, planFolders });
  const bridge = await startBridge({ handlers: confineToFolders(handlers, planFolders), staticDir });
  project.provide('e2e', { origin: bridge.origin, token: bridge.token, root, chromium, userDataDir });
  return async () => {
    await bridge.close();
    session.close();
    rmSync(root, { recursive: true, force: true });
  };
}
