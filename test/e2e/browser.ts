// Chromium for the E2E suite and the render bench: launch, open the app through the bridge, and watch for anything
// a hostile plan could make happen (dialogs, page errors, CSP violations).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.PLANVERK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export type Watch = { dialogs: string[]; pageErrors: string[]; cspViolations: () => Promise<string[]> };

/** Records every dialog (and dismisses it), uncaught page error and CSP violation from the first script on. */
export async function watchPage(page: Page): Promise<Watch> {
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    dialogs,
    pageErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  };
}

/** Opens the app the way `npm run web` prints it (token in the fragment), then goes to a page of the frame. */
export async function openApp(page: Page, origin: string, token: string, route = '#/plan'): Promise<void> {
  await page.goto(`${origin}/#token=${token}`);
  await page.locator('nav[aria-label] a').first().waitFor();
  if (route !== '#/plan') await goTo(page, route);
  await page.locator('main h1').waitFor();
}

export async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  await page.waitForFunction((hash) => window.location.hash === hash && document.querySelector('main h1') !== null, route);
}

/** A page in its own context (axe-core's playwright binding needs one; it also isolates sessionStorage per test file). */
export async function newAppPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  return context.newPage();
}
