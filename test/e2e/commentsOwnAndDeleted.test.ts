// Comments in the chapter pane and the plan-wide list, as the issue (15 «Comments») asks beyond writing and resolving
// them: one's own comment is edited and deleted from the pane while another person's has no «Rediger» or «Slett»;
// text that carried a comment and is deleted keeps the comment, shown as «tekst slettet»; the list filters by one
// chapter. The plan has a comment by Ola Hansen written before this session (Eva Testesen) opens it. axe 0.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCommentService } from '../../electron/services/comments/commentService';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import type { Person } from '../../shared/domain/person';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { callOk } from './api';
import { axeViolations } from './axe';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';
import { goTo, settled, startBrowserAt, type Watch } from './browser';
import { chapterEditor, chapterTreeItem, openChapter as openChapterIn } from './chapterPage';
import { testFolder } from './fixtures';
import { E2E_PERSON } from './presetPerson';
import { saveCommentForm } from './commentForm';

// A bridge of its own: the plan must carry another person's comment before the session opens it.
const env = inject('e2e');
const root = mkdtempSync(join(testFolder(), 'kommentarer-'));
const OLA: Person = { id: 'person-ola', name: 'Ola Hansen', initials: 'OH', group: 'Arbeidsgruppe 2' };
const plan = buildSamplePlan();
const chapters = plan.chapters.filter((c) => c.kind === 'chapter');
/** Eva comments here in the app, then deletes the text she commented. */
const mine = chapters[0]!;
/** Ola's comment (on its first eight characters) was written in his copy. */
const olas = chapters[1]!;
const OLA_SAYS = 'Hvor kommer tallene fra?';
let bridge: BridgeProcess;
let browser: Browser;
let page: Page;
let watch: Watch;
let quote = '';

const load = () => callOk(bridge.origin, bridge.token, 'plan.load', {});
const editor = () => chapterEditor(page);
const pane = () => page.locator('section[aria-labelledby="chapter-comments-heading"]');
const thread = (author: string) => page.getByRole('article', { name: new RegExp(`^Kommentar fra ${author}`) });
const openChapter = (title: string) => openChapterIn(page, title);

/** Selects the first eight characters of the chapter's first paragraph, as a user would with Shift+→. */
async function selectFirstWord(): Promise<string> {
  await editor().locator('p').first().click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

beforeAll(async () => {
  const planPath = join(root, 'Kommentarer.planverk');
  createPlanFile(planPath, plan).close();
  const file = openPlanFile(planPath, { author: OLA });
  try {
    createCommentService(file).add({ targetTable: 'chapters', targetId: olas.id, body: OLA_SAYS, place: { from: 1, to: 9 } });
  } finally {
    file.close();
  }
  bridge = await startBridgeProcess([planPath], join(root, 'data'));
  ({ browser, page, watch } = await startBrowserAt(env.chromium, bridge.origin, bridge.token, '#/kapitler'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

describe('one’s own comments, deleted text and the chapter filter', () => {
  it('edits and deletes one’s own comment in the chapter’s pane; another person’s comment has neither «Rediger» nor «Slett»; axe 0', async () => {
    await openChapter(olas.title);
    const ola = thread(OLA.name);
    await ola.getByText(OLA_SAYS).waitFor();
    // The thread is Ola's to edit: Eva may reply and resolve, not rewrite or delete what he wrote.
    await ola.getByRole('button', { name: 'Svar' }).waitFor();
    expect(await ola.getByRole('button', { name: /^(Rediger|Slett)/ }).count()).toBe(0);

    await openChapter(mine.title);
    quote = await selectFirstWord();
    expect(quote).toHaveLength(8);
    await page.keyboard.press('Control+Alt+m');
    const card = thread(E2E_PERSON.name);
    await saveCommentForm(page, `Kommentar til «${quote}»`, 'Kan dette sies enklere?', card);

    await card.getByRole('button', { name: 'Rediger: Kan dette sies enklere?' }).click();
    await saveCommentForm(card, 'Rediger', 'Kan dette sies kortere?');
    await expect.poll(() => card.textContent()).toContain('(endret)');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Kommentaren er endret.' }).count()).toBeGreaterThan(0);

    await card.getByRole('button', { name: 'Svar' }).click();
    await saveCommentForm(card, `Svar til ${E2E_PERSON.name}`, 'Glem det, det er greit.');
    await card.getByRole('button', { name: 'Slett: Glem det, det er greit.' }).click();
    await card.getByText('Glem det, det er greit.').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Kommentaren er slettet.' }).count()).toBeGreaterThan(0);

    const stored = (await load()).comments;
    expect(stored.map((c) => [c.authorName, c.body, c.editedAt !== null]).sort()).toEqual([
      [E2E_PERSON.name, 'Kan dette sies kortere?', true],
      [OLA.name, OLA_SAYS, false],
    ]);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('text that carried a comment and is deleted keeps the comment, shown as «tekst slettet» in the pane and in the plan-wide list', async () => {
    expect(await selectFirstWord()).toBe(quote);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await editor().locator('p').first().textContent())?.startsWith(quote)).toBe(false);
    const card = pane().getByRole('article', { name: new RegExp(`^Kommentar fra ${E2E_PERSON.name}`) });
    await expect.poll(() => card.textContent()).toContain(`tekst slettet: Om «${quote}»`);
    expect(await card.textContent()).toContain('Kan dette sies kortere?');
    // In the file the comment is as it was: only its text is gone from the chapter.
    expect((await load()).comments.find((c) => c.authorName === E2E_PERSON.name)).toMatchObject({ body: 'Kan dette sies kortere?', quote, resolved: false });

    await goTo(page, '#/kommentarer');
    const listed = page.getByRole('article').filter({ hasText: 'Kan dette sies kortere?' });
    await expect.poll(() => listed.textContent()).toContain(`tekst slettet: Om «${quote}»`);
    // Ola's text is still there: his thread says nothing of the kind.
    expect(await page.getByRole('article').filter({ hasText: OLA_SAYS }).textContent()).not.toContain('tekst slettet');
  });

  it('the plan-wide list filters by one chapter («Sted»: Kapittel «…»); axe 0', async () => {
    const place = page.getByRole('combobox', { name: 'Sted' });
    await place.selectOption({ label: `Kapittel «${olas.title}»` });
    await expect.poll(() => page.getByRole('article').allTextContents()).toEqual([expect.stringContaining(OLA_SAYS)]);
    await place.selectOption({ label: `Kapittel «${mine.title}»` });
    await expect.poll(() => page.getByRole('article').allTextContents()).toEqual([expect.stringContaining('Kan dette sies kortere?')]);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Ctrl+Alt+M pressed the moment another chapter has opened opens the comment box on the selection', async () => {
    await goTo(page, '#/kapitler');
    await openChapter(mine.title);
    await chapterTreeItem(page, olas.title).click();
    // In the page, at the first frame where the other chapter's editor shows its text: select its first word and press
    // Ctrl+Alt+M at once, as a quick person would, before anything else on the page has run.
    const selected = await page.waitForFunction(
      (id) => {
        const el = document.querySelector<HTMLElement>(`.plan-editor[data-chapter-id="${id}"] .ProseMirror`);
        const text = el?.querySelector('p')?.firstChild;
        if (!el || !text || text.nodeType !== Node.TEXT_NODE || (text.textContent ?? '').length < 8) return null;
        el.focus();
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 8);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true, bubbles: true, cancelable: true }));
        return window.getSelection()!.toString();
      },
      olas.id,
      { polling: 'raf' },
    );
    const quote = (await selected.jsonValue()) as string;
    const box = page.getByRole('textbox', { name: `Kommentar til «${quote}»`, exact: true });
    await box.waitFor();
    await box.press('Escape');
    await box.waitFor({ state: 'detached' });
  });

  it('ran without page errors or dialogs', () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
