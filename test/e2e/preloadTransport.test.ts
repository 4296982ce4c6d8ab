// With window.planverk present (as the Electron preload provides it) the renderer uses it instead of HTTP, and carries
// out the shell's menu events. The preload is played by an init script that forwards to the bridge: only the door differs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { ensureOpen } from './api';
import { launchChromium, newAppPage } from './browser';
import { HOSTILE_TITLE, openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let samplePath: string;

type FakePreload = { calls: string[]; emit(event: unknown): void };

beforeAll(async () => {
  samplePath = await openFreshPlan('sample');
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  await page.addInitScript((token: string) => {
    const listeners: ((event: unknown) => void)[] = [];
    const calls: string[] = [];
    const preload = {
      invoke: async (name: string, args: unknown) => {
        calls.push(name);
        const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'x-planverk-token': token }, body: JSON.stringify(args) });
        return res.json();
      },
      onMenuCommand: (listener: (event: unknown) => void) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    Object.defineProperty(window, 'planverk', { value: preload });
    (window as unknown as { __fake: FakePreload }).__fake = { calls, emit: (event) => listeners.forEach((l) => l(event)) };
  }, env.token);
  // No #token= in the address: the preload needs none.
  await page.goto(`${env.origin}/#/plan`);
  await page.locator('main h1').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const emit = (event: unknown) => page.evaluate((e) => (window as unknown as { __fake: FakePreload }).__fake.emit(e), event);

describe('Electron transport (window.planverk)', () => {
  it('loads the plan through window.planverk.invoke and offers no path field (the desktop has a real dialog)', async () => {
    await expect.poll(() => page.getByTestId('plan-title').textContent()).not.toBe('');
    const calls = await page.evaluate(() => (window as unknown as { __fake: FakePreload }).__fake.calls);
    expect(calls).toEqual(expect.arrayContaining(['file.current', 'plan.load']));
    expect(await page.getByLabel('Sti til planfil (.planverk)').count()).toBe(0);
  });

  it('reloads when the shell says another plan was opened, and goes to a page when asked', async () => {
    await openFreshPlan('hostile', 'Fiendtlig plan');
    await emit({ kind: 'plan-changed' });
    await expect.poll(() => page.getByTestId('plan-title').textContent()).toBe(HOSTILE_TITLE);
    await emit({ kind: 'show-page', page: 'export' });
    await page.waitForFunction(() => window.location.hash === '#/eksport');
    await ensureOpen(env.origin, env.token, samplePath);
    await emit({ kind: 'plan-changed' });
    await expect.poll(() => page.getByTestId('plan-title').textContent()).not.toBe(HOSTILE_TITLE);
    expect(buildSamplePlan().plan.title.length).toBeGreaterThan(0);
  });

  it('shows a menu action error and the e-mail draft notice in the banner', async () => {
    await emit({ kind: 'error', error: { code: 'TARGET_LOCKED', message: ERROR_MESSAGES.TARGET_LOCKED } });
    expect(await page.getByTestId('error-banner').textContent()).toContain(ERROR_MESSAGES.TARGET_LOCKED);
    await page.getByRole('button', { name: 'Lukk melding' }).click();
    await emit({ kind: 'shared', emlPath: '/tmp/utkast.eml', copyPath: '/tmp/kopi.planverk', opened: false });
    expect(await page.getByTestId('notice-banner').textContent()).toContain('/tmp/utkast.eml');
  });
});
