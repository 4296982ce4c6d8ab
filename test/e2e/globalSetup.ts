// E2E global setup: a temp folder with the sample plan, a hostile plan and a refused file; the bridge started in-process
// on the real session and handlers (plan paths confined to that folder, as in browser mode), serving the built renderer. Tests reach it through inject().
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createHandlers } from '../../electron/services/api/handlers';
import { createSession } from '../../electron/services/session';
import { confineToFolders, preparePlanFolders } from '../../electron/services/start/planFolders';
import { createPlanFile } from '../../electron/services/store';
import { startBridge } from '../../electron/web/bridge';
import { ensureRendererBuilt } from '../../electron/web/rendererBuild';
import { findChromium } from './browser';
import { buildHostilePlan, REFUSED_FILE_CONTENT } from './fixtures';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { origin: string; token: string; dir: string; chromium: string; samplePath: string; hostilePath: string; refusedPath: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium is missing: install it (Debian/Ubuntu: apt-get install chromium) or set PLANVERK_CHROMIUM.');
  const staticDir = ensureRendererBuilt({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'planverk-e2e-'));
  const hostilePath = join(dir, 'Fiendtlig plan.planverk');
  createPlanFile(hostilePath, buildHostilePlan()).close();
  const refusedPath = join(dir, 'Ikke en plan.planverk');
  writeFileSync(refusedPath, REFUSED_FILE_CONTENT);
  const samplePath = join(dir, 'Eksempelplan.planverk');
  const session = createSession({ recentFilePath: join(dir, 'recent.json') });
  session.create(samplePath, { sample: true });
  // As in `npm run web --folder <dir>`: the page may name plan files only in the test's folder.
  const planFolders = preparePlanFolders([dir]);
  const handlers = createHandlers(session, { outDir: dir, openDraft: async () => {}, userDataDir: join(dir, 'brukerdata'), planFolders });
  const bridge = await startBridge({ handlers: confineToFolders(handlers, planFolders), staticDir });
  project.provide('e2e', { origin: bridge.origin, token: bridge.token, dir, chromium, samplePath, hostilePath, refusedPath });
  return async () => {
    await bridge.close();
    session.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
