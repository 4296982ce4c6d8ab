// The chapter toolbar as a user reaches it: a visible button, or the same action in the «Flere verktøy» menu once the
// pane is too narrow for it.
import type { Page } from 'playwright-core';

export const MORE_TOOLS = 'Flere verktøy';

/** Clicks the toolbar action named `name`, through the overflow menu when its button has overflowed. */
export async function toolbarAction(page: Page, name: string): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Formatering' });
  const button = toolbar.getByRole('button', { name, exact: true });
  if (await button.isVisible()) return button.click();
  await toolbar.getByRole('button', { name: MORE_TOOLS }).click();
  await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).or(page.getByRole('menuitemcheckbox', { name, exact: true })).click();
}
