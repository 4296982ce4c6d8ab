// The HTML that is both the in-app preview and the PDF source: axe-core in Chromium finds no WCAG 2.1 A/AA violation,
// and hostile plan text stays text.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPdfBrowser } from '../../electron/services/export/pdfBrowser';
import { buildDocument } from '../../shared/document/builder';
import { renderHtml, tocPageNumbersCss } from '../../shared/document/html/htmlRenderer';
import { fixturePlan, hostilePlan, HOSTILE, nynorskPlan } from './fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchPdfBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function axeViolations(html: string) {
  // bypassCSP lets axe inject its script; the document itself runs none.
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.html.slice(0, 120)}`);
  } finally {
    await context.close();
  }
}

describe('HTML renderer', () => {
  it('passes axe-core (WCAG 2.1 A and AA) for the whole plan, the matrix and a nynorsk plan', async () => {
    const plan = fixturePlan();
    for (const html of [
      renderHtml(buildDocument(plan, { part: 'plan', watermark: 'horingsutkast' })),
      renderHtml(buildDocument(plan, { part: 'matrix', watermark: 'utkast' })),
      renderHtml(buildDocument(nynorskPlan(), { part: 'plan', watermark: 'none' })),
    ]) {
      expect(await axeViolations(html)).toEqual([]);
    }
  });

  it('is self-contained and semantic: lang, title, headings with ids, TOC links, captions, th scope, figure alt, no script', () => {
    const plan = fixturePlan();
    const html = renderHtml(buildDocument(plan, { part: 'plan', watermark: 'none' }));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nb-NO">/);
    expect(html).toContain('<title>Kommunedelplan helse og omsorg 2025–2037</title>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)="(?!data:|#|https?:|mailto:)/);
    const ids = [...html.matchAll(/<h[123] id="([^"]+)"/g)].map((m) => m[1]);
    const links = [...html.matchAll(/<nav class="toc".*?<\/nav>/gs)][0]?.[0].match(/href="#([^"]+)"/g) ?? [];
    expect(links.map((l) => l.slice(7, -1))).toEqual(ids);
    expect(html).toContain('<caption id="tabell-2">Tabell 2: Nøkkeltall for tjenestene</caption>');
    expect(html).toMatch(/<thead><tr><th scope="col">/);
    const image = plan.assets.find((a) => a.name === 'befolkning.png')!;
    expect(html).toContain(`<img src="data:image/png;base64,${image.dataBase64}" alt="${image.alt}"`);
    expect(html).toContain('<figcaption>Figur 1: Befolkningsutvikling 80 år og eldre</figcaption>');
    expect(html).toContain('<a href="https://www.ssb.no/">Statistisk sentralbyrå</a>');
  });

  it('renders hostile text inert: escaped, no handlers, no javascript: links, no style break-out', async () => {
    const html = renderHtml(buildDocument(hostilePlan(), { part: 'plan', watermark: 'utkast' }));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*\sonerror=/i);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const context = await browser.newContext({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setContent(html);
      expect(dialogs).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('h1', { hasText: 'Farlig' }).innerText()).toContain(HOSTILE);
    } finally {
      await context.close();
    }
  });

  it('writes TOC page numbers only for our ids and real page numbers, into the slots a paged TOC has', () => {
    const model = buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' });
    const html = renderHtml(model, { pagedToc: true });
    const ids = [...html.matchAll(/<span class="pg" id="pg-([A-Za-z0-9_-]+)"><\/span>/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(5);
    expect(renderHtml(model)).not.toContain('class="pg"');
    const pages = new Map<string, number>([
      [ids[0]!, 3],
      [ids[1]!, 12],
      ['x"}body{display:none}#y', 4],
      ['</style><script>', 5],
      [ids[2]!, 2.5],
      [ids[3]!, -1],
      [ids[4]!, Number.NaN],
    ]);
    expect(tocPageNumbersCss(pages)).toBe(`#pg-${ids[0]}::after{content:"3"}#pg-${ids[1]}::after{content:"12"}`);
  });
});
