// Issue 15 «Suggested changes»: with «Foreslå endringer» on, typing and deleting in a chapter propose changes (marked
// inline with the author, underlined or struck through, listed beside the text); accepting and rejecting them one by one
// and all at once changes the text as Word would, the file keeps the suggestions with their author, and axe finds nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { PlanView } from '../../shared/domain/planView';
import { callOk } from './api';
import { axeViolations } from './axe';
import { startBrowserAt, type Watch } from './browser';
import { caretAfter as caretAfterIn, chapterEditor, newChapter } from './chapterPage';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
let author = '';
const TITLE = 'Forslag til endringer';

const editor = () => chapterEditor(page);
const panel = () => page.getByRole('complementary', { name: /Forslag til endringer/ });
const modeButton = () => page.getByRole('button', { name: /^Foreslå endringer/ });

type Json = { type?: string; text?: string; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Json[] };
function textRuns(body: unknown): Json[] {
  const out: Json[] = [];
  const walk = (n: Json) => {
    if (n.type === 'text') out.push(n);
    n.content?.forEach(walk);
  };
  walk(body as Json);
  return out;
}
const bodyOf = (plan: PlanView) => plan.chapters.find((c) => c.title === TITLE)?.body;

function waitForBody(check: (runs: Json[]) => boolean, what: string): Promise<Json[]> {
  return vi.waitFor(
    async () => {
      const runs = textRuns(bodyOf(await callOk(env.origin, env.token, 'plan.load', {})));
      if (!check(runs)) throw new Error(`the file never showed ${what}: ${JSON.stringify(runs)}`);
      return runs;
    },
    { timeout: 30_000, interval: 200 },
  );
}

const caretAfter = (text: string) => caretAfterIn(page, text);

beforeAll(async () => {
  await openFreshPlan('empty', 'Foreslå endringer');
  const person = await callOk(env.origin, env.token, 'person.get', {});
  author = person.person?.name ?? person.suggestedName;
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/kapitler'));
  await newChapter(page, TITLE);
  await editor().click();
  await page.keyboard.type('Kommunen skal planlegge for vekst.');
  await waitForBody((runs) => runs.map((r) => r.text).join('') === 'Kommunen skal planlegge for vekst.', 'the typed text');
});

afterAll(async () => {
  await browser?.close();
});

describe('«Foreslå endringer» in the chapter editor', () => {
  it('typing and Backspace with the mode on propose an insertion and a deletion by the person, shown inline and in the list', async () => {
    await modeButton().click();
    await expect.poll(() => modeButton().getAttribute('aria-pressed')).toBe('true');
    await editor().focus();
    await caretAfter('skal ');
    await page.keyboard.type('ikke ');
    await caretAfter('for ');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');

    await expect.poll(() => editor().locator('ins.plan-suggestion').textContent()).toBe('ikke ');
    await expect.poll(() => editor().locator('del.plan-suggestion').textContent()).toBe('for ');
    // Nothing was removed from the text; the signs are not colour alone: underline, strike-through and a title.
    expect(await editor().textContent()).toBe('Kommunen skal ikke planlegge for vekst.');
    // The title is written when the pointer is over the mark (or the caret is moved onto it).
    await editor().locator('ins.plan-suggestion').hover();
    await expect.poll(() => editor().locator('ins.plan-suggestion').getAttribute('title')).toContain(author);
    expect(await editor().locator('del.plan-suggestion').evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    await expect.poll(() => panel().getByRole('listitem').count()).toBe(2);

    const runs = await waitForBody((r) => r.some((x) => x.marks?.some((m) => m.type === 'deletion')) && r.some((x) => x.marks?.some((m) => m.type === 'insertion')), 'both suggestions');
    const ins = runs.find((r) => r.marks?.some((m) => m.type === 'insertion'))!;
    expect(ins.text).toBe('ikke ');
    expect(ins.marks![0]!.attrs).toMatchObject({ authorName: author });
    expect(String(ins.marks![0]!.attrs!.date)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('has no axe-core violations with suggestions shown and the list open', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('accepting the insertion keeps its text as plain text; rejecting the deletion restores the struck text', async () => {
    await panel().getByRole('button', { name: /^Godta forslaget .*«ikke ?»/ }).click();
    await expect.poll(() => editor().locator('ins.plan-suggestion').count()).toBe(0);
    await panel().getByRole('button', { name: /^Avvis forslaget .*«for ?»/ }).click();
    await expect.poll(() => editor().locator('del.plan-suggestion').count()).toBe(0);
    expect(await editor().textContent()).toBe('Kommunen skal ikke planlegge for vekst.');
    const runs = await waitForBody((r) => r.every((x) => !x.marks?.length), 'the decided text without suggestions');
    expect(runs.map((r) => r.text).join('')).toBe('Kommunen skal ikke planlegge for vekst.');
  });

  it('undo (Ctrl+Z) brings back a suggestion that was rejected, and «Godta alle» accepts every open one', async () => {
    await editor().focus();
    await caretAfter('vekst');
    await page.keyboard.press('Backspace');
    await expect.poll(() => editor().locator('del.plan-suggestion').textContent()).toBe('t');
    // The list follows the text after a short pause: wait for this suggestion's own button.
    await panel().getByRole('button', { name: /^Avvis forslaget .*«t»/ }).click();
    await expect.poll(() => editor().locator('del.plan-suggestion').count()).toBe(0);
    await editor().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor().locator('del.plan-suggestion').count()).toBe(1);
    await panel().getByRole('button', { name: 'Godta alle', exact: true }).click();
    await expect.poll(() => editor().textContent()).toBe('Kommunen skal ikke planlegge for veks.');
    await waitForBody((r) => r.map((x) => x.text).join('') === 'Kommunen skal ikke planlegge for veks.', 'the accepted deletion');
    expect(watch.pageErrors).toEqual([]);
  });

  it('with the mode off, typing changes the text directly again', async () => {
    await modeButton().click();
    await expect.poll(() => modeButton().getAttribute('aria-pressed')).toBe('false');
    await editor().focus();
    await caretAfter('veks');
    await page.keyboard.type('t');
    await expect.poll(() => editor().textContent()).toBe('Kommunen skal ikke planlegge for vekst.');
    expect(await editor().locator('ins.plan-suggestion, del.plan-suggestion').count()).toBe(0);
  });
});
