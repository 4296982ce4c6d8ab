// The real app for Chromium benches: a plan file, a session with the real handlers, the loopback bridge with the
// built renderer, and a Chromium; close() tears all of it down.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PlanData } from '../../shared/domain/plan';
import { createHandlers } from '../../electron/services/api/handlers';
import { createSession, type Session } from '../../electron/services/session';
import { createPlanFile } from '../../electron/services/store';
import { startBridge } from '../../electron/web/bridge';
import { ensureRendererBuilt } from '../../electron/web/rendererBuild';
import { findChromium, launchChromium } from '../e2e/browser';

export type AppHarness = {
  session: Session;
  bridge: Awaited<ReturnType<typeof startBridge>>;
  browser: Browser;
  close(): Promise<void>;
};

export async function startAppHarness(plan: PlanData, dir: string, name: string): Promise<AppHarness> {
  const path = join(dir, `${name}.planverk`);
  createPlanFile(path, plan).close();
  const session = createSession();
  session.open(path);
  const bridge = await startBridge({ handlers: createHandlers(session), staticDir: ensureRendererBuilt({ quiet: true }) });
  const chromium = findChromium();
  if (!chromium) {
    await bridge.close();
    session.close();
    throw new Error('Chromium mangler (apt-get install chromium).');
  }
  const browser = await launchChromium(chromium);
  return {
    session,
    bridge,
    browser,
    async close() {
      await browser.close();
      await bridge.close();
      session.close();
    },
  };
}
