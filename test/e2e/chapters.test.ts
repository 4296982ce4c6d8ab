// The Kapitler page in Chromium against the real services: chapters created, renamed (F2) and indented (Alt+→),
// text typed, a table with a caption and an image with alt text added, a search for a word with «ø», and all of it
// after a reload and in plan.load; delete + Ctrl+Z; Word import and its refusal; hostile HTML pasted stays inert;
// axe-core finds nothing with the editor and the search panel open; tree, toolbar (Alt+F10) and editor by keyboard.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Chapter } from '../../shared/domain/plan';
import type { PlanView } from '../../shared/domain/planView';
import { buildSampleDocx, PNG_BYTES } from '../fixtures/docx/buildDocx';
import { callOk } from './api';
import { goTo, settled, startBrowserAt, type Watch } from './browser';
import { chapterEditor, chapterTreeItem } from './chapterPage';
import { axeViolations } from './axe';
import { openFreshPlan, PAYLOADS, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;

const load = () => callOk(env.origin, env.token, 'plan.load', {});
const byTitle = (plan: PlanView, title: string): Chapter | undefined => plan.chapters.find((c) => c.title === title);
const treeItem = (title: string) => chapterTreeItem(page, title);
const editor = () => chapterEditor(page);

/** Waits until plan.load satisfies `check` (the editor sends its updates within a second, the body when typing pauses). */
async function waitForPlan(check: (plan: PlanView) => boolean): Promise<PlanView> {
  let found: PlanView | null = null;
  await expect
    .poll(async () => {
      const plan = await load();
      if (check(plan)) found = plan;
      return found !== null;
    })
    .toBe(true);
  return found!;
}

type Json = { type?: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string };
const nodesOf = (body: unknown, type: string): Json[] => {
  const out: Json[] = [];
  const walk = (n: Json) => {
    if (n.type === type) out.push(n);
    n.content?.forEach(walk);
  };
  walk(body as Json);
  return out;
};
const textOf = (body: unknown): string => nodesOf(body, 'text').map((n) => n.text).join(' ');

async function addChapterNamed(title: string): Promise<void> {
  await page.getByRole('button', { name: 'Nytt kapittel', exact: true }).click();
  const item = treeItem('Nytt kapittel');
  await item.focus();
  await page.keyboard.press('F2');
  const field = page.getByRole('textbox', { name: /Nytt navn på/ });
  await field.fill(title);
  await field.press('Enter');
  await treeItem(title).waitFor();
}

beforeAll(async () => {
  await openFreshPlan('empty', 'Kapitler');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/kapitler'));
});

afterAll(async () => {
  await browser?.close();
});

describe('Kapitler page', () => {
  it('creates, renames and indents chapters, types text, adds a captioned table and an image with alt text, and finds «ø»', async () => {
    await addChapterNamed('Formål og rammer');
    await addChapterNamed('Bakgrunn og økonomi');
    await treeItem('Bakgrunn og økonomi').focus();
    await page.keyboard.press('Alt+ArrowRight');
    const child = treeItem('Bakgrunn og økonomi');
    await expect.poll(() => child.getAttribute('aria-level')).toBe('2');
    expect(await child.locator('[id$="-name"]').first().textContent()).toBe('1.1 Bakgrunn og økonomi');
    expect(await child.locator('[id$="-meta"]').first().textContent()).toBe('Utkast');
    expect(await treeItem('Formål og rammer').getAttribute('aria-expanded')).toBe('true');

    // The indented chapter is selected: its editor is open.
    await page.getByRole('heading', { level: 2, name: 'Bakgrunn og økonomi' }).waitFor();
    await editor().click();
    await page.keyboard.type('Kommunen skal styrke økonomien i helsetjenesten.', { delay: 5 });
    await page.getByRole('button', { name: 'Sett inn tabell med overskriftsrad' }).click();
    await page.keyboard.type('Tiltak');
    await page.getByRole('button', { name: 'Tekst til tabell eller figur' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Oversikt over tiltak');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.plan-editor table[data-caption="Oversikt over tiltak"]').count()).toBe(1);

    // The image: after the table, through the editor's file input and the alt text dialog.
    await editor().locator('p').first().click();
    await page.keyboard.press('End');
    await page.locator('.plan-editor input[type="file"]').setInputFiles({ name: 'kart.png', mimeType: 'image/png', buffer: PNG_BYTES });
    await page.getByRole('dialog').getByRole('textbox').fill('Kart over kommunen');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    const img = editor().locator('img[alt="Kart over kommunen"]');
    await img.waitFor();
    // Drawn from an object URL of the bytes asset.get fetched: plan.load carries no image bytes. (The src is set when
    // that fetch answers, after the image element is drawn: waited on, not read at once.)
    await expect.poll(() => img.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);

    const plan = await waitForPlan((p) => {
      const body = byTitle(p, 'Bakgrunn og økonomi')?.body;
      return !!body && nodesOf(body, 'image').length === 1 && textOf(body).includes('økonomien') && nodesOf(body, 'table')[0]?.attrs?.caption === 'Oversikt over tiltak';
    });
    const parent = byTitle(plan, 'Formål og rammer')!;
    const sub = byTitle(plan, 'Bakgrunn og økonomi')!;
    expect(sub.parentId).toBe(parent.id);
    const image = nodesOf(sub.body, 'image')[0]!;
    expect(image.attrs).toMatchObject({ alt: 'Kart over kommunen', decorative: false });
    const asset = plan.assets.find((a) => a.id === image.attrs?.assetId);
    expect(asset).toEqual({ id: image.attrs?.assetId, mime: 'image/png', name: 'kart.png', alt: 'Kart over kommunen', decorative: false, byteLength: PNG_BYTES.length });
    const fetched = await callOk(env.origin, env.token, 'asset.get', { id: asset!.id });
    expect(Buffer.from(fetched.dataBase64, 'base64').equals(PNG_BYTES)).toBe(true);
    expect(textOf(nodesOf(sub.body, 'table')[0])).toContain('Tiltak');

    // Search for a word with «ø»: the hit shows its context and opens the chapter.
    await page.keyboard.press('Control+f');
    const field = page.getByRole('searchbox', { name: 'Søk i hele planen' });
    await field.waitFor();
    await field.fill('økonomien');
    await field.press('Enter');
    const hit = page.getByRole('region', { name: 'Søkeresultater' }).getByRole('button').first();
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toBe('økonomien');
    expect(await hit.textContent()).toContain('Bakgrunn og økonomi');
    await treeItem('Formål og rammer').click();
    await page.getByRole('heading', { level: 2, name: 'Formål og rammer' }).waitFor();
    await hit.click();
    await page.getByRole('heading', { level: 2, name: 'Bakgrunn og økonomi' }).waitFor();
  });

  it('shows all of it after a reload', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    await goTo(page, '#/kapitler');
    await treeItem('Bakgrunn og økonomi').click();
    await editor().waitFor();
    await expect.poll(() => editor().textContent()).toContain('Kommunen skal styrke økonomien i helsetjenesten.');
    expect(await page.locator('.plan-editor table[data-caption="Oversikt over tiltak"] th').first().textContent()).toBe('Tiltak');
    // After a reload the image's bytes come from asset.get (plan.load has none) and are drawn from an object URL.
    const img = editor().locator('img[alt="Kart over kommunen"]');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect(await img.getAttribute('src')).toMatch(/^blob:/);
    expect(await watch.cspViolations()).toEqual([]);
    expect(await treeItem('Bakgrunn og økonomi').getAttribute('aria-level')).toBe('2');
  });

  it('deletes a chapter with Delete and brings it back with Ctrl+Z', async () => {
    await addChapterNamed('Midlertidig kapittel');
    await treeItem('Midlertidig kapittel').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => treeItem('Midlertidig kapittel').count()).toBe(0);
    await waitForPlan((p) => !byTitle(p, 'Midlertidig kapittel'));
    await treeItem('Formål og rammer').focus();
    await page.keyboard.press('Control+z');
    await treeItem('Midlertidig kapittel').waitFor();
    await waitForPlan((p) => !!byTitle(p, 'Midlertidig kapittel'));
  });

  it('imports a Word document into chapters, and refuses a file that is not one with the plan unchanged', async () => {
    const docPath = join(testFolder(), 'Innspill.docx');
    writeFileSync(docPath, await buildSampleDocx());
    const badPath = join(testFolder(), 'ikke-word.docx');
    writeFileSync(badPath, 'Dette er ikke et Word-dokument.');
    const before = (await load()).chapters.length;

    const toggle = page.getByRole('button', { name: 'Importer Word-dokument' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const path = page.getByRole('textbox', { name: 'Sti til .docx-filen' });
    await path.fill(badPath);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const refusal = page.getByTestId('word-import-result');
    await refusal.waitFor();
    expect((await refusal.textContent())?.length).toBeGreaterThan(10);
    expect((await load()).chapters.length).toBe(before);

    await path.fill(docPath);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByTestId('word-import-result').filter({ hasText: /kapitler importert/ }).waitFor();
    const after = await load();
    expect(after.chapters.length).toBeGreaterThan(before);
    await page.keyboard.press('Escape');
    await undoAndCheck(before);
  });

  it('keeps pasted hostile HTML inert: no script runs, no handler or javascript: link survives', async () => {
    await treeItem('Formål og rammer').click();
    await page.getByRole('heading', { level: 2, name: 'Formål og rammer' }).waitFor();
    await editor().click();
    const html = `<p>Limt inn</p>${PAYLOADS.img}${PAYLOADS.script}${PAYLOADS.link}${PAYLOADS.svg}${PAYLOADS.iframe}<p onclick="window.__pwned='p'">Avsnitt</p>`;
    await editor().evaluate((el, h) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', 'Limt inn');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(() => editor().textContent()).toContain('Limt inn');
    // Anything the paste could have set off (a handler, a script, a fetch) has run by the time the page is at rest.
    await settled(page);
    const inner = await editor().innerHTML();
    expect(inner).not.toMatch(/onerror|onload|onclick|<script|<iframe|javascript:/i);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    const plan = await waitForPlan((p) => textOf(byTitle(p, 'Formål og rammer')?.body).includes('Limt inn'));
    const stored = JSON.stringify(byTitle(plan, 'Formål og rammer')!.body);
    expect(stored).not.toMatch(/onerror|onclick|<script|javascript:/i);
  });

  it('has no axe-core violations with the editor and the search panel open', async () => {
    await treeItem('Bakgrunn og økonomi').click();
    await editor().waitFor();
    if ((await page.getByRole('searchbox', { name: 'Søk i hele planen' }).count()) === 0) await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Søk i hele planen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reaches the tree, the toolbar (Alt+F10) and the editor by keyboard', async () => {
    await page.locator('main h1').click();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Home');
    const focusedName = () => page.evaluate(() => document.activeElement?.querySelector('[id$="-name"]')?.textContent);
    expect(await focusedName()).toBe('1 Formål og rammer');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('1.1 Bakgrunn og økonomi');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Bakgrunn og økonomi' }).waitFor();
    await editor().focus();
    await page.keyboard.press('Alt+F10');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="toolbar"]')?.getAttribute('aria-label'))).toBe('Formatering');
    // Tab from the toolbar (one Tab stop) goes on into the text.
    let inEditor = false;
    for (let i = 0; i < 5 && !inEditor; i++) {
      await page.keyboard.press('Tab');
      inEditor = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.classList.contains('ProseMirror') ?? false);
    }
    expect(inEditor).toBe(true);
  });
});

async function undoAndCheck(before: number): Promise<void> {
  await treeItem('Formål og rammer').focus();
  await page.keyboard.press('Control+z');
  await waitForPlan((p) => p.chapters.length === before);
}
