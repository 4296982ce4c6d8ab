// The Kapitler page as the E2E files use it: a chapter found by its title in the tree (numbered or not), its editor,
// a caret or a selection put where a person would drag or click, and a session of a test's own opened at a chapter.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { vi } from 'vitest';
import { createPersonStore, PERSON_FILE } from '../../electron/services/person/personStore';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';
import { startBrowserAt, type Watch } from './browser';

export const chapterEditor = (page: Page) => page.locator('.plan-editor .ProseMirror');

/** The chapter's entry in the tree, whatever its number («2.1 Tittel» or «Tittel»). */
export const chapterTreeItem = (page: Page, title: string) =>
  page.getByRole('treeitem').filter({ has: page.locator('[id$="-name"]', { hasText: new RegExp(`^[0-9.]*\\s*${title}$`) }) });

/** Opens the chapter from the tree and waits for its heading and editor. */
export async function openChapter(page: Page, title: string): Promise<void> {
  await chapterTreeItem(page, title).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
  await chapterEditor(page).waitFor();
}

/**
 * A bridge of the test's own on `planPath`, its installation's person set to `person` (the file is written before the
 * app opens it), and a Chromium at the chapter `title`.
 */
export async function openChapterAs(
  chromium: string,
  planPath: string,
  dataDir: string,
  person: { name: string; group: string },
  title: string,
): Promise<{ bridge: BridgeProcess; browser: Browser; page: Page; watch: Watch }> {
  mkdirSync(dataDir, { recursive: true });
  createPersonStore(join(dataDir, PERSON_FILE)).save(person);
  const bridge = await startBridgeProcess([planPath], dataDir);
  const started = await startBrowserAt(chromium, bridge.origin, bridge.token, '#/kapitler');
  await openChapter(started.page, title);
  return { bridge, ...started };
}

/** Types `text` as a new paragraph at the end of the first chapter, as a person would (click, Ctrl+End, Enter). */
export async function typeAtEndOfFirstChapter(page: Page, text: string): Promise<void> {
  await page.getByRole('treeitem').first().click();
  const editor = chapterEditor(page);
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 5 });
}

/** Adds a chapter from the tree's «Nytt kapittel», names it `title` (F2) and opens it. */
export async function newChapter(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Nytt kapittel', exact: true }).click();
  await chapterTreeItem(page, 'Nytt kapittel').focus();
  await page.keyboard.press('F2');
  const field = page.getByRole('textbox', { name: /Nytt navn på/ });
  await field.fill(title);
  await field.press('Enter');
  await chapterTreeItem(page, title).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

/**
 * Puts the caret right after `text` in the editor (DOM selection; ProseMirror follows it) and waits until the editor
 * has taken it over. Right after focus ProseMirror writes its own selection back into the page (20 ms later): a caret
 * placed by script in that moment is undone, which no person can do by hand (suggestTyping.test.ts covers keys pressed
 * before the editor has read a moved caret). So the caret is placed again until the editor shows it there.
 */
export async function caretAfter(page: Page, text: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const taken = await chapterEditor(page).evaluate((el, t) => {
        // Tiptap puts its editor on the editable element.
        const { state } = (el as HTMLElement & { editor: { state: { selection: { empty: boolean; head: number }; doc: { textBetween(a: number, b: number): string } } } }).editor;
        const { empty, head } = state.selection;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent?.indexOf(t) ?? -1;
          if (i < 0) continue;
          const sel = window.getSelection()!;
          const shown = sel.isCollapsed && sel.anchorNode === n && sel.anchorOffset === i + t.length;
          if (shown && empty && state.doc.textBetween(Math.max(0, head - t.length), head) === t) return true;
          const range = document.createRange();
          range.setStart(n, i + t.length);
          range.collapse(true);
          sel.removeAllRanges();
          sel.addRange(range);
          return false;
        }
        throw new Error(`no «${t}» in the editor`);
      }, text);
      if (!taken) throw new Error(`the editor has not taken the caret after «${text}» yet`);
    },
    { timeout: 10_000, interval: 100 },
  );
}
