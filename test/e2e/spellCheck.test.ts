// The spell-check in the chapter editor, in Chromium against the real services and the real dictionaries (Hunspell
// in a Web Worker under the app's CSP): a misspelling and a nynorsk form in a bokmål plan are underlined without
// writing anything to the plan file, a suggestion from the context menu replaces the word, and a word added to the
// personal word list loses its underline and stays accepted after a reload; a word added to the plan's word list
// is written to the plan file and its adding is undone with the plan's undo.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lix, lixLevel } from '../../shared/spell/klarsprak';
import { textBlocks } from '../../shared/spell/planSpell';
import { axeViolations } from './axe';
import { callOk } from './api';
import { allWritten, openApp, startBrowserAt } from './browser';
import { addChapter, openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let planPath: string;

const CHAPTER = {
  id: '00000000-0000-4000-8000-0000000017a1',
  title: 'Klima og energi',
  body: {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Kommuen skal ikkje bygge flere parkeringsplasser i sentrum.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Turstien langs Fjordvikgrenda blir forlenget i 2027.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Ny barnehage på Skjærvågneset.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Saken skal vurderes, planen må sikres og midlene skal fordeles.' }] },
    ],
  },
};

const underlined = () => page.locator('.plan-editor .plan-spell-error');
const sha256 = () => createHash('sha256').update(readFileSync(planPath)).digest('hex');
const bodyText = async () => {
  const plan = await callOk(env.origin, env.token, 'plan.load', {});
  return JSON.stringify(plan.chapters.find((c) => c.id === CHAPTER.id)?.body);
};

async function openChapter(): Promise<void> {
  await page.getByRole('treeitem').filter({ hasText: CHAPTER.title }).click();
  await page.locator('.plan-editor[data-chapter-id]').waitFor();
}

beforeAll(async () => {
  planPath = await openFreshPlan('empty', 'Stavekontroll');
  await addChapter(CHAPTER);
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/kapitler'));
  await openChapter();
});

afterAll(async () => {
  await browser?.close();
});

describe('spell-check in the chapter editor', () => {
  it('underlines the misspelling and the nynorsk form in a bokmål plan, writing nothing to the plan file', async () => {
    const before = sha256();
    await expect.poll(() => underlined().allTextContents(), { timeout: 60_000 }).toEqual(['Kommuen', 'ikkje', 'Fjordvikgrenda', 'Skjærvågneset']);
    expect(await page.locator('.plan-editor .plan-spell-malform').allTextContents()).toEqual(['ikkje']);
    expect(await page.locator('.plan-editor .ProseMirror').getAttribute('lang')).toBe('nb');
    expect(await page.locator('.plan-editor .ProseMirror').getAttribute('spellcheck')).toBe('false');
    await allWritten(page);
    expect(sha256()).toBe(before);
  });

  it('replaces a misspelled word with a suggestion from its context menu', async () => {
    await underlined().filter({ hasText: 'Kommuen' }).click({ button: 'right' });
    const menu = page.getByTestId('spell-menu');
    await menu.waitFor();
    await menu.getByTestId('spell-suggestion').filter({ hasText: /^Kommunen$/ }).click();
    await expect.poll(() => underlined().allTextContents()).toEqual(['ikkje', 'Fjordvikgrenda', 'Skjærvågneset']);
    expect(await page.locator('.plan-editor .ProseMirror p').first().textContent()).toBe('Kommunen skal ikkje bygge flere parkeringsplasser i sentrum.');
    await allWritten(page);
    await expect.poll(bodyText).toContain('Kommunen skal ikkje');
  });

  it('suggests the bokmål form for a nynorsk form', async () => {
    await underlined().filter({ hasText: 'ikkje' }).click({ button: 'right' });
    const menu = page.getByTestId('spell-menu');
    await menu.waitFor();
    expect(await menu.getByTestId('spell-suggestion').allTextContents()).toEqual(['ikke']);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  it('shows the chapter’s LIX readability index in the chapter settings', async () => {
    const plan = await callOk(env.origin, env.token, 'plan.load', {});
    const value = lix(textBlocks(plan.chapters.find((c) => c.id === CHAPTER.id)!.body))!;
    expect(value).toBeGreaterThan(0);
    const level = { easy: 'lett å lese', medium: 'middels vanskelig', hard: 'vanskelig', veryHard: 'svært vanskelig' }[lixLevel(value)];
    await expect.poll(() => page.getByTestId('chapter-lix').textContent()).toBe(`Lesbarhet (LIX): ${value}, ${level}`);
  });

  it('removes the underline of a word added to the personal word list, also after a reload', async () => {
    await underlined().filter({ hasText: 'Fjordvikgrenda' }).click({ button: 'right' });
    await page.getByTestId('spell-add-personal').click();
    await expect.poll(() => underlined().allTextContents()).toEqual(['ikkje', 'Skjærvågneset']);
    await allWritten(page);
    await page.reload();
    await openApp(page, env.origin, env.token, '#/kapitler');
    await openChapter();
    await expect.poll(() => underlined().allTextContents(), { timeout: 60_000 }).toEqual(['ikkje', 'Skjærvågneset']);
  });

  it('adds a word to the plan’s word list (stored in the plan file, one undo step): the underline goes and comes back on undo', async () => {
    const planWords = async () => (await callOk(env.origin, env.token, 'plan.load', {})).planWords;
    await underlined().filter({ hasText: 'Skjærvågneset' }).click({ button: 'right' });
    await page.getByTestId('spell-add-plan').click();
    await expect.poll(() => underlined().allTextContents()).toEqual(['ikkje']);
    await allWritten(page);
    await expect.poll(planWords).toEqual([{ id: 'ord:Skjærvågneset', word: 'Skjærvågneset' }]);
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(planWords).toEqual([]);
    await expect.poll(() => underlined().allTextContents()).toEqual(['ikkje', 'Skjærvågneset']);
  });

  it('a chapter set to nynorsk in its settings is checked in nynorsk (lang="nn"), and follows the plan again when reset', async () => {
    const lang = page.getByTestId('chapter-lang');
    const chapterLang = async () => (await callOk(env.origin, env.token, 'plan.load', {})).chapters.find((c) => c.id === CHAPTER.id)?.lang;
    await lang.selectOption('nn');
    await expect.poll(chapterLang).toBe('nn');
    await expect.poll(() => page.locator('.plan-editor .ProseMirror').getAttribute('lang')).toBe('nn');
    await expect.poll(() => page.locator('.plan-editor .plan-spell-malform').allTextContents()).toContain('flere');
    expect(await underlined().allTextContents()).not.toContain('ikkje');
    await lang.selectOption('');
    await expect.poll(chapterLang).toBeUndefined();
    await expect.poll(() => page.locator('.plan-editor .plan-spell-malform').allTextContents()).toEqual(['ikkje']);
    expect(await page.locator('.plan-editor .ProseMirror').getAttribute('lang')).toBe('nb');
  });

  it('shows klarspråk hints only while the chapter’s switch is on, each titled with why, axe at 0', async () => {
    const hints = page.locator('.plan-editor .plan-klarsprak-hint');
    expect(await hints.count()).toBe(0);
    await page.getByTestId('chapter-klarsprak').check();
    await expect.poll(() => hints.allTextContents()).toEqual(['vurderes, planen må sikres og midlene skal fordeles']);
    expect(await hints.first().getAttribute('title')).toBe('3 passive former i avsnittet: si gjerne hvem som gjør hva.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('chapter-klarsprak').uncheck();
    await expect.poll(() => hints.count()).toBe(0);
    const plan = await callOk(env.origin, env.token, 'plan.load', {});
    expect(plan.chapters.find((c) => c.id === CHAPTER.id)?.klarsprak).toBe(false);
  });

  it('marks a selected passage as nynorsk from the toolbar: it is checked in nynorsk and stored with its language', async () => {
    await expect.poll(() => page.locator('.plan-editor .plan-spell-malform').allTextContents()).toEqual(['ikkje']);
    // Wide enough that the seldom-used language button is shown, not in «Flere verktøy».
    await page.setViewportSize({ width: 1920, height: 1000 });
    await page.locator('.plan-editor .plan-spell-malform').filter({ hasText: 'ikkje' }).dblclick();
    await page.getByRole('button', { name: 'Språk: merk som nynorsk', exact: true }).click();
    await expect.poll(() => page.locator('.plan-editor .ProseMirror span[lang="nn"]').allTextContents()).toEqual(['ikkje']);
    await expect.poll(() => underlined().allTextContents()).toEqual(['Skjærvågneset']);
    await allWritten(page);
    await expect.poll(bodyText).toContain('{"type":"language","attrs":{"lang":"nn"}}');
    expect(await axeViolations(page)).toEqual([]);
  });
});
