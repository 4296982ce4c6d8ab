// A chapter returned with many suggestions and comments (issue 15, opening stays quick): the suggestion list and the
// comments pane draw 50 entries at first and «Vis flere …» the next 50, with focus moved to the first new entry so a
// keyboard or screen-reader user reads on from there; every comment's range is highlighted in the text all the same,
// and «Godta alle» still acts on every suggestion, drawn or not. A bridge of its own: the file is written before the app
// opens it.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import type { Chapter } from '../../shared/domain/plan';
import type { PlanView } from '../../shared/domain/planView';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { chapterDoc, commentOn, OLA } from '../services/merge/reviewCopies';
import { callOk } from './api';
import { axeViolations } from './axe';
import type { BridgeProcess } from './bridgeProcess';
import { chapterEditor, chapterTreeItem, openChapterAs } from './chapterPage';
import { testFolder } from './fixtures';

const env = inject('e2e');
const root = mkdtempSync(join(testFolder(), 'long-review-'));
/** More than two pages of 50: the second «Vis flere» draws the last 20 and the button goes. */
const COUNT = 120;
let bridge: BridgeProcess;
let browser: Browser;
let page: Page;
let chapter: Chapter;
/** Another chapter of the plan, to leave this one and open it again. */
let other: Chapter;

const load = (): Promise<PlanView> => callOk(bridge.origin, bridge.token, 'plan.load', {});
const editor = () => chapterEditor(page);
const treeItem = (title: string) => chapterTreeItem(page, title);
const suggestions = () => page.getByRole('complementary', { name: /Forslag til endringer/ });
const comments = () => page.getByRole('region', { name: /^Kommentarer til/ });
/** What has focus: its accessible name as the page gives it (aria-label, else its text). */
const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

/** Paragraph i: «Avsnitt i handler om …», its fourth word proposed for insertion (even i) or deletion (odd i) by Ola. */
function longBody(): Chapter['body'] {
  const mark = (i: number) => ({
    type: i % 2 === 0 ? 'insertion' : 'deletion',
    attrs: { id: `s${i}`, authorId: OLA.id, authorName: OLA.name, authorInitials: OLA.initials, authorGroup: OLA.group, date: '2026-12-07T08:00:00.000Z' },
  });
  const content = Array.from({ length: COUNT }, (_, i) => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `Avsnitt ${i + 1} handler om ` },
      { type: 'text', text: `forslag${i + 1}`, marks: [mark(i)] },
      { type: 'text', text: ' i planen.' },
    ],
  }));
  return { type: 'doc', content } as Chapter['body'];
}

beforeAll(async () => {
  const sample = buildSamplePlan();
  const target = sample.chapters.find((c) => c.kind === 'chapter')!;
  chapter = { ...target, title: 'Lang gjennomgang', body: longBody() };
  other = sample.chapters.find((c) => c.kind === 'chapter' && c.id !== target.id)!;
  const planPath = join(root, 'Lang.planverk');
  createPlanFile(planPath, { ...sample, chapters: sample.chapters.map((c) => (c.id === target.id ? chapter : c)) }).close();
  const file = openPlanFile(planPath, { author: OLA });
  try {
    // One comment on the first word («Avsnitt») of each paragraph, written in text order.
    const starts: number[] = [];
    chapterDoc(file, chapter.id).descendants((node, pos) => {
      if (node.type.name === 'paragraph') starts.push(pos + 1);
      return node.type.name === 'doc';
    });
    starts.forEach((from, i) => commentOn(file, chapter.id, `Merknad ${i + 1}`, { from, to: from + 'Avsnitt'.length }));
  } finally {
    file.close();
  }
  ({ bridge, browser, page } = await openChapterAs(env.chromium, planPath, join(root, 'data'), { name: 'Kari Nordmann', group: 'Plangruppa' }, chapter.title));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

describe('a chapter with many suggestions and comments', () => {
  it('a suggestion gets its title (author and date) when the pointer is over it or the caret enters it, not every mark at opening', async () => {
    const ins = editor().locator('ins.plan-suggestion');
    const del = editor().locator('del.plan-suggestion');
    await expect.poll(() => ins.count()).toBe(COUNT / 2);
    expect(await del.count()).toBe(COUNT / 2);
    expect(await editor().locator('.plan-suggestion[title]').count()).toBe(0);
    // Underlined and struck through: a sign that is not colour alone.
    expect(await ins.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
    expect(await del.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');

    await ins.first().hover();
    await expect.poll(() => ins.first().getAttribute('title')).toBe('Foreslått innsatt av Ola Hansen, 07.12.2026');

    // By keyboard: the caret walks from the start of paragraph 2 into its struck word.
    await editor().locator('p').nth(1).click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Avsnitt 2 handler om '.length + 1; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => del.first().getAttribute('title')).toBe('Foreslått slettet av Ola Hansen, 07.12.2026');
    // Writing the titles changed nothing in the text.
    expect(await editor().locator('p').nth(1).textContent()).toBe('Avsnitt 2 handler om forslag2 i planen.');
  });

  it('a mark is drawn with its id only, and typing inside a proposed insertion or deletion (the mode off) leaves it the same person\'s', async () => {
    // Paragraph 3 holds Ola's proposed insertion «forslag3», paragraph 4 his proposed deletion «forslag4».
    const added = editor().locator('p').nth(2).locator('ins.plan-suggestion');
    const struck = editor().locator('p').nth(3).locator('del.plan-suggestion');
    // Who and when are looked up when a title is wanted, not written on each of the chapter's marks.
    for (const mark of [added, struck]) expect(await mark.evaluate((el) => el.getAttributeNames().sort())).toEqual(['class', 'data-suggestion']);
    for (const [mark, word, title] of [
      [added, 'forslag3', 'Foreslått innsatt av Ola Hansen, 07.12.2026'],
      [struck, 'forslag4', 'Foreslått slettet av Ola Hansen, 07.12.2026'],
    ] as const) {
      // The caret inside the word (its middle), a letter typed: the browser changes the mark's own text, which the
      // editor reads back from the page; the mark stays Ola's, his title and all.
      await mark.click();
      await page.keyboard.type('x');
      await expect.poll(() => mark.textContent()).toMatch(new RegExp(`^${word.slice(0, 3)}.*x.*$`));
      expect((await mark.textContent())?.length).toBe(word.length + 1);
      await mark.hover();
      await expect.poll(() => mark.getAttribute('title')).toBe(title);
    }
    expect(await editor().locator('s').count()).toBe(0);
    expect(await editor().locator('ins.plan-suggestion').count()).toBe(COUNT / 2);
    expect(await editor().locator('del.plan-suggestion').count()).toBe(COUNT / 2);
  });

  it('opening the chapter draws its text once: no paragraph is drawn again while it opens, and the comments pane follows', async () => {
    await treeItem(other.title).click();
    await page.getByRole('heading', { level: 2, name: other.title }).waitFor();
    // From here on, every paragraph of text the chapter's editor takes out of its text (a redraw) is counted (the
    // empty one it shows before the text is drawn is not).
    await page.evaluate((id) => {
      const w = window as unknown as { redrawn: number };
      w.redrawn = 0;
      new MutationObserver((records) => {
        for (const r of records) {
          const target = r.target as Element;
          if (!target.matches?.('.ProseMirror') || target.closest('.plan-editor')?.getAttribute('data-chapter-id') !== id) continue;
          w.redrawn += [...r.removedNodes].filter((n) => n.nodeName === 'P' && n.textContent !== '').length;
        }
      }).observe(document.body, { childList: true, subtree: true });
    }, chapter.id);
    await treeItem(chapter.title).click();
    await page.getByRole('heading', { level: 2, name: chapter.title }).waitFor();
    await expect.poll(() => editor().locator('p').count()).toBe(COUNT);
    // The pane under the text draws its threads once the chapter is on screen.
    await expect.poll(() => comments().getByRole('article').count()).toBe(50);
    await expect.poll(() => editor().evaluate((el) => new Set([...el.querySelectorAll('[data-comment]')].map((e) => e.getAttribute('data-comment'))).size), { timeout: 20_000 }).toBe(COUNT);
    expect(await page.evaluate(() => (window as unknown as { redrawn: number }).redrawn)).toBe(0);
  });

  it('«Vis flere forslag» draws 50 suggestions, then the next 50 with focus on the first new one, then the rest; Godta alle acts on all', async () => {
    await suggestions().getByRole('heading', { name: `Forslag til endringer (${COUNT})` }).waitFor();
    const entries = () => suggestions().getByRole('listitem');
    await expect.poll(() => entries().count()).toBe(50);
    const more = suggestions().getByRole('button', { name: /^Vis flere forslag/ });
    expect(await more.textContent()).toBe(`Vis flere forslag (${COUNT - 50} til)`);

    // By keyboard, as a screen-reader user would: the first newly drawn entry takes focus.
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => entries().count()).toBe(100);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-suggestion-entry'))).toBe('s50');
    expect(await more.textContent()).toBe(`Vis flere forslag (${COUNT - 100} til)`);

    await more.click();
    await expect.poll(() => entries().count()).toBe(COUNT);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-suggestion-entry'))).toBe('s100');
    expect(await more.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('«Vis flere kommentarer» draws 50 threads in text order, then the next 50 with focus on the first new one; every range is highlighted', async () => {
    const cards = () => comments().getByRole('article');
    await expect.poll(() => cards().count()).toBe(50);
    expect(await cards().first().textContent()).toContain('Merknad 1');
    expect(await cards().nth(49).textContent()).toContain('Merknad 50');
    // Every open comment's range is highlighted in the text, drawn in the pane or not.
    await expect.poll(() => editor().evaluate((el) => new Set([...el.querySelectorAll('[data-comment]')].map((e) => e.getAttribute('data-comment'))).size), { timeout: 20_000 }).toBe(COUNT);

    const more = comments().getByRole('button', { name: /^Vis flere kommentarer/ });
    expect(await more.textContent()).toBe(`Vis flere kommentarer (${COUNT - 50} til)`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards().count()).toBe(100);
    await expect.poll(focused).toMatch(/^Kommentar fra Ola Hansen/);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Merknad 51');
    // Tab from the focused thread reaches its own buttons (Svar first).
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Svar');

    await more.click();
    await expect.poll(() => cards().count()).toBe(COUNT);
    expect(await more.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('accepting all suggestions accepts the ones never drawn as well', async () => {
    await suggestions().getByRole('button', { name: 'Godta alle', exact: true }).click();
    await expect.poll(() => editor().locator('.plan-suggestion').count()).toBe(0);
    const body = async () => JSON.stringify((await load()).chapters.find((c) => c.id === chapter.id)?.body ?? null);
    await expect.poll(body, { timeout: 20_000 }).not.toMatch(/"insertion"|"deletion"/);
    // Proposed words stay (accepted insertions), struck words go (accepted deletions).
    const text = await editor().textContent();
    expect(text).toContain('Avsnitt 1 handler om forslag1 i planen.');
    expect(text).toContain('Avsnitt 2 handler om  i planen.');
    expect(text).toContain(`Avsnitt ${COUNT} handler om  i planen.`);
  });
});
