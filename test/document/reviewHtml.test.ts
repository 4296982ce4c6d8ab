// Suggestions and comments in the HTML (preview, HTML export, Chromium PDF): <ins>/<del> with author and day in title
// and the time in datetime, a numbered reference at each comment's range and an aside with every thread, linked both
// ways; axe finds no WCAG 2.1 A/AA violation; a document without review content has no review markup.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPdfBrowser } from '../../electron/services/export/pdfBrowser';
import { buildDocument } from '../../shared/document/builder';
import { renderHtml } from '../../shared/document/html/htmlRenderer';
import { fixturePlan, HOSTILE } from './fixtures';
import { DELETED, INSERTED, KARI, OLA, withReview } from './reviewFixtures';

const clean = buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' });
const html = renderHtml(withReview(clean));

let browser: Browser;
beforeAll(async () => {
  browser = await launchPdfBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('HTML review content', () => {
  it('a clean document has no ins, del, comment references or comments aside', () => {
    const plain = renderHtml(clean);
    for (const markup of ['<ins', '<del', 'comment-ref', 'comment-start', '<aside', 'ins.review']) expect(plain, markup).not.toContain(markup);
  });

  it('draws suggestions as ins and del with the author and day in title and the time in datetime', () => {
    const ins = [...html.matchAll(/<ins ([^>]*)>(.*?)<\/ins>/g)];
    const del = [...html.matchAll(/<del ([^>]*)>(.*?)<\/del>/g)];
    expect(ins.map((m) => m[2])).toEqual([` ${INSERTED}`]);
    expect(del.map((m) => m[2])).toEqual([` ${DELETED}`]);
    expect(ins[0]![1]).toContain(`title="Satt inn av ${KARI.author} 01.03.2025"`);
    expect(ins[0]![1]).toContain(`datetime="${KARI.date}"`);
    expect(del[0]![1]).toContain(`title="Slettet av ${OLA.author} 02.03.2025"`);
  });

  it('lists every comment thread in an aside with author, initials, day, status and replies, linked both ways', () => {
    const aside = /<aside class="comments"[^>]*>(.*)<\/aside>/s.exec(html)?.[1] ?? '';
    expect(aside).toContain('Kommentarer');
    expect(aside).toMatch(new RegExp(`<li id="comment-1">.*<b>${KARI.author}</b> \\(${KARI.initials}\\) <time datetime="${KARI.date}">01.03.2025</time>.*<p>Bør vi tallfeste dette\\?</p><p>Se tabell 2\\.</p>.*<ol class="replies"[^>]*><li id="comment-2">.*<b>${OLA.author}</b>`, 's'));
    expect(aside).toMatch(/<li id="comment-3" class="resolved">.*\(Løst\)/s);
    expect(aside).toContain('Til hele dokumentet');
    // Hostile comment text is text.
    expect(aside).not.toContain('<script');
    expect(aside).toContain('&lt;script&gt;');
    expect(HOSTILE).toContain('<script>');
    // Every link points at an id that exists, and ids are unique.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/href="#(comment[^"]+)"/g)].map((m) => m[1]!);
    // Two anchored threads: a reference to each and a link back from each.
    expect(targets.sort()).toEqual(["comment-1", "comment-3", "comment-text-1", "comment-text-3"]);
    for (const t of targets) expect(ids, t).toContain(t);
  });

  it('passes axe-core (WCAG 2.1 A and AA) with suggestions and comments', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.setContent(html);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 120)}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
