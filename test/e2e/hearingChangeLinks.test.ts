// «Endringer etter innspillet» on the Høring page in Chromium (issue 16): after a hearing draft (an export with the
// «Høringsutkast» watermark) and a change to a measure, a new input's editor lists the change; ticking it links the
// input to the change in the plan file (inputChanges), unticking removes the link; axe finds nothing.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk } from './api';
import { axeViolations } from './axe';
import { startBrowserAt } from './browser';
import { openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
const RENAMED = 'Tiltak endret etter høringen i E2E';
const load = () => callOk(env.origin, env.token, 'plan.load', {});

beforeAll(async () => {
  await openFreshPlan('sample', 'Endringer etter høring');
  await callOk(env.origin, env.token, 'export.run', { format: 'html', out: join(testFolder(), 'horing.html'), watermark: 'horingsutkast' });
  const measure = (await load()).measures[0]!;
  await callOk(env.origin, env.token, 'plan.mutate', { changes: [{ table: 'measures', id: measure.id, column: 'name', value: RENAMED }] });
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/horing'));
});

afterAll(async () => {
  await browser?.close();
});

describe('linking a hearing input to a change after the hearing', () => {
  it('lists the changes since the hearing draft in the input editor and links and unlinks one, with no axe violations', async () => {
    await page.getByRole('button', { name: 'Registrer innspill' }).click();
    const links = page.getByTestId('input-change-links');
    const box = links.getByRole('checkbox', { name: `Handlingsplan: ${RENAMED}` });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await box.click();
    await expect.poll(async () => (await load()).inputChanges.map((l) => l.targetTable)).toEqual(['measures']);
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await box.click();
    await expect.poll(async () => (await load()).inputChanges).toEqual([]);
  });
});
