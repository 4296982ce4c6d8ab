// The Kapitler page as the E2E files use it: a chapter found by its title in the tree (numbered or not), its editor,
// a caret or a selection put where a person would drag or click, and a session of a test's own opened at a chapter.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
