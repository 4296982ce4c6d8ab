// The whole review flow of issue 15 in Chromium, as an adviser meets it: a working group's person (Ola) has proposed
// changes and commented in the chapter; the adviser (Kari) sees them beside the text, proposes and comments herself,
// replies and resolves, exports the Word document «med kommentarer og forslag» (tracked changes and comments with their
// authors) and the clean one, then accepts all of Ola's suggestions and rejects her own by person, and filters the
// plan-wide Kommentarer list by person. axe-core finds nothing at each step. A bridge of its own: the file is written
// as two persons before the app opens it, and the installation's person is Kari's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import type { Chapter } from '../../shared/domain/plan';
import type { PlanView } from '../../shared/domain/planView';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { posAfter, posOf } from '../editor/suggestionHelpers';
import { chapterDoc, commentOn, editChapter, OLA } from '../services/merge/reviewCopies';
import { callOk } from './api';
import { axeViolations } from './axe';
import type { BridgeProcess } from './bridgeProcess';
import { goTo, settled, type Watch } from './browser';
import { chapterEditor, chapterTreeItem, openChapterAs } from './chapterPage';
import { testFolder } from './fixtures';
import { saveCommentForm } from './commentForm';
import { exportTo } from './exportPage';

const env = inject('e2e');
const root = mkdtempSync(join(testFolder(), 'review-'));
const KARI = { name: 'Kari Nordmann', group: 'Plangruppa' };
const FIRST = 'Kommunen skal planlegge for vekst i alle deler av kommunen.';
const SECOND = 'Tiltakene følges opp hvert år.';
let bridge: BridgeProcess;
let browser: Browser;
let page: Page;
let watch: Watch;
let chapter: Chapter;

const load = (): Promise<PlanView> => callOk(bridge.origin, bridge.token, 'plan.load', {});
const editor = () => chapterEditor(page);
const panel = () => page.getByRole('complementary', { name: /Forslag til endringer/ });
const thread = (author: string) => page.getByRole('article', { name: new RegExp(`^Kommentar fra ${author}`) });
const treeItem = (title: string) => chapterTreeItem(page, title);
const unzip = (docx: string, part: string): string => execFileSync('unzip', ['-p', docx, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

type Json = { type?: string; text?: string; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Json[] };
function paragraphsOf(body: unknown): Json[][] {
  const out: Json[][] = [];
  const walk = (n: Json) => (n.type === 'paragraph' ? out.push(n.content ?? []) : n.content?.forEach(walk));
  walk(body as Json);
  return out;
}

/** Selects `text` in the editor as a user would drag over it (DOM selection; ProseMirror follows it). */
async function select(text: string, caretOnly = false): Promise<void> {
  await editor().evaluate(
    (el, [t, collapse]) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf(t as string) ?? -1;
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, collapse ? i + (t as string).length : i);
        range.setEnd(n, i + (t as string).length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
      throw new Error(`no «${t as string}» in the editor`);
    },
    [text, caretOnly] as const,
  );
}

/** Exports the whole plan as DOCX through the Eksport page, with or without «Med kommentarer og forslag». */
async function exportDocx(out: string, review: boolean): Promise<void> {
  await goTo(page, '#/eksport');
  await page.getByRole('radio', { name: 'Word (.docx)' }).check();
  const box = page.getByRole('checkbox', { name: 'Med kommentarer og forslag' });
  if ((await box.isChecked()) !== review) await box.click();
  await expect.poll(() => box.isChecked()).toBe(review);
  await exportTo(page, out);
  expect(existsSync(out)).toBe(true);
}

beforeAll(async () => {
  // The plan as the working group returned it: Ola proposed «sterk » and the deletion of « hvert år», and commented on «vekst».
  const sample = buildSamplePlan();
  const target = sample.chapters.find((c) => c.kind === 'chapter' && (c.body.content ?? []).some((b) => b.type === 'paragraph'))!;
  const body = { type: 'doc', content: [FIRST, SECOND].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) } as Chapter['body'];
  chapter = { ...target, title: 'Gjennomgang', body };
  const planPath = join(root, 'Gjennomgang.planverk');
  createPlanFile(planPath, { ...sample, chapters: sample.chapters.map((c) => (c.id === target.id ? chapter : c)) }).close();
  const file = openPlanFile(planPath, { author: OLA });
  try {
    editChapter(file, chapter.id, (tr) => tr.insertText('sterk ', posAfter(tr.doc, 'for ')));
    editChapter(file, chapter.id, (tr) => tr.delete(posOf(tr.doc, ' hvert år'), posAfter(tr.doc, ' hvert år')));
    const doc = chapterDoc(file, chapter.id);
    commentOn(file, chapter.id, 'Hvorfor ikke bærekraftig vekst?', { from: posOf(doc, 'vekst'), to: posAfter(doc, 'vekst') });
  } finally {
    file.close();
  }
  ({ bridge, browser, page, watch } = await openChapterAs(env.chromium, planPath, join(root, 'data'), KARI, chapter.title));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

describe('the review flow (issue 15)', () => {
  it('shows the returned suggestions and comment with their author; the adviser suggests and comments herself; axe at 0', async () => {
    await expect.poll(() => editor().locator('ins.plan-suggestion').allTextContents()).toEqual(['sterk ']);
    expect(await editor().locator('del.plan-suggestion').allTextContents()).toEqual([' hvert år']);
    // The title (who proposed it) is written when the pointer is over the mark (or the caret enters it).
    await editor().locator('ins.plan-suggestion').hover();
    await expect.poll(() => editor().locator('ins.plan-suggestion').getAttribute('title')).toContain('Ola Hansen');
    await expect.poll(() => panel().getByRole('listitem').count()).toBe(2);
    await thread('Ola Hansen').getByText('Hvorfor ikke bærekraftig vekst?').waitFor();

    await page.getByRole('button', { name: /^Foreslå endringer/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Foreslå endringer/ }).getAttribute('aria-pressed')).toBe('true');
    await editor().focus();
    await select('skal ', true);
    await page.keyboard.type('ikke ');
    await expect.poll(() => editor().locator('ins.plan-suggestion').allTextContents()).toEqual(['ikke ', 'sterk ']);
    await panel().getByRole('button', { name: /^Godta forslaget fra Kari Nordmann: .*«ikke ?»/ }).waitFor();

    await select('Tiltakene');
    await page.keyboard.press('Control+Alt+m');
    await saveCommentForm(page, 'Kommentar til «Tiltakene»', 'Hvem følger opp?', thread('Kari Nordmann'));
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('replies to the group’s comment and resolves its thread; the file keeps who did what', async () => {
    const card = thread('Ola Hansen');
    await card.getByRole('button', { name: 'Svar' }).click();
    await saveCommentForm(card, 'Svar til Ola Hansen', 'Godt forslag, jeg endrer det.');
    await card.getByRole('button', { name: 'Merk som løst' }).click();
    await card.getByText('Løst av Kari Nordmann').waitFor();
    const comments = (await load()).comments;
    const root = comments.find((c) => c.body === 'Hvorfor ikke bærekraftig vekst?')!;
    expect(root).toMatchObject({ authorName: 'Ola Hansen', resolved: true, resolvedBy: 'Kari Nordmann' });
    expect(comments.find((c) => c.parentId === root.id)).toMatchObject({ authorName: 'Kari Nordmann', body: 'Godt forslag, jeg endrer det.' });
    expect(comments.find((c) => c.body === 'Hvem følger opp?')).toMatchObject({ authorName: 'Kari Nordmann', quote: 'Tiltakene', resolved: false });
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports «med kommentarer og forslag»: Word’s w:ins, w:del and w:comment with their authors; without it the DOCX is clean', async () => {
    const reviewed = join(root, 'Gjennomgang med forslag.docx');
    await exportDocx(reviewed, true);
    const xml = unzip(reviewed, 'word/document.xml');
    const runsOf = (tag: 'ins' | 'del', author: string) => [...xml.matchAll(new RegExp(`<w:${tag} [^>]*w:author="${author}"[^>]*>([\\s\\S]*?)</w:${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('');
    expect(runsOf('ins', 'Ola Hansen')).toBe('sterk ');
    expect(runsOf('del', 'Ola Hansen')).toBe(' hvert år');
    expect(runsOf('ins', 'Kari Nordmann')).toBe('ikke ');
    expect(xml.match(/<w:commentRangeStart /g)?.length).toBeGreaterThanOrEqual(2);
    const comments = unzip(reviewed, 'word/comments.xml');
    const commentBy = (author: string, text: string) => new RegExp(`<w:comment [^>]*w:author="${author}"[^>]*>(?:(?!</w:comment>)[\\s\\S])*${text}`).test(comments);
    expect(commentBy('Ola Hansen', 'Hvorfor ikke bærekraftig vekst\\?')).toBe(true);
    expect(commentBy('Kari Nordmann', 'Godt forslag, jeg endrer det\\.')).toBe(true);
    expect(commentBy('Kari Nordmann', 'Hvem følger opp\\?')).toBe(true);
    // The resolved thread is done in Word too.
    expect(unzip(reviewed, 'word/commentsExtended.xml')).toContain('w15:done="1"');

    const clean = join(root, 'Gjennomgang rent.docx');
    await exportDocx(clean, false);
    const cleanXml = unzip(clean, 'word/document.xml');
    expect(cleanXml).not.toMatch(/<w:ins |<w:del |<w:commentRangeStart |<w:commentReference /);
    expect(execFileSync('unzip', ['-l', clean], { encoding: 'utf8' })).not.toContain('word/comments.xml');
    // Clean = as if every open suggestion were rejected.
    const text = cleanXml.replace(/<[^>]+>/g, '');
    expect(text).toContain(FIRST);
    expect(text).toContain(SECOND);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('accepts all of one person’s suggestions and rejects all of another’s, chosen by person; the file has the decided text', async () => {
    await goTo(page, '#/kapitler');
    await treeItem(chapter.title).click();
    await editor().waitFor();
    await panel().getByRole('listitem').first().waitFor();
    const filter = panel().getByRole('combobox', { name: 'Vis forslag fra' });
    await filter.selectOption({ label: 'Ola Hansen' });
    await expect.poll(() => panel().getByRole('listitem').allTextContents().then((items) => items.every((t) => t.includes('Ola Hansen')) && items.length)).toBe(2);
    await panel().getByRole('button', { name: 'Godta alle fra Ola Hansen' }).click();
    await expect.poll(() => editor().locator('del.plan-suggestion').count()).toBe(0);
    await expect.poll(() => editor().locator('ins.plan-suggestion').allTextContents()).toEqual(['ikke ']);

    await filter.selectOption({ label: 'Kari Nordmann' });
    await panel().getByRole('button', { name: 'Avvis alle fra Kari Nordmann' }).click();
    await expect.poll(() => editor().locator('ins.plan-suggestion, del.plan-suggestion').count()).toBe(0);
    const decided = ['Kommunen skal planlegge for sterk vekst i alle deler av kommunen.', 'Tiltakene følges opp.'];
    await vi.waitFor(
      async () => {
        const paragraphs = paragraphsOf((await load()).chapters.find((c) => c.id === chapter.id)!.body);
        expect(paragraphs.map((runs) => runs.map((r) => r.text).join(''))).toEqual(decided);
        expect(paragraphs.flat().some((r) => r.marks?.some((m) => m.type === 'insertion' || m.type === 'deletion'))).toBe(false);
      },
      { timeout: 30_000, interval: 200 },
    );
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('filters the plan-wide Kommentarer list by person (the threads they wrote in), whatever their status; axe at 0', async () => {
    await goTo(page, '#/kommentarer');
    await thread('Ola Hansen').waitFor();
    await thread('Kari Nordmann').waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle' });
    await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Ola Hansen' });
    await expect.poll(() => thread('Kari Nordmann').count()).toBe(0);
    expect(await thread('Ola Hansen').count()).toBe(1);
    // A person's threads are those they wrote in: Kari's own, and Ola's, where she replied.
    await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Kari Nordmann' });
    await thread('Kari Nordmann').getByText('Hvem følger opp?').waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    expect(await thread('Ola Hansen').getByText('Godt forslag, jeg endrer det.').count()).toBe(1);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
