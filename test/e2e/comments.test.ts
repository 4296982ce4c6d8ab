// Comments in Chromium against the real services (issue 15 «Comments»): a comment on selected chapter text (Ctrl+Alt+M),
// its range highlighted by a decoration (nothing written to the text), a reply, resolve and reopen, all said in the
// page's live region; the plan-wide Kommentarer list filtered by person; axe-core finds nothing on either page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlanView } from '../../shared/domain/planView';
import { callOk } from './api';
import { axeViolations } from './axe';
import { goTo, settled, startBrowserAt } from './browser';
import { openFreshPlan } from './fixtures';
import { saveCommentForm } from './commentForm';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let plan: PlanView;

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const editor = () => page.locator('.plan-editor .ProseMirror');
const thread = (author: string) => page.getByRole('article', { name: new RegExp(`^Kommentar fra ${author}`) });

// The session's person before this file renamed it, given back afterwards: the other files share the session.
let before: { name: string; initials: string; group: string | null } | null = null;

beforeAll(async () => {
  before = (await callOk(env.origin, env.token, 'person.get', {})).person;
  // The bridge's session writes as this person (the first start asks for it in the app).
  await callOk(env.origin, env.token, 'person.set', { name: 'Kari Nordmann', group: 'Arbeidsgruppe 1' });
  await openFreshPlan('sample', 'Kommentarer');
  plan = await load();
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/kapitler'));
});

afterAll(async () => {
  await browser?.close();
  if (before) await callOk(env.origin, env.token, 'person.set', { name: before.name, initials: before.initials, group: before.group ?? '' });
});

describe('comments', () => {
  it('comments on selected chapter text with Ctrl+Alt+M, highlights it, replies, resolves and reopens, axe at 0', async () => {
    await editor().waitFor();
    const bodyBefore = (await load()).chapters.find((c) => c.kind === 'chapter')!.body;
    // Select the first eight characters of the first paragraph, as a user would with Shift+→.
    await editor().locator('p').first().click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
    const quote = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(quote).toHaveLength(8);
    await page.keyboard.press('Control+Alt+m');
    const field = page.getByRole('textbox', { name: `Kommentar til «${quote}»` });
    await field.fill('Kan dette sies enklere?');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();

    const card = thread('Kari Nordmann');
    await card.waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Kommentaren er lagret.' }).count()).toBeGreaterThan(0);
    await expect.poll(() => editor().locator('.plan-comment-range').allTextContents().then((t) => t.join(''))).toBe(quote);
    const stored = (await load()).comments;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ quote, body: 'Kan dette sies enklere?', authorName: 'Kari Nordmann', authorGroup: 'Arbeidsgruppe 1', resolved: false });
    expect(await axeViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Svar' }).click();
    await saveCommentForm(card, 'Svar til Kari Nordmann', 'Ja, jeg skriver det om.');

    await card.getByRole('button', { name: 'Merk som løst' }).click();
    await card.getByText('Løst av Kari Nordmann').waitFor();
    await expect.poll(() => editor().locator('.plan-comment-range').count()).toBe(0);
    await card.getByRole('button', { name: 'Åpne igjen' }).click();
    await card.getByRole('button', { name: 'Merk som løst' }).waitFor();
    await expect.poll(() => editor().locator('.plan-comment-range').count()).toBe(1);
    const after = await load();
    expect(after.comments.map((c) => [c.body, c.resolved]).sort()).toEqual([
      ['Ja, jeg skriver det om.', false],
      ['Kan dette sies enklere?', false],
    ]);
    // The highlight is a decoration: the chapter's text carries no trace of the comment.
    await settled(page);
    expect((await load()).chapters.find((c) => c.kind === 'chapter')!.body).toEqual(bodyBefore);
  });

  it('the plan-wide list filters by group, status and person, axe at 0', async () => {
    await callOk(env.origin, env.token, 'person.set', { name: 'Ola Hansen', group: 'Arbeidsgruppe 2' });
    await callOk(env.origin, env.token, 'comments.add', { targetTable: 'areas', targetId: plan.areas[0]!.id, body: 'Gjelder dette hele kommunen?' });
    // Written behind the page's back (as by the bridge's other user): the list asks the file.
    await goTo(page, '#/kommentarer');
    await thread('Ola Hansen').waitFor();
    await thread('Kari Nordmann').waitFor();
    expect(await page.getByText('tekst slettet').count()).toBe(0);
    // person.set renames the installation's person (same id): its comments are one person's, told apart by group here.
    await page.getByRole('combobox', { name: 'Gruppe' }).selectOption({ label: 'Arbeidsgruppe 2' });
    await expect.poll(() => thread('Kari Nordmann').count()).toBe(0);
    expect(await thread('Ola Hansen').count()).toBe(1);
    await expect.poll(() => page.getByText(`Område «${plan.areas[0]!.name}»`).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Gruppe' }).selectOption({ label: 'Arbeidsgruppe 1' });
    await expect.poll(() => thread('Ola Hansen').count()).toBe(0);
    expect(await thread('Kari Nordmann').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Løste' });
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle' });
    await page.getByRole('combobox', { name: 'Gruppe' }).selectOption({ label: 'Alle' });
    await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Ola Hansen' });
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
