// Issue 15: a paragraph break as a suggestion. With «Foreslå endringer» on, Enter proposes a split and Delete at a
// paragraph's end proposes a join: the break is drawn as a ¶ in the author's colour with its name for a screen reader,
// listed beside the text as «Sett inn avsnittsskift» / «Fjern avsnittsskift», and decided with Godta/Avvis; the file
// keeps the suggestion on the paragraph until it is decided, and axe finds nothing.
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
const TITLE = 'Avsnittsskift som forslag';
const TEXT = 'Første del. Andre del.';

const editor = () => chapterEditor(page);
const panel = () => page.getByRole('complementary', { name: /Forslag til endringer/ });
const modeButton = () => page.getByRole('button', { name: /^Foreslå endringer/ });
const paragraphs = () => editor().evaluate((el) => [...el.querySelectorAll('p')].map((p) => p.textContent));
const pilcrows = () => editor().locator('.plan-paragraph-break');

type Json = { type?: string; text?: string; attrs?: Record<string, unknown>; content?: Json[] };
/** The chapter's paragraphs in the file: text, and the kind of a suggested break at the end. */
async function storedParagraphs(): Promise<string[]> {
  const plan: PlanView = await callOk(env.origin, env.token, 'plan.load', {});
  const body = plan.chapters.find((c) => c.title === TITLE)?.body as Json | undefined;
  return (body?.content ?? []).map((p) => {
    const kind = (p.attrs?.paragraphBreak as { kind?: string } | undefined)?.kind;
    return `${(p.content ?? []).map((t) => t.text ?? '').join('')}${kind ? ` ¶${kind}` : ''}`;
  });
}

const caretAfter = (text: string) => caretAfterIn(page, text);

beforeAll(async () => {
  await openFreshPlan('empty', 'Avsnittsskift');
  const person = await callOk(env.origin, env.token, 'person.get', {});
  author = person.person?.name ?? person.suggestedName;
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/kapitler'));
  await newChapter(page, TITLE);
  await editor().click();
  await page.keyboard.type(TEXT);
  await vi.waitFor(
    async () => {
      if ((await storedParagraphs()).join('|') !== TEXT) throw new Error('the typed text is not in the file yet');
    },
    { timeout: 30_000, interval: 200 },
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('a paragraph break proposed in «Foreslå endringer»', () => {
  it('Enter proposes a split: two paragraphs, a ¶ named for the person, one entry in the list, the break kept in the file', async () => {
    await modeButton().click();
    await expect.poll(() => modeButton().getAttribute('aria-pressed')).toBe('true');
    await editor().focus();
    await caretAfter('Første del.');
    await page.keyboard.press('Enter');
    await expect.poll(paragraphs).toEqual(['Første del.¶', ' Andre del.']);
    await expect.poll(() => pilcrows().count()).toBe(1);
    expect(await pilcrows().getAttribute('aria-label')).toMatch(new RegExp(`^Foreslått avsnittsskift av ${author}, \\d{2}\\.\\d{2}\\.\\d{4}$`));
    expect(await pilcrows().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
    await expect.poll(() => panel().getByRole('listitem').count()).toBe(1);
    await expect.poll(() => panel().getByRole('listitem').textContent()).toContain('Sett inn avsnittsskift');
    // The space typed after «del.» went with the second half (the caret was before it).
    await expect.poll(storedParagraphs, { timeout: 30_000 }).toEqual(['Første del. ¶insertion', ' Andre del.']);
  });

  it('has no axe-core violations with the proposed break shown and listed', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('rejecting the split makes it one paragraph again; a split proposed again and accepted stays two paragraphs without the ¶', async () => {
    await panel().getByRole('button', { name: /^Avvis forslaget .*Sett inn avsnittsskift/ }).click();
    await expect.poll(paragraphs).toEqual([TEXT]);
    await expect.poll(() => pilcrows().count()).toBe(0);
    await expect.poll(storedParagraphs, { timeout: 30_000 }).toEqual([TEXT]);
    await editor().focus();
    await caretAfter('Første del. ');
    await page.keyboard.press('Enter');
    await expect.poll(() => pilcrows().count()).toBe(1);
    await panel().getByRole('button', { name: /^Godta forslaget .*Sett inn avsnittsskift/ }).click();
    await expect.poll(() => pilcrows().count()).toBe(0);
    await expect.poll(paragraphs).toEqual(['Første del. ', 'Andre del.']);
    await expect.poll(storedParagraphs, { timeout: 30_000 }).toEqual(['Første del. ', 'Andre del.']);
  });

  it('Delete at a paragraph\'s end proposes the join: nothing moves, a struck ¶; accepting it joins the paragraphs', async () => {
    await editor().focus();
    await caretAfter('Første del. ');
    await page.keyboard.press('Delete');
    await expect.poll(() => pilcrows().count()).toBe(1);
    expect(await paragraphs()).toEqual(['Første del. ¶', 'Andre del.']);
    expect(await pilcrows().getAttribute('aria-label')).toMatch(new RegExp(`^Avsnittsskift foreslått fjernet av ${author}`));
    expect(await pilcrows().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    await expect.poll(storedParagraphs, { timeout: 30_000 }).toEqual(['Første del.  ¶deletion', 'Andre del.']);
    await panel().getByRole('button', { name: /^Godta forslaget .*Fjern avsnittsskift/ }).click();
    await expect.poll(paragraphs).toEqual([TEXT]);
    await expect.poll(storedParagraphs, { timeout: 30_000 }).toEqual([TEXT]);
    expect(watch.pageErrors).toEqual([]);
  });
});
