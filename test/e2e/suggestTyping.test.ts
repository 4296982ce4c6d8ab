// «Foreslå endringer» on a busy machine (CI's failure: the person's fresh «ikke » kept only its «i»). The browser moves
// the caret at once, but ProseMirror takes the move over only on the next «selectionchange» event; on a slow machine
// a key (Chromium handles input first) or a transaction such as a spell-check answer came before it, and acted at the
// caret's old place: Backspace after «for » removed the person's own proposed «kke » for real instead of striking
// «for ». Here the CPU is slowed 10× and the keys are sent without pauses, as a fast typist would.
import type { EditorView } from '@tiptap/pm/view';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { FieldChange } from '../../shared/domain/plan';
import type { PlanView } from '../../shared/domain/planView';
import { callOk } from './api';
import { launchChromium, newAppPage, openApp } from './browser';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let cdp: CDPSession;
const CHAPTERS = ['Forslag i fart', 'Tast før caret', 'Stavekontroll før caret', 'Tast rett etter fokus'];
const chapterId = (i: number) => `00000000-0000-4000-8000-0000000051a${i + 1}`;
const TEXT = 'Kommunen skal planlegge for vekst. Kommuen har mange innbyggere.';

const editor = () => page.locator('.plan-editor .ProseMirror');
const modeButton = () => page.getByRole('button', { name: /^Foreslå endringer/ });

type Json = { type?: string; text?: string; marks?: { type: string }[]; content?: Json[] };
function runsOf(body: unknown): string {
  const out: string[] = [];
  const walk = (n: Json) => {
    if (n.type === 'text') {
      const kinds = (n.marks ?? []).map((m) => m.type).filter((t) => t === 'insertion' || t === 'deletion');
      out.push(kinds.length ? `[${n.text}|${kinds.map((k) => (k === 'insertion' ? '+' : '-')).join('')}]` : (n.text ?? ''));
    }
    n.content?.forEach(walk);
  };
  walk(body as Json);
  return out.join('');
}

/** The editor's text as runs: «[ikke |+]» proposed, «[for |-]» proposed for deletion (underlines do not count). */
const shownRuns = () =>
  editor().evaluate((el) => {
    const out: { kind: string; text: string }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const kind = n.parentElement?.closest('ins') ? '+' : n.parentElement?.closest('del') ? '-' : '';
      const last = out[out.length - 1];
      if (last && last.kind === kind) last.text += n.textContent ?? '';
      else out.push({ kind, text: n.textContent ?? '' });
    }
    return out.map((r) => (r.kind ? `[${r.text}|${r.kind}]` : r.text)).join('');
  });

/** Puts the browser's caret right after `text`, as a click or an arrow key does (ProseMirror follows on selectionchange). */
function setCaretAfter(el: Element, text: string): void {
  // Across text nodes: an underline or a suggestion splits the text into several.
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let end = nodes.map((n) => n.data).join('').indexOf(text);
  if (end < 0) throw new Error(`no «${text}» in the editor`);
  end += text.length;
  for (const n of nodes) {
    // The caret goes into the node that holds the end of `text` (not at the start of the next one).
    if (end <= n.data.length) {
      const range = document.createRange();
      range.setStart(n, end);
      range.collapse(true);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    end -= n.data.length;
  }
}

/** The page's window with setCaretAfter (a step and what follows it in one task, before «selectionchange» can run). */
type InPage = Window & { setCaretAfter: typeof setCaretAfter };

async function caretAfter(text: string): Promise<void> {
  await editor().evaluate(setCaretAfter, text);
}

/** Opens the test's own chapter (its text as TEXT) with «Foreslå endringer» on. */
async function openChapter(i: number): Promise<void> {
  await page.getByRole('treeitem').filter({ hasText: CHAPTERS[i]! }).click();
  await page.locator(`.plan-editor[data-chapter-id="${chapterId(i)}"]`).waitFor();
  await page.waitForFunction((t) => document.querySelector('.plan-editor .ProseMirror')?.textContent === t, TEXT);
  await page.evaluate(`window.setCaretAfter = ${setCaretAfter.toString()}`);
  if ((await modeButton().getAttribute('aria-pressed')) !== 'true') await modeButton().click();
  await expect.poll(() => modeButton().getAttribute('aria-pressed')).toBe('true');
}

function waitForBody(id: string, expected: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const plan: PlanView = await callOk(env.origin, env.token, 'plan.load', {});
      const runs = runsOf(plan.chapters.find((c) => c.id === id)?.body);
      if (runs !== expected) throw new Error(`the file shows ${runs}, not ${expected}`);
      return runs;
    },
    { timeout: 30_000, interval: 200 },
  );
}

beforeAll(async () => {
  await openFreshPlan('empty', 'Forslag på en treg maskin');
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }] };
  const changes = CHAPTERS.flatMap((title, i) =>
    Object.entries({ sortKey: i + 1, parentId: null, kind: 'chapter', title, numbered: true, status: 'utkast', groupId: null, body }).map(
      ([column, value]) => ({ table: 'chapters', id: chapterId(i), column, value }) as FieldChange,
    ),
  );
  await callOk(env.origin, env.token, 'plan.mutate', { changes });
  browser = await launchChromium(env.chromium);
  page = await newAppPage(browser);
  cdp = await page.context().newCDPSession(page);
  await openApp(page, env.origin, env.token, '#/kapitler');
});

afterAll(async () => {
  await browser?.close();
});

describe('«Foreslå endringer» on a slow machine', () => {
  it('typing a burst of characters in suggestion mode under a slowed CPU keeps every character, and Backspace right after moving the caret strikes the text at the new caret', async () => {
    await openChapter(0);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    try {
      await editor().focus();
      await caretAfter('skal ');
      await page.keyboard.type('ikke ');
      await caretAfter('for ');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
      await caretAfter('mange ');
      await page.keyboard.type('flere ');
      await caretAfter('innbyggere');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
      await caretAfter('Kommuen ');
      await page.keyboard.type('nå ');
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    const expected = 'Kommunen skal [ikke |+]planlegge [for |-]vekst. Kommuen [nå |+]har mange [flere |+]innbygg[ere|-].';
    await expect.poll(shownRuns).toBe(expected);
    await waitForBody(chapterId(0), expected);
  });

  it('a key pressed before the browser reports the moved caret acts at the caret the user sees (Backspace strikes there, nothing proposed is removed)', async () => {
    await openChapter(1);
    await editor().focus();
    await caretAfter('skal ');
    await page.keyboard.type('ikke ');
    await expect.poll(shownRuns).toBe('Kommunen skal [ikke |+]planlegge for vekst. Kommuen har mange innbyggere.');
    // In one task: the caret moves and Backspace arrives before the «selectionchange» event can run.
    await editor().evaluate((el) => {
      (window as unknown as InPage).setCaretAfter(el, 'vekst');
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', keyCode: 8, bubbles: true, cancelable: true }));
    });
    await expect.poll(shownRuns).toBe('Kommunen skal [ikke |+]planlegge for veks[t|-]. Kommuen har mange innbyggere.');
  });

  it('a caret moved right after the editor gets focus, with a key pressed before the browser reports it, acts where the user put it', async () => {
    await openChapter(3);
    await modeButton().focus();
    // In one task: the editor gets focus (a click), the caret moves (an arrow key) and Backspace arrives, all within
    // the moment after focus in which the browser's own caret placement is not trusted.
    await editor().evaluate((el) => {
      el.focus();
      (window as unknown as InPage).setCaretAfter(el, 'vekst');
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', keyCode: 8, bubbles: true, cancelable: true }));
    });
    await expect.poll(shownRuns).toBe('Kommunen skal planlegge for veks[t|-]. Kommuen har mange innbyggere.');
    await waitForBody(chapterId(3), 'Kommunen skal planlegge for veks[t|-]. Kommuen har mange innbyggere.');
  });

  it('a spell-check answer drawn before the browser reports the moved caret leaves the caret where the user put it', async () => {
    await openChapter(2);
    await editor().focus();
    await caretAfter('skal ');
    // «Kommuen» is misspelt: the answer draws its underline (a decoration redraw, which writes the selection back).
    await page.locator('.plan-editor .plan-spell-error').first().waitFor();
    const caret = await editor().evaluate((el) => {
      (window as unknown as InPage).setCaretAfter(el, 'har mange ');
      const view = (el as HTMLElement & { editor: { view: EditorView } }).editor.view;
      // What the page does when the word lists change: the chapter is checked again and its underlines redrawn.
      const spell = view.state.plugins.find((p) => (p as unknown as { key: string }).key.startsWith('planSpell$'))!;
      view.dispatch(view.state.tr.setMeta(spell, { recheckAll: true }));
      const sel = window.getSelection()!;
      return { state: view.state.selection.from, dom: sel.anchorNode?.textContent?.slice(0, sel.anchorOffset) ?? '' };
    });
    expect(caret.dom.endsWith('mange ')).toBe(true);
    expect(caret.state).toBe(1 + TEXT.indexOf('mange ') + 'mange '.length);
    await page.keyboard.type('flere ');
    await expect.poll(shownRuns).toBe('Kommunen skal planlegge for vekst. Kommuen har mange [flere |+]innbyggere.');
  });
});
