// The plan-wide Kommentarer page with a returned plan's hundreds of threads (issue 15, opening stays quick): it draws
// 50 threads at a time, «Vis flere kommentarer» draws the next 50 with focus on the first new one (so a keyboard or
// screen-reader user reads on from there), another filter starts again at the first page, and «Gå til» works from a
// thread of a later page. axe 0. A bridge of its own: the file, with its 520 threads, is written before the app opens it.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCommentService } from '../../electron/services/comments/commentService';
import { createPersonStore, PERSON_FILE } from '../../electron/services/person/personStore';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import type { Comment } from '../../shared/domain/comment';
import type { Person } from '../../shared/domain/person';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { chapterDoc, KARI, OLA, PER } from '../services/merge/reviewCopies';
import { axeViolations } from './axe';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';
import { goTo, launchChromium, newAppPage, openApp, settled, watchPage, type Watch } from './browser';
import { testFolder } from './fixtures';

const env = inject('e2e');
const root = mkdtempSync(join(testFolder(), 'kommentarer-mange-'));
const THREADS = 520;
/** Every tenth thread is Per's, on a chapter's text; the others alternate between Kari and Ola, on matrix areas. */
const isPers = (i: number) => i % 10 === 9;
const isOlas = (i: number) => !isPers(i) && i % 2 === 1;
const INDEXES = Array.from({ length: THREADS }, (_, i) => i);
const PERS = INDEXES.filter(isPers).length; // 52
const OLAS = INDEXES.filter(isOlas).length; // 208
let bridge: BridgeProcess;
let browser: Browser;
let page: Page;
let watch: Watch;
let chapterTitle: string;

const at = (i: number) => new Date(Date.UTC(2026, 11, 7, 8, 0, 0, 0) + i * 1000);
const cards = () => page.locator('main').getByRole('article');
const more = () => page.locator('main').getByRole('button', { name: /^Vis flere kommentarer/ });
/** The count the page says, «520 tråder». */
const counted = (n: number) => page.locator('main').getByText(`${n} tråder`, { exact: true });
const focusedThread = () => page.evaluate(() => document.activeElement?.getAttribute('data-comment-id') ?? null);
/** The thread ids in the order the page draws them. */
const drawnIds = () => cards().evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-id')));

function areaComment(i: number, areaId: string): Comment {
  const person: Person = isOlas(i) ? OLA : KARI;
  return {
    id: `t${i}`, parentId: null, targetTable: 'areas', targetId: areaId, anchorStart: null, anchorEnd: null, quote: '', body: `Merknad ${i + 1}`,
    authorId: person.id, authorName: person.name, authorInitials: person.initials, authorGroup: person.group,
    createdAt: at(i).toISOString(), editedAt: null, resolved: false, resolvedAt: null, resolvedBy: null,
  };
}

beforeAll(async () => {
  const sample = buildSamplePlan();
  const areas = sample.areas.map((a) => a.id);
  const planPath = join(root, 'Mange.planverk');
  createPlanFile(planPath, { ...sample, comments: INDEXES.filter((i) => !isPers(i)).map((i) => areaComment(i, areas[i % areas.length]!)) }).close();
  // Per's threads on the first words of a chapter's first paragraph, through the comment service (anchors in its Yjs text).
  const file = openPlanFile(planPath, { author: PER });
  try {
    const chapter = sample.chapters.find((c) => c.kind === 'chapter' && chapterDoc(file, c.id).textContent.length > 20)!;
    chapterTitle = chapter.title;
    let from = 0;
    chapterDoc(file, chapter.id).descendants((node, pos) => {
      if (from === 0 && node.isTextblock && node.textContent.length > 10) from = pos + 1;
      return from === 0;
    });
    for (const i of INDEXES.filter(isPers)) {
      const service = createCommentService(file, { now: () => at(i), newId: () => `t${i}` });
      service.add({ targetTable: 'chapters', targetId: chapter.id, body: `Merknad ${i + 1}`, place: { from, to: from + 8 } });
    }
  } finally {
    file.close();
  }
  const dataDir = join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  createPersonStore(join(dataDir, PERSON_FILE)).save({ name: 'Anne Lie', group: 'Plangruppa' });
  bridge = await startBridgeProcess([planPath], dataDir);
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  watch = await watchPage(page);
  await openApp(page, bridge.origin, bridge.token, '#/kommentarer');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

describe('the Kommentarer page with 520 threads', () => {
  it('draws 50 threads at first while the count says 520; «Vis flere kommentarer» by keyboard draws the next 50 with focus on the first new one; axe 0', async () => {
    await counted(THREADS).waitFor();
    await expect.poll(() => cards().count()).toBe(50);
    // Oldest first, as before: the first page is threads 1–50.
    expect((await drawnIds()).slice(0, 3)).toEqual(['t0', 't1', 't2']);
    expect(await cards().nth(49).textContent()).toContain('Merknad 50');
    expect(await more().textContent()).toBe(`Vis flere kommentarer (${THREADS - 50} til)`);

    await more().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards().count()).toBe(100);
    await expect.poll(focusedThread).toBe('t50');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Merknad 51');
    // Tab from the focused thread reaches its own buttons, «Gå til» its area first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Gå til Område «/);
    expect(await more().textContent()).toBe(`Vis flere kommentarer (${THREADS - 100} til)`);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('another filter starts again at the first page of what it shows, and «Alle» shows every thread again a page at a time', async () => {
    await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: OLA.name });
    await counted(OLAS).waitFor();
    await expect.poll(() => cards().count()).toBe(50);
    // Only Ola's threads, oldest first.
    expect((await drawnIds()).slice(0, 2)).toEqual(['t1', 't3']);
    expect(await cards().filter({ hasNotText: OLA.name }).count()).toBe(0);
    expect(await more().textContent()).toBe(`Vis flere kommentarer (${OLAS - 50} til)`);

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Løste' });
    await counted(0).waitFor();
    await page.locator('main').getByText('Ingen kommentarer.').waitFor();
    expect(await more().count()).toBe(0);

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle' });
    await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Alle' });
    await counted(THREADS).waitFor();
    await expect.poll(() => cards().count()).toBe(50);
    expect(await more().textContent()).toBe(`Vis flere kommentarer (${THREADS - 50} til)`);
  });

  it('«Gå til» on a thread of the second page (Per’s, filtered by person) opens its chapter', async () => {
    await goTo(page, '#/kommentarer');
    await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: PER.name });
    await counted(PERS).waitFor();
    await expect.poll(() => cards().count()).toBe(50);
    expect(await more().textContent()).toBe(`Vis flere kommentarer (${PERS - 50} til)`);
    await more().click();
    await expect.poll(() => cards().count()).toBe(PERS);
    expect(await more().count()).toBe(0);
    // The first new thread has focus: its «Gå til» is the next Tab stop.
    await expect.poll(focusedThread).toBe(`t${THREADS - 11}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Gå til Kapittel «${chapterTitle}»`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#/kapitler');
    await page.getByRole('heading', { level: 2, name: chapterTitle }).waitFor();
    // Its comments pane lists Per's threads on it (text order; the first page).
    await page.getByRole('region', { name: /^Kommentarer til/ }).getByText('Merknad 10', { exact: true }).waitFor();
  });

  it('ran without page errors or dialogs', () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
