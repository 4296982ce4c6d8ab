// The UI speaks its language: every page, the open dialog and a refusal's banner in nynorsk and in English carry no
// bokmål-only word (nn) and no Norwegian word or letter (en) in visible text, aria-labels, titles or placeholders.
// The plan is a fresh empty one, so what is read is the UI's own chrome, not a plan's content; the chapter text
// (contenteditable) is skipped. The chapter editor's `lang` is the plan's målform, whatever the UI language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FILE_PAGES, ROUTES } from '../../renderer/app/routes';
import { callOk } from './api';
import { goTo, startBrowserAt } from './browser';
import { openFreshPlan, testFolder, writeRefusedFile } from './fixtures';
import { BOKMAL_ONLY, NORWEGIAN } from '../shared/i18n/uiWords';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let refusedPath = '';

const ALL_PAGES = [...FILE_PAGES.map((p) => p.path), ...ROUTES.map((r) => r.path)];

/** The UI's words on screen now: visible text outside the chapter text, and the names and hints given to elements. */
async function uiWords(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const ui = document.documentElement.lang;
    // Not the UI's words: the chapter text, text marked as the document's language (the plan's målform), and the
    // language names in the pickers, which each language writes in itself («Norsk bokmål», «Nynorsk»).
    const inText = (el: Element | null) =>
      el?.closest('[contenteditable="true"]') != null || (el?.closest('[lang]')?.getAttribute('lang') ?? ui) !== ui || el?.closest('option[value="nb"],option[value="nn"]') != null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || inText(parent) || parent.closest('script,style,noscript')) continue;
      if (parent.tagName !== 'OPTION' && !parent.checkVisibility({ visibilityProperty: true })) continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[aria-description]')) {
      if (inText(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-description']) {
        const v = el.getAttribute(name);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

/** The plan's own content on screen (its title, file names and paths), which no dictionary translates. */
let content: string[] = [];

/** Names English uses as they are: the written standard «Bokmål», and the watermark's Norwegian text in the document. */
const NAMES = ['Bokmål', 'HØRINGSUTKAST'];

function offending(texts: string[], words: readonly string[], letters: RegExp | null): string[] {
  texts = texts.map((t) => [...content, ...NAMES].reduce((rest, c) => rest.split(c).join(' '), t));
  const pattern = new RegExp(`(^|[^\\p{L}])(${words.join('|')})(?=$|[^\\p{L}])`, 'iu');
  return [...new Set(texts.filter((t) => pattern.test(t) || (letters?.test(t) ?? false)))];
}

async function setLanguage(language: 'nb' | 'nn' | 'en') {
  await page.getByRole('combobox', { name: /Språk i programmet|Application language/ }).selectOption(language);
  await page.waitForFunction((l) => document.documentElement.lang === l, language);
}

beforeAll(async () => {
  await openFreshPlan('empty', 'Språkprøve');
  refusedPath = writeRefusedFile();
  const plan = await callOk(env.origin, env.token, 'plan.load', {});
  const overview = await callOk(env.origin, env.token, 'start.overview', {});
  const entries = [...overview.recent, ...(overview.folders ?? []).flatMap((f) => f.plans)];
  content = [plan.plan.title, testFolder(), ...entries.flatMap((e) => [e.path, e.name, e.title ?? ''])]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
});

afterAll(async () => {
  await browser?.close();
});

const CASES = [
  { language: 'nn', words: BOKMAL_ONLY, letters: null },
  { language: 'en', words: NORWEGIAN, letters: /[æøåÆØÅ]/ },
] as const;

describe('the UI speaks its language', () => {
  for (const c of CASES) {
    it(`shows no ${c.language === 'nn' ? 'bokmål-only' : 'Norwegian'} word on any of the ${ALL_PAGES.length} pages in ${c.language}`, async () => {
      await setLanguage(c.language);
      const found: Record<string, string[]> = {};
      for (const path of ALL_PAGES) {
        await goTo(page, path);
        if (path === '#/kapitler') await page.locator('main h1').waitFor();
        const bad = offending(await uiWords(page), c.words, c.letters);
        if (bad.length) found[path] = bad;
      }
      expect(found).toEqual({});
    });

    it(`the «Ny gruppe» dialog and a refusal's banner speak ${c.language}`, async () => {
      await setLanguage(c.language);
      await goTo(page, '#/ansvarsmatrise');
      await page.getByRole('button', { name: c.language === 'nn' ? 'Ny gruppe' : 'New group', exact: true }).click();
      await page.locator('dialog[open]').waitFor();
      const dialogWords = offending(await uiWords(page), c.words, c.letters);
      await page.keyboard.press('Escape');
      expect(dialogWords).toEqual([]);

      await goTo(page, '#/plan');
      await page.getByLabel(c.language === 'nn' ? 'Sti til planfil (.planverk)' : 'Path to plan file (.planverk)').fill(refusedPath);
      await page.getByRole('button', { name: c.language === 'nn' ? 'Opne plan' : 'Open plan' }).click();
      const banner = page.getByTestId('error-banner');
      await banner.waitFor();
      expect(await banner.innerText()).toContain(c.language === 'nn' ? 'Fila er ikkje ein Planverk-plan' : 'The file is not a Planverk plan');
      expect(offending(await uiWords(page), c.words, c.letters)).toEqual([]);
      await banner.getByRole('button').click();
    });
  }

  it('the Eksport page lists the export check findings in nynorsk (a 41-day hearing)', async () => {
    await openFreshPlan('sample', 'Sjekk på nynorsk');
    const plan = await callOk(env.origin, env.token, 'plan.load', {});
    const changes = [
      { table: 'plan', id: plan.plan.id, column: 'hearingStart', value: '2025-04-15' },
      { table: 'plan', id: plan.plan.id, column: 'hearingEnd', value: '2025-05-26' },
    ] as const;
    await callOk(env.origin, env.token, 'plan.mutate', { changes: [...changes] });
    await page.reload();
    await page.locator('nav[aria-label] a').first().waitFor();
    await setLanguage('nn');
    await goTo(page, '#/eksport');
    const list = page.getByTestId('export-check-list').first();
    await list.waitFor();
    const text = await list.innerText();
    expect(text).toContain('Høyringsperioden er berre 41 dagar');
    // The plan's own names stand in «»; what is left is the dictionary's.
    expect(offending([text.replace(/«[^»]*»/g, ' ')], BOKMAL_ONLY, null)).toEqual([]);
    await setLanguage('nb');
  });

  it('the chapter editor takes `lang` from the plan’s målform (nn), not from the UI language (en)', async () => {
    await setLanguage('en');
    await openFreshPlan('sample', 'Språkprøve nynorsk');
    const plan = await callOk(env.origin, env.token, 'plan.load', {});
    expect(plan.chapters.length).toBeGreaterThan(0);
    await callOk(env.origin, env.token, 'plan.mutate', { changes: [{ table: 'plan', id: plan.plan.id, column: 'malform', value: 'nn' }] });
    await page.reload();
    await page.locator('nav[aria-label] a').first().waitFor();
    await goTo(page, '#/kapitler');
    const text = page.locator('[contenteditable="true"]').first();
    await text.waitFor();
    expect(await text.getAttribute('lang')).toBe('nn');
    await setLanguage('nb');
  });
});
