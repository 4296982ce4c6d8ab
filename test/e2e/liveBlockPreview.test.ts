// A structured live block in the chapter editor shows the very table the document draws in its place (the editor's
// preview reads shared/document/build/liveBlocks.ts, not a second switch): the sample plan's «Organisering og
// framdrift» chapter shows its organisation and milestone rows, with header cells, and axe-core finds nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { liveBlockTables } from '../../shared/document/build/liveBlocks';
import { cellText } from '../../shared/document/cellText';
import { callOk } from './api';
import { axeViolations } from './axe';
import { settled, startBrowserAt } from './browser';
import { chapterTreeItem } from './chapterPage';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
const TITLE = 'Organisering og framdrift';
const treeItem = (title: string) => chapterTreeItem(page, title);

beforeAll(async () => {
  await openFreshPlan('sample', 'Levende tabeller');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/kapitler'));
});

afterAll(async () => {
  await browser?.close();
});

describe('live blocks in the chapter editor', () => {
  it('draw the document’s own tables for organisation and milestones, header cells included; axe at 0', async () => {
    await treeItem(TITLE).click();
    const block = (kind: string) => page.locator(`.plan-editor [data-live-block="${kind}"]`);
    await block('milestones').locator('td').first().waitFor();
    const plan = await callOk(env.origin, env.token, 'plan.load', {});
    for (const kind of ['organisation', 'milestones'] as const) {
      const table = liveBlockTables(plan, kind, null).find((b) => b.kind === 'table');
      if (table?.kind !== 'table') throw new Error(`no table for ${kind}`);
      const expected = table.bodyRows.map((r) => r.cells.map((c) => cellText(c)));
      const shown = await block(kind).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td, th')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
      expect(shown, kind).toEqual(expected.map((cells) => cells.map((t) => t.replace(/\s+/g, ' ').trim())));
      expect(shown.length, kind).toBeGreaterThan(0);
      expect(await block(kind).locator('thead th[scope="col"]').count(), kind).toBe(table.headerRows[0]!.length);
    }
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
