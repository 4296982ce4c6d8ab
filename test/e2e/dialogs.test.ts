// Every dialog of the app, closed each way a user closes it (OK, Avbryt, Esc): the page behind it is left usable
// (no aria-hidden on #root or any ancestor of the page, nothing inert) and focus goes back to what opened it, never to
// <body>. Dialogs: the matrix's «Nytt tema», «Ny gruppe», rename from the context menu (Shift+F10), the detail panel's
// «Nytt underområde» and sub-area rename; the editor's link, footnote and caption prompts; the starter laws.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { goTo, startBrowserAt } from './browser';
import { openFreshPlan } from './fixtures';
import { toolbarAction } from './toolbar';

const env = inject('e2e');
let browser: Browser;
let page: Page;
const G5 = 'sample-0006';
const VELFERD = 'sample-0011';
const cell = (areaId: string, groupId: string | null) => page.locator(`[data-cell="${areaId}|${groupId ?? ''}"]`);

type Closing = 'OK' | 'Avbryt' | 'Esc';
const CLOSINGS: Closing[] = ['OK', 'Avbryt', 'Esc'];
let counter = 0;

/** Closes the open dialog the way given, typing a fresh name first when the dialog has a text field. */
async function closeDialog(how: Closing, okName = 'OK'): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const field = dialog.getByRole('textbox');
  if (how === 'OK' && (await field.count()) > 0) await field.fill(`Navn ${++counter}`);
  if (how === 'Esc') await page.keyboard.press('Escape');
  else await dialog.getByRole('button', { name: how === 'OK' ? okName : 'Avbryt', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The page behind is whole again: nothing hidden from the accessibility tree, nothing inert, no modal left open. */
async function pageIsUsable(): Promise<void> {
  const state = await page.evaluate(() => {
    const main = document.querySelector('main');
    const hidden: string[] = [];
    for (let el: Element | null = main; el; el = el.parentElement) {
      if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) hidden.push(el.id || el.tagName);
    }
    return { hidden, rootHidden: document.getElementById('root')?.getAttribute('aria-hidden') ?? null, modals: document.querySelectorAll('dialog[open], [role="dialog"]').length };
  });
  expect(state).toEqual({ hidden: [], rootHidden: null, modals: 0 });
}

/** Focus is on `opener` (the same element, or the one that now stands in its place) and not on <body>. */
async function focusIsOn(opener: Locator): Promise<void> {
  await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
}

beforeAll(async () => {
  await openFreshPlan('sample', 'Dialoger');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/ansvarsmatrise'));
  await page.getByTestId('matrix-overview').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('matrix dialogs give focus back and leave the page usable', () => {
  for (const button of ['Nytt tema', 'Ny gruppe']) {
    for (const how of CLOSINGS) {
      it(`«${button}» closed with ${how}: focus back on the button, #root not aria-hidden`, async () => {
        const opener = page.getByRole('button', { name: button, exact: true });
        await opener.focus();
        await page.keyboard.press('Enter');
        await closeDialog(how);
        await pageIsUsable();
        await focusIsOn(opener);
      });
    }
  }

  for (const how of CLOSINGS) {
    it(`rename from the Shift+F10 menu closed with ${how}: focus back on the cell the menu was opened from`, async () => {
      await cell(VELFERD, G5).focus();
      await page.keyboard.press('Shift+F10');
      await page.getByRole('menuitem', { name: 'Gi området nytt navn' }).click();
      await closeDialog(how);
      await pageIsUsable();
      await focusIsOn(cell(VELFERD, G5));
    });
  }

  it('the Shift+F10 menu opens at the cell, not at the corner of the window', async () => {
    const target = cell(VELFERD, G5);
    await target.focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const [c, m] = [await target.boundingBox(), await menu.boundingBox()];
    expect(c && m).toBeTruthy();
    // Right under (or over) the cell, starting at its left edge give or take the menu's own padding.
    expect(Math.abs(m!.x - c!.x)).toBeLessThan(40);
    expect(Math.min(Math.abs(m!.y - (c!.y + c!.height)), Math.abs(m!.y + m!.height - c!.y))).toBeLessThan(40);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await focusIsOn(target);
  });

  for (const how of CLOSINGS) {
    it(`the detail panel's «Nytt underområde» and sub-area rename closed with ${how}: focus back on their buttons`, async () => {
      if ((await page.getByRole('button', { name: 'Lukk detaljer' }).count()) === 0) {
        await cell(VELFERD, G5).focus();
        await page.keyboard.press('Enter');
      }
      const add = page.getByRole('complementary').getByRole('button', { name: 'Nytt underområde', exact: true });
      await add.click();
      await closeDialog(how);
      await pageIsUsable();
      await focusIsOn(add);
      const rename = page.getByRole('complementary').getByRole('button', { name: /^Gi «.*» nytt navn$/ }).first();
      if ((await rename.count()) === 0) return;
      const id = await rename.evaluate((el) => Array.prototype.indexOf.call(el.closest('ul')?.children ?? [], el.closest('li')));
      await rename.click();
      await closeDialog(how);
      await pageIsUsable();
      // The button is named after the sub-area, so after OK it carries the new name: the same list item's button.
      await focusIsOn(page.getByRole('complementary').locator('ul li').nth(id).getByRole('button', { name: /^Gi «.*» nytt navn$/ }));
    });
  }
});

describe('editor and table dialogs give focus back and leave the page usable', () => {
  for (const how of ['Avbryt', 'Esc'] as const) {
    for (const tool of ['Lenke', 'Fotnote']) {
      it(`the editor's «${tool}» dialog closed with ${how}: focus back on the tool, or on the text when it came from «Flere verktøy»`, async () => {
        await goTo(page, '#/kapitler');
        const editor = page.getByRole('textbox', { name: /^Kapitteltekst/ });
        await editor.click();
        const button = page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name: tool, exact: true });
        const shown = await button.isVisible();
        await toolbarAction(page, tool);
        await closeDialog(how);
        await pageIsUsable();
        // An overflowed tool was a menu item, gone with its menu: the text the user was writing takes focus instead.
        await focusIsOn(shown ? button : editor);
      });
    }
  }

  it('the editor\'s «Fotnote» dialog closed with OK: the footnote is in the text and focus is back in the text', async () => {
    await goTo(page, '#/kapitler');
    const editor = page.getByRole('textbox', { name: /^Kapitteltekst/ });
    await editor.click();
    await page.keyboard.press('Control+End');
    const notes = await editor.locator('sup.plan-footnote').count();
    await toolbarAction(page, 'Fotnote');
    await closeDialog('OK');
    await pageIsUsable();
    await expect.poll(() => editor.locator('sup.plan-footnote').count()).toBe(notes + 1);
    await focusIsOn(editor);
  });

  for (const how of CLOSINGS) {
    it(`«Legg til fra standardlisten» closed with ${how}: focus back on the button`, async () => {
      await goTo(page, '#/tabeller');
      await page.getByRole('tab', { name: 'Lover og dokumenter' }).click();
      const opener = page.getByRole('button', { name: 'Legg til fra standardlisten' });
      await opener.click();
      if (how === 'OK') {
        await page.getByRole('dialog').getByRole('checkbox').first().check();
        await closeDialog(how, 'Legg til valgte');
      } else {
        await closeDialog(how);
      }
      await pageIsUsable();
      await focusIsOn(opener);
    });
  }
});
