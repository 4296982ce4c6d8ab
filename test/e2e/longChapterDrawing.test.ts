// A long chapter opens by drawing what the window shows first (issue 15, opening stays quick): blocks below the first
// screen are neither styled nor laid out until they are scrolled near (CSS content-visibility), and the suggestion list
// beside the text draws the entries beside the first screen at once and the rest of its first page when the browser is
// idle. What the adviser does must not notice: the caret reaches the end, footnotes keep their running numbers, «Vis
// flere» pressed early still goes on where the list went on. A bridge of its own: the file is written before the app
// opens it.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPlanFile } from '../../electron/services/store';
import type { Chapter } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { firstScreenEntries } from '../../renderer/editor/suggestionFirstScreen';
import { countWordsInJson } from '../../renderer/editor/wordCount';
import { OLA } from '../services/merge/reviewCopies';
import type { BridgeProcess } from './bridgeProcess';
import { chapterEditor, chapterTreeItem, openChapterAs } from './chapterPage';
import { testFolder } from './fixtures';

const env = inject('e2e');
const root = mkdtempSync(join(testFolder(), 'long-chapter-drawing-'));
/** Paragraphs, each with one suggestion: far more than one screen of text, and three pages of the suggestion list. */
const COUNT = 150;
/** Paragraphs (0-based) holding a footnote: the first, one in the middle and the one before the last. */
const FOOTNOTES = [0, 74, COUNT - 2];
/** Entries of the suggestion list's first page. */
const PAGE = 50;
/** Entries drawn with the text: those the test window (768 px high) can show beside it. */
const FIRST_SCREEN = firstScreenEntries(768);
let bridge: BridgeProcess;
let browser: Browser;
let page: Page;
let chapter: Chapter;
/** Another chapter of the plan, to leave this one and open it again. */
let other: Chapter;

const editor = () => chapterEditor(page);
const suggestions = () => page.getByRole('complementary', { name: /Forslag til endringer/ });
const entries = () => suggestions().getByRole('listitem');

/** Paragraph i: «Avsnitt i handler om forslagi …», its fifth word proposed for insertion by Ola; some with a footnote. */
function longBody(): Chapter['body'] {
  const mark = (i: number) => ({
    type: 'insertion',
    attrs: { id: `s${i}`, authorId: OLA.id, authorName: OLA.name, authorInitials: OLA.initials, authorGroup: OLA.group, date: '2026-12-07T08:00:00.000Z' },
  });
  const content = Array.from({ length: COUNT }, (_, i) => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `Avsnitt ${i + 1} handler om ` },
      { type: 'text', text: `forslag${i + 1}`, marks: [mark(i)] },
      { type: 'text', text: ' i planen, med nok tekst til at avsnittet fyller mer enn en halv linje i vinduet.' },
      ...(FOOTNOTES.includes(i) ? [{ type: 'footnote', attrs: { text: `Kilde til avsnitt ${i + 1}` } }] : []),
    ],
  }));
  return { type: 'doc', content } as Chapter['body'];
}

/**
 * Opens the long chapter from the other one. `beforeOpen` runs in the page first (a watcher, a browser that is never
 * idle); the chapter's text is on the page when this returns.
 */
async function openLongChapter(beforeOpen?: () => void): Promise<void> {
  await chapterTreeItem(page, other.title).click();
  await page.getByRole('heading', { level: 2, name: other.title }).waitFor();
  if (beforeOpen) await page.evaluate(beforeOpen);
  await chapterTreeItem(page, chapter.title).click();
  await page.getByRole('heading', { level: 2, name: chapter.title }).waitFor();
  await expect.poll(() => editor().locator('p').count()).toBe(COUNT);
}

/** The numbers the footnotes show, in text order, as the browser's accessibility tree reads them out (CSS counters). */
async function footnoteNumbers(): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type AxNode = { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[] };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const text = (n: AxNode): string => (n.role?.value === 'StaticText' ? (n.name?.value ?? '') : (n.childIds ?? []).map((id) => byId.get(id)).filter((c) => c !== undefined).map(text).join(''));
    return nodes.filter((n) => n.role?.value === 'superscript').map(text);
  } finally {
    await cdp.detach();
  }
}

beforeAll(async () => {
  const sample = buildSamplePlan();
  const target = sample.chapters.find((c) => c.kind === 'chapter')!;
  chapter = { ...target, title: 'Lang tekst', body: longBody() };
  other = sample.chapters.find((c) => c.kind === 'chapter' && c.id !== target.id)!;
  const planPath = join(root, 'Lang.planverk');
  createPlanFile(planPath, { ...sample, chapters: sample.chapters.map((c) => (c.id === target.id ? chapter : c)) }).close();
  ({ bridge, browser, page } = await openChapterAs(env.chromium, planPath, join(root, 'data'), { name: 'Kari Nordmann', group: 'Plangruppa' }, chapter.title));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

describe('a long chapter draws what the window shows first', () => {
  it('the suggestion list draws the entries the window can show beside the text with it (they reach its bottom edge), and the rest of its first 50 when the browser is idle', async () => {
    await openLongChapter(() => {
      // Every count of drawn entries the list goes through, from the moment it is on the page.
      const w = window as unknown as { entryCounts: number[] };
      w.entryCounts = [];
      new MutationObserver(() => {
        const n = document.querySelectorAll('[data-suggestion-entry]').length;
        if (n > 0 && w.entryCounts.at(-1) !== n) w.entryCounts.push(n);
      }).observe(document.body, { childList: true, subtree: true });
    });
    await expect.poll(() => entries().count()).toBe(PAGE);
    expect(await page.evaluate(() => innerHeight)).toBe(768);
    expect(await page.evaluate(() => (window as unknown as { entryCounts: number[] }).entryCounts)).toEqual([FIRST_SCREEN, PAGE]);
    // Those drawn with the text fill the window beside it: the last of them reaches its bottom edge (none would have
    // been missing from the first screen), and fewer than the 12 a fixed count drew.
    expect(FIRST_SCREEN).toBeLessThan(12);
    const lastBottom = await entries().nth(FIRST_SCREEN - 1).evaluate((el) => el.getBoundingClientRect().bottom);
    expect(lastBottom).toBeGreaterThanOrEqual(768);
    expect(await suggestions().getByRole('button', { name: /^Vis flere forslag/ }).textContent()).toBe(`Vis flere forslag (${COUNT - PAGE} til)`);
  });

  it('blocks below the first screen are not laid out at opening; Ctrl+End puts the caret at the end of the last paragraph and shows it, Ctrl+Home then Shift+Ctrl+End selects the whole text', async () => {
    await openLongChapter();
    // The browser skips the layout of a block's content until it comes near the window (content-visibility: auto).
    const laidOut = (i: number) => editor().locator('p').nth(i).locator('ins').evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    expect(await laidOut(0)).toBe(true);
    expect(await laidOut(COUNT - 1)).toBe(false);

    await editor().locator('p').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Slutt.');
    const last = editor().locator('p').nth(COUNT - 1);
    await expect.poll(() => last.textContent()).toMatch(/fyller mer enn en halv linje i vinduet\. Slutt\.$/);
    expect(await laidOut(COUNT - 1)).toBe(true);
    // The caret is on screen (inside the window's height), after the typed text.
    const caret = () => page.evaluate(() => { const box = window.getSelection()!.getRangeAt(0).getBoundingClientRect(); return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight; });
    expect(await caret()).toBe(true);

    // Ctrl+Home goes back to the first paragraph's start; Shift+Ctrl+End selects the whole text from there.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+Control+End');
    await expect.poll(() => page.evaluate(() => window.getSelection()!.toString().length)).toBeGreaterThan(COUNT * 100);
    expect(await page.evaluate(() => window.getSelection()!.toString())).toMatch(/^Avsnitt 1 handler om[^]*Slutt\.$/);
  });

  it('the word count beside the toolbar shows the long chapter\'s words once it is on screen, without typing', async () => {
    await openLongChapter();
    // Counted when the browser is first idle after the text is drawn (not before the first paint).
    const words = page.locator('.plan-editor .plan-editor-words');
    // The words of the text as it stands (an earlier case may have typed in it), paragraph by paragraph.
    const paragraphs = await editor().locator('p').allTextContents();
    expect(paragraphs).toHaveLength(COUNT);
    const expected = countWordsInJson({ content: paragraphs.map((text) => ({ text })) });
    expect(expected).toBeGreaterThanOrEqual(COUNT * 21);
    await expect.poll(async () => (await words.textContent())?.replace(/\D/g, '')).toBe(String(expected));
  });

  it('footnotes keep their running numbers through blocks that are drawn lazily: 1, 2, 3 in the first, middle and last paragraphs', async () => {
    await openLongChapter();
    await expect.poll(footnoteNumbers).toEqual(['1', '2', '3']);
  });

  it('«Vis flere forslag» pressed before the browser was idle draws the rest of the first page, focus on the first new entry', async () => {
    // A browser that is never idle: the rest of the first page waits for «Vis flere» (restored below).
    await openLongChapter(() => {
      const w = window as unknown as { realIdle: typeof requestIdleCallback; requestIdleCallback: typeof requestIdleCallback };
      w.realIdle = w.requestIdleCallback;
      w.requestIdleCallback = () => 0;
    });
    try {
      await expect.poll(() => entries().count()).toBe(FIRST_SCREEN);
      const more = suggestions().getByRole('button', { name: /^Vis flere forslag/ });
      expect(await more.textContent()).toBe(`Vis flere forslag (${COUNT - FIRST_SCREEN} til)`);
      await more.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => entries().count()).toBe(PAGE);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-suggestion-entry'))).toBe(`s${FIRST_SCREEN}`);
      expect(await more.textContent()).toBe(`Vis flere forslag (${COUNT - PAGE} til)`);
    } finally {
      await page.evaluate(() => {
        const w = window as unknown as { realIdle: typeof requestIdleCallback; requestIdleCallback: typeof requestIdleCallback };
        w.requestIdleCallback = w.realIdle;
      });
    }
  });
});
