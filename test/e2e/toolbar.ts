// The chapter toolbar as a user reaches it: a visible button, or the same action in the «Flere verktøy» menu once the
// pane is too narrow for it.
import type { Locator, Page } from 'playwright-core';

export const MORE_TOOLS = 'Flere verktøy';

/** Clicks the toolbar action named `name`, through the overflow menu when its button has overflowed. */
export async function toolbarAction(page: Page, name: string): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Formatering' });
  const button = toolbar.getByRole('button', { name, exact: true });
  if (await button.isVisible()) return button.click();
  await toolbar.getByRole('button', { name: MORE_TOOLS }).click();
  await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).or(page.getByRole('menuitemcheckbox', { name, exact: true })).click();
}

/**
 * The tables written in the chapter text, not those a live block draws: a live block renders its table only once its
 * node view is drawn (later, and again after Ctrl+End scrolls it in), so counting every table raced with that.
 */
export const writtenTables = (editor: Locator): Locator => editor.locator('table:not([data-live-block] table)');
