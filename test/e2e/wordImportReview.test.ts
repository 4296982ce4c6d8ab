// A Word file with a moved sentence, a split paragraph and a changed heading imported through the Kapitler page in
// English: the import's warnings are said in the UI language, the suggestion list shows the move as «Moved from here» and
// «Moved here» and the split as «Insert paragraph break»; accepting the one half moves the sentence (both halves
// decided, as Word does), rejecting the split joins the paragraphs again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlanView } from '../../shared/domain/planView';
import { heading, ins, moved, run, wordDocx } from '../fixtures/docx/reviewDocx';
import { callOk } from './api';
import { axeViolations } from './axe';
import { goTo, startBrowserAt } from './browser';
import { openChapter } from './chapterPage';
import { openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
const PER = ['Per Olsen', '2026-01-12T13:00:00Z'] as const;
let browser: Browser;
let page: Page;

const load = (): Promise<PlanView> => callOk(env.origin, env.token, 'plan.load', {});
const panel = () => page.getByRole('complementary', { name: /Suggested changes/ });
const paragraphTexts = async (): Promise<string[]> => {
  const body = (await load()).chapters.find((c) => c.title === 'Flytting')!.body as { content?: { content?: { text?: string }[] }[] };
  return (body.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join(''));
};

beforeAll(async () => {
  await openFreshPlan('empty', 'Ordimport');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/plan'));
  await page.getByRole('combobox', { name: /Språk i programmet|Application language/ }).selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
});

afterAll(async () => {
  await browser?.close();
});

describe('Word import with a move, in English', () => {
  it('says the warnings in English, lists the move as «Moved from here»/«Moved here» and the split as a paragraph break; accepting one half moves the sentence, rejecting the split joins', async () => {
    const docx = join(testFolder(), 'flytting.docx');
    const body =
      heading('Flytting') +
      `<w:p>${moved('moveFrom', 'move1', 10, ...PER, run('Setningen flyttes.'))}${run(' Blir stående.')}</w:p>` +
      `<w:p><w:pPr><w:rPr><w:ins w:id="20" w:author="${PER[0]}" w:date="${PER[1]}"/></w:rPr></w:pPr>${run('Delt her.')}</w:p><w:p>${run('Hit: ')}${moved('moveTo', 'move1', 12, ...PER, run('Setningen flyttes.'))}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Andre ')}${ins(30, ...PER, run('kapittel'))}</w:p><w:p>${run('Tekst.')}</w:p>`;
    writeFileSync(docx, wordDocx({ body }));
    await goTo(page, '#/kapitler');
    await page.getByRole('button', { name: 'Import Word document' }).click();
    await page.getByRole('textbox', { name: 'Path to the .docx file' }).fill(docx);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const outcome = page.getByTestId('word-import-result');
    await outcome.filter({ hasText: /chapters imported/ }).waitFor();
    expect(await outcome.textContent()).toContain('Tracked changes in 1 heading(s) were accepted, because a chapter name cannot hold suggestions: «Andre kapittel».');
    // The split is a suggestion now, not a warning.
    expect(await outcome.textContent()).not.toContain('split');

    await openChapter(page, 'Flytting');
    await panel().getByText('Moved from here', { exact: false }).waitFor();
    await panel().getByText('Moved here', { exact: false }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await panel().getByRole('button', { name: /^Accept the suggestion by Per Olsen: Moved here/ }).click();
    await expect.poll(paragraphTexts).toEqual([' Blir stående.', 'Delt her.', 'Hit: Setningen flyttes.']);
    await panel().getByRole('button', { name: /^Reject the suggestion by Per Olsen: Insert paragraph break/ }).click();
    await expect.poll(paragraphTexts).toEqual([' Blir stående.', 'Delt her.Hit: Setningen flyttes.']);
    // Every suggestion decided: none is left, and with «Suggest changes» off the list goes away.
    await panel().waitFor({ state: 'detached' });
  });
});
