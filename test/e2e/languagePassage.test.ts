// A passage marked as the other målform in the chapter editor (issue 17), in Chromium against the real services and
// dictionaries: a misspelt word inside a nynorsk passage of a bokmål plan gets nynorsk suggestions from its context
// menu (asked in the passage's language, not the editor's), and HTML pasted with <span lang="nn-NO"> keeps its
// passage marked (stored as the language mark), while Word's lang="EN-US" runs become plain text.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk } from './api';
import { allWritten, startBrowserAt } from './browser';
import { addChapter, openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;

const nn = [{ type: 'language', attrs: { lang: 'nn' } }];
const CHAPTER = {
  id: '00000000-0000-4000-8000-0000000017b2',
  title: 'Ungdomsrådet',
  body: {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Rådet skrev: «' }, { type: 'text', text: 'vi veit ikkjee kvifor', marks: nn }, { type: 'text', text: '».' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Kommunen svarer.' }] },
    ],
  },
};

const editor = () => page.locator('.plan-editor .ProseMirror');
const underlined = () => page.locator('.plan-editor .plan-spell-error');
const bodyOf = async () => JSON.stringify((await callOk(env.origin, env.token, 'plan.load', {})).chapters.find((c) => c.id === CHAPTER.id)?.body);

beforeAll(async () => {
  await openFreshPlan('empty', 'Merket passasje');
  await addChapter(CHAPTER);
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/kapitler'));
  await page.getByRole('treeitem').filter({ hasText: CHAPTER.title }).click();
  await page.locator('.plan-editor[data-chapter-id]').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('a passage marked as the other målform in the editor', () => {
  it('a misspelt word inside a nynorsk passage of a bokmål plan gets nynorsk suggestions from its menu', async () => {
    // «veit» and «kvifor» are nynorsk inside the passage: only the misspelling is underlined.
    await expect.poll(() => underlined().allTextContents(), { timeout: 60_000 }).toEqual(['ikkjee']);
    await underlined().filter({ hasText: 'ikkjee' }).click({ button: 'right' });
    const menu = page.getByTestId('spell-menu');
    await menu.waitFor();
    // Asked in bokmål, Hunspell offers «bikkje»; in nynorsk «ikkje».
    await expect.poll(() => menu.getByTestId('spell-suggestion').allTextContents()).toContain('ikkje');
    expect(await menu.getByTestId('spell-suggestion').allTextContents()).not.toContain('bikkje');
    await menu.getByTestId('spell-suggestion').filter({ hasText: /^ikkje$/ }).click();
    await expect.poll(() => underlined().count()).toBe(0);
    await allWritten(page);
    await expect.poll(bodyOf).toContain('"vi veit ikkje kvifor"');
  });

  it('pasted HTML keeps <span lang="nn-NO"> as a marked passage (checked in nynorsk, stored with the mark); lang="EN-US" runs become plain text', async () => {
    await editor().locator('p').nth(1).click();
    await page.keyboard.press('End');
    await editor().evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Fylket spør kva: dei meiner ikkje det. OK');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, '<p>Fylket spør kva: <span lang="nn-NO" style="color:red">dei meiner ikkje det</span>. <span lang="EN-US">OK</span></p>');
    await expect.poll(() => editor().locator('span[lang="nn"]').allTextContents()).toEqual(['vi veit ikkje kvifor', 'dei meiner ikkje det']);
    expect(await editor().locator('span[lang="nn"]').last().getAttribute('style')).toBeNull();
    expect(await editor().locator('span[lang="EN-US"]').count()).toBe(0);
    await allWritten(page);
    await expect.poll(bodyOf).toContain('"marks":[{"type":"language","attrs":{"lang":"nn"}}],"text":"dei meiner ikkje det"');
    // The bokmål text around it is checked («kva» is a slip there); the nynorsk words in the pasted passage are not.
    await expect.poll(() => underlined().allTextContents(), { timeout: 60_000 }).toContain('kva');
    const flagged = await underlined().allTextContents();
    for (const word of ['dei', 'meiner', 'ikkje']) expect(flagged).not.toContain(word);
  });
});
