// Issue 14 «Paste from Word»: Word's clipboard HTML pasted into the chapter editor gives real bullet and numbered lists
// (nested by level) and footnote nodes, not paragraphs starting with «·» and a literal «[1]»; the text survives a reload,
// and the DOCX export has real list numbering (w:numPr) and real footnotes (word/footnotes.xml).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { PlanView } from '../../shared/domain/planView';
import { callOk } from './api';
import { startBrowserAt, type Watch } from './browser';
import { chapterEditor, chapterTreeItem } from './chapterPage';
import { openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
const WORD_HTML = readFileSync(fileURLToPath(new URL('../fixtures/clipboard/word-lists-footnotes.html', import.meta.url)), 'utf8');
const TITLE = 'Mål og framdrift';

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const editor = () => chapterEditor(page);
const treeItem = (title: string) => chapterTreeItem(page, title);

type Json = { type?: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string };
const nodesOf = (body: unknown, type: string): Json[] => {
  const out: Json[] = [];
  const walk = (n: Json) => {
    if (n.type === type) out.push(n);
    n.content?.forEach(walk);
  };
  walk(body as Json);
  return out;
};
const bodyOf = (plan: PlanView) => plan.chapters.find((c) => c.title === TITLE)?.body;

// Waits on the condition (the pasted text reaching the file), never on time.
function waitForPlan(check: (plan: PlanView) => boolean): Promise<PlanView> {
  return vi.waitFor(
    async () => {
      const plan = await load();
      if (!check(plan)) throw new Error('plan.load never showed the pasted lists and footnotes');
      return plan;
    },
    { timeout: 30_000, interval: 200 },
  );
}

beforeAll(async () => {
  await openFreshPlan('empty', 'Lim inn fra Word');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/kapitler'));
  await page.getByRole('button', { name: 'Nytt kapittel', exact: true }).click();
  await treeItem('Nytt kapittel').focus();
  await page.keyboard.press('F2');
  const field = page.getByRole('textbox', { name: /Nytt navn på/ });
  await field.fill(TITLE);
  await field.press('Enter');
  await treeItem(TITLE).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('paste from Word into the chapter editor', () => {
  it('pasting Word clipboard HTML gives nested bullet and numbered lists and two footnotes, also after a reload', async () => {
    await treeItem(TITLE).click();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await editor().focus();
    await editor().evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Kommunen har tre mål for perioden');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, WORD_HTML);
    await expect.poll(() => editor().locator('ul ul li').count()).toBe(2);
    expect(await editor().locator(':scope > ol > li').count()).toBe(3);
    expect(await editor().locator('sup.plan-footnote').count()).toBe(2);
    expect(await editor().textContent()).not.toMatch(/·|\[1\]|\[2\]/);

    const plan = await waitForPlan((p) => nodesOf(bodyOf(p), 'footnote').length === 2 && nodesOf(bodyOf(p), 'orderedList').length === 2);
    const body = bodyOf(plan);
    expect(nodesOf(body, 'bulletList')).toHaveLength(2);
    expect(nodesOf(body, 'footnote').map((f) => f.attrs?.text)).toEqual(['Kommunestyrets vedtak i sak 45/24.', 'Se planprogrammet, kapittel 4.']);
    expect(nodesOf(body, 'listItem')).toHaveLength(9);

    await page.reload();
    await treeItem(TITLE).click();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await expect.poll(() => editor().locator('ul ul li').count()).toBe(2);
    expect(await editor().locator('ol ol li').count()).toBe(1);
    expect(await editor().locator('sup.plan-footnote').count()).toBe(2);
    expect(watch.pageErrors).toEqual([]);
  });

  it('the DOCX export of the pasted text has real list numbering and real footnotes', async () => {
    const out = join(testFolder(), 'lim-inn-fra-word.docx');
    await callOk(env.origin, env.token, 'export.run', { format: 'docx', out });
    const part = (name: string) => execFileSync('unzip', ['-p', out, name], { encoding: 'utf8' });
    const document = part('word/document.xml');
    const listParagraphs = [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:numPr>(?:(?!<\/w:p>).)*?<\/w:p>/g)].map((m) => m[0]);
    const listed = ['Hverdagsrehabilitering', 'Velferdsteknologi', 'Tjenestene skal henge sammen', 'Kartlegging', 'Brukerundersøkelse', 'Vedtak'];
    for (const text of listed) expect(listParagraphs.some((p) => p.includes(text)), text).toBe(true);
    expect(listParagraphs.filter((p) => /<w:ilvl w:val="1"\/>/.test(p)).length).toBe(3);
    expect(document.match(/<w:footnoteReference /g)).toHaveLength(2);
    const footnotes = part('word/footnotes.xml');
    expect(footnotes).toContain('Kommunestyrets vedtak i sak 45/24.');
    expect(footnotes).toContain('Se planprogrammet, kapittel 4.');
    expect(document.replace(/<[^>]+>/g, '')).not.toMatch(/·|\[1\]/);
  });
});
