// «Sjekk før eksport» on the Eksport page: a plan whose hearing is 41 days, whose Lovdata id has an impossible date and
// whose merknadsbehandling has inputs «Ikke vurdert» is not «Ingen problemer funnet»; each finding links to its page.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk } from './api';
import { goTo, startBrowserAt } from './browser';
import { testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await callOk(env.origin, env.token, 'file.newFromTemplate', { path: join(testFolder(), 'sjekk-eksempel.planverk'), kind: 'kommunedelplan', sample: true });
  const plan = await callOk(env.origin, env.token, 'plan.load', {});
  await callOk(env.origin, env.token, 'plan.mutate', {
    changes: [
      { table: 'plan', id: plan.plan.id, column: 'hearingStart', value: '2025-04-15' },
      { table: 'plan', id: plan.plan.id, column: 'hearingEnd', value: '2025-05-26' },
      { table: 'laws', id: plan.laws[0]!.id, column: 'lovdataId', value: 'LOV-1999-07-32-63' },
      { table: 'plan', id: plan.plan.id, column: 'phase', value: 'merknadsbehandling' },
    ],
  });
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/eksport'));
});
afterAll(async () => {
  await browser?.close();
});

describe('export check on the Eksport page', () => {
  it('lists the short hearing, the impossible Lovdata id and the unassessed inputs, each with a link to its page', async () => {
    const list = page.getByTestId('export-check-list');
    await list.waitFor();
    expect(await page.getByTestId('export-check-ok').count()).toBe(0);
    const hearing = list.getByRole('listitem').filter({ hasText: 'Høringsperioden er bare 41 dager' });
    await expect.poll(() => hearing.count()).toBe(1);
    expect(await hearing.getByRole('link').getAttribute('href')).toBe('#/plan');
    const law = list.getByRole('listitem').filter({ hasText: 'LOV-1999-07-32-63' });
    expect(await law.getByRole('link').getAttribute('href')).toBe('#/tabeller');
    const inputs = list.getByRole('listitem').filter({ hasText: 'er ikke vurdert' });
    expect(await inputs.count()).toBeGreaterThan(0);
    expect(await inputs.first().getByRole('link').getAttribute('href')).toBe('#/horing');
    await law.getByRole('link').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/tabeller');
    await goTo(page, '#/eksport');
  });
});
