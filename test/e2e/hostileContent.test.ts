// A plan whose title, group and area names, chapter title and body carry <img onerror>, <script>, javascript: links
// and worse is shown as text on every page: no dialog, no script, no CSP violation, no element made from the text.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../../renderer/app/routes';
import { goTo, settled, startBrowserAt, type Watch } from './browser';
import { HOSTILE_TITLE, openFreshPlan, PAYLOADS } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;

/** Elements that only exist if plan text became markup, or a link that could run script. */
const injectedElements = (p: Page) =>
  p.evaluate(() =>
    [
      ...document.querySelectorAll(
        'img[src="x"], main script, header script, iframe, svg[onload], [onerror], [onclick], [onload], a[href^="javascript:" i], a[href^="data:" i], img[src^="javascript:" i], img[src^="http" i]',
      ),
    ].map((e) => e.outerHTML.slice(0, 120)),
  );
const pwned = (p: Page) => p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

beforeAll(async () => {
  await openFreshPlan('hostile', 'Fiendtlig plan');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
});

afterAll(async () => {
  await browser?.close();
});

describe('hostile plan content', () => {
  it('shows the hostile title as literal text in the header, the field and the window title', async () => {
    await expect.poll(() => page.getByTestId('plan-title').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.getByLabel('Tittel', { exact: true }).inputValue()).toBe(HOSTILE_TITLE);
    expect(await page.title()).toBe(`${HOSTILE_TITLE} – Planverk`);
    expect(await page.getByLabel('Kommune').inputValue()).toBe(PAYLOADS.svg);
  });

  it.each(ROUTES.map((r) => [r.id, r.path] as const))('renders the %s page with no script run and nothing injected', async (_id, path) => {
    await goTo(page, path);
    // What the page fetched for this route has been drawn: anything hostile text could become would be there now.
    await settled(page);
    expect(await injectedElements(page)).toEqual([]);
    expect(await pwned(page)).toBeNull();
  });

  it('shows group and area names in the matrix as text', async () => {
    await goTo(page, '#/ansvarsmatrise');
    const heads = await page.locator('[data-testid="matrix-overview"] thead th').allTextContents();
    expect(heads).toContain(`1. Gruppe ${PAYLOADS.script}`);
    expect(heads).toContain(`2. Gruppe ${PAYLOADS.img}`);
    const rows = await page.locator('[data-testid="matrix-overview"] tbody th[scope="row"]').allTextContents();
    expect(rows).toEqual([`Område ${PAYLOADS.img}`, `Område ${PAYLOADS.link}`]);
  });

  it('renders the chapter body through the editor schema: markup as text, unsafe links and unknown nodes dropped', async () => {
    await goTo(page, '#/kapitler');
    const body = page.locator('.chapter-body');
    await body.waitFor();
    const text = (await body.textContent()) ?? '';
    expect(text).toContain(`Tekst ${PAYLOADS.img} ${PAYLOADS.script}`);
    expect(text).toContain('Farlig lenke');
    expect(text).not.toContain("window.__pwned='node'");
    expect(await body.locator('a').count()).toBe(0);
    // The body is the editor now (contenteditable); what matters is that nothing hostile became markup.
    expect(await body.locator('script, iframe, svg, [onerror], [onclick], [onload]').count()).toBe(0);
    // Clicking where the javascript: link was must do nothing.
    await body.getByText('Farlig lenke').click();
    await body.getByText('Data-lenke').click();
    const images = await body.locator('img').evaluateAll((imgs) => imgs.map((i) => ({ src: i.getAttribute('src'), alt: i.getAttribute('alt') })));
    for (const image of images) expect(image.src).toBeNull();
    expect(await page.getByRole('heading', { level: 2, name: `Kapittel ${PAYLOADS.iframe}` }).count()).toBe(1);
    expect(await pwned(page)).toBeNull();
  });

  it('ran no script: no dialog, no page error, no CSP violation, window flag unset', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    await settled(page);
    expect(await pwned(page)).toBeNull();
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
