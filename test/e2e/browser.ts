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
  // Waits are on conditions; this only bounds how long one may take on a busy machine (the test's own time limit is 120 s).
  context.setDefaultTimeout(60_000);
  await context.addInitScript(countApiCallsInFlight);
  return context.newPage();
}

/** A new Chromium with the app open at `route`, watched from its first script: how nearly every E2E file starts. */
export async function startBrowserAt(chromium: string, origin: string, token: string, route: string): Promise<{ browser: Browser; page: Page; watch: Watch }> {
  const browser = await launchChromium(chromium);
  const page = await newAppPage(browser);
  const watch = await watchPage(page);
  await openApp(page, origin, token, route);
  return { browser, page, watch };
}

/** In the page: how many API requests are on their way (settled() waits for none). */
function countApiCallsInFlight(): void {
  const w = window as unknown as { __apiInFlight: number; fetch: typeof fetch };
  w.__apiInFlight = 0;
  const original = w.fetch.bind(window);
  w.fetch = (input, init) => {
    const api = String(input instanceof Request ? input.url : input).includes('/api/');
    if (!api) return original(input, init);
    w.__apiInFlight++;
    return original(input, init).finally(() => w.__apiInFlight--);
  };
}

/**
 * The page has come to rest: no API request on its way, every animation and transition finished, and two frames drawn
 * after that with still nothing on its way (what the page fetched has been rendered). The condition to wait for before
 * asserting that something did NOT happen, instead of a sleep.
 */
export async function settled(page: Page): Promise<void> {
  for (;;) {
    await page.waitForFunction(() => (window as unknown as { __apiInFlight?: number }).__apiInFlight === 0);
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const still = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { __apiInFlight: number }).__apiInFlight === 0))),
        ),
    );
    if (still) return;
  }
}

/**
 * Everything the page holds for the file (field changes, the chapter editor's batch) is sent now, as when the page goes
 * away, and answered: the header no longer says held or saving. Then the file is what the page will ever write of it.
 */
export async function allWritten(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.waitForFunction(() => !['held', 'saving'].includes(document.querySelector('[data-testid="save-status"]')?.getAttribute('data-kind') ?? ''));
  await settled(page);
}

/**
 * Stops the page's time: from here no timer fires unless the test runs the clock. Playwright pauses only at a moment
 * still to come, and the page's «now» runs on while the pause is on its way to it («Cannot fast-forward to the past»
 * when it has passed). So the page first comes to rest (what it was fetching and drawing done: a page still rendering
 * the Plan page's row sections answered late), then the pause aims a little ahead of the page's «now», further ahead
 * on each try. Aiming ahead is the same as the machine having been that much slower: timers due by then fire first.
 */
export async function stopPageTime(page: Page): Promise<void> {
  await settled(page);
  for (let attempt = 0; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 100 * 2 ** attempt);
      return;
    } catch (error) {
      if (attempt >= 6 || !/past/i.test(String(error))) throw error;
    }
  }
}
