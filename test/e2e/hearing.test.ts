// The Høring page in Chromium against the real services: the six-week finding on the period, registering an input
// received after the deadline (marked late, still registered), concluding it, the progress line and the filters, the
// merknadsbehandling table updating live and in nynorsk, all of it after a reload and in plan.load; axe finds nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk } from './api';
import { startBrowserAt, type Watch } from './browser';
import { axeViolations } from './axe';
import { openFreshPlan } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let watch: Watch;
const SENDER = 'Ungdomsrådet i E2E';

const load = () => callOk(env.origin, env.token, 'plan.load', {});

const merknadsRows = () =>
  page.getByTestId('merknads-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));

beforeAll(async () => {
  await openFreshPlan('sample', 'Høring');
  ({ browser, page, watch } = await startBrowserAt(env.chromium, env.origin, env.token, '#/horing'));
});

afterAll(async () => {
  await browser?.close();
});

describe('Høring page', () => {
  it('flags a five-week period with the reason and accepts six weeks, showing the deadline', async () => {
    await page.getByLabel('Lagt ut på høring').fill('15.04.2025');
    await page.getByLabel('Frist for innspill').fill('20.05.2025');
    // A typed date is stored when the field is left (or on Enter).
    await page.getByLabel('Frist for innspill').press('Tab');
    const finding = page.getByTestId('hearing-finding');
    await expect.poll(() => finding.textContent()).toContain('minst seks uker (42 dager)');
    expect(await finding.textContent()).toContain('tidligste frist for innspill er 27.05.2025');
    await page.getByLabel('Frist for innspill').fill('27.05.2025');
    await page.getByLabel('Frist for innspill').press('Enter');
    await expect.poll(() => finding.textContent()).toBe(
      'Høringen starter 15.04.2025 med frist 27.05.2025: 42 dager, minst seks uker som plan- og bygningsloven krever.',
    );
    await expect.poll(async () => (await load()).plan).toMatchObject({ hearingStart: '2025-04-15', hearingEnd: '2025-05-27' });
  });

  it('registers an input received after the deadline, concludes it, and the progress and merknadsbehandling follow', async () => {
    const before = await load();
    const assessedBefore = before.inputs.filter((i) => i.conclusion !== null).length;
    const progress = page.getByTestId('hearing-progress');
    expect(await progress.textContent()).toBe(`${assessedBefore} av ${before.inputs.length} innspill vurdert`);

    await page.getByRole('button', { name: 'Registrer innspill' }).click();
    const editor = page.getByTestId('input-editor');
    await editor.waitFor();
    // The sender field has focus: the adviser types at once.
    await page.keyboard.type(SENDER);
    await editor.getByLabel('Type avsender').selectOption('offentlig-instans');
    await editor.getByLabel('Mottatt').fill('03.06.2025');
    await editor.getByLabel('Mottatt').press('Tab');
    await editor.getByTestId('late-badge').waitFor();
    expect(await editor.getByTestId('late-badge').textContent()).toBe('Mottatt etter fristen');
    await editor.getByLabel('Sammendrag').fill('Ber om flere møteplasser for unge pårørende.');
    await editor.getByLabel('Fullstendig tekst').fill('Hele brevet fra ungdomsrådet …');
    const firstConcern = editor.getByRole('checkbox').first();
    await firstConcern.check();
    await expect.poll(() => progress.textContent()).toBe(`${assessedBefore} av ${before.inputs.length + 1} innspill vurdert`);
    const pending = (await merknadsRows()).find((r) => r[0]!.startsWith(SENDER));
    expect(pending?.[3]).toBe('Ikke vurdert');
    expect(pending?.[0]).toContain('Kom inn etter fristen');

    await editor.getByLabel('Kommunens vurdering').fill('Tas inn i tiltaket om pårørendestøtte.');
    await editor.getByLabel('Konklusjon').selectOption('tatt-til-folge');
    await expect.poll(() => progress.textContent()).toBe(`${assessedBefore + 1} av ${before.inputs.length + 1} innspill vurdert`);
    await expect.poll(async () => (await merknadsRows()).find((r) => r[0]!.startsWith(SENDER))).toEqual([
      `${SENDER}Offentlig instans, 03.06.2025, Kom inn etter fristen`,
      'Ber om flere møteplasser for unge pårørende.',
      'Tas inn i tiltaket om pårørendestøtte.',
      'Tatt til følge',
    ]);
    await expect
      .poll(async () => (await load()).inputs.find((i) => i.sender === SENDER))
      .toMatchObject({
        senderType: 'offentlig-instans',
        receivedDate: '2025-06-03',
        summary: 'Ber om flere møteplasser for unge pårørende.',
        fullText: 'Hele brevet fra ungdomsrådet …',
        assessment: 'Tas inn i tiltaket om pårørendestøtte.',
        conclusion: 'tatt-til-folge',
      });
    expect((await load()).inputs.find((i) => i.sender === SENDER)?.concerns).toHaveLength(1);
  });

  it('filters the registry by status, by what the input concerns and by lateness', async () => {
    const table = page.getByTestId('inputs-table');
    const senders = () => table.locator('tbody th').allTextContents();
    await page.getByLabel('Vis status').selectOption('unassessed');
    await expect.poll(senders).not.toContain(SENDER);
    await page.getByLabel('Vis status').selectOption('tatt-til-folge');
    await expect.poll(senders).toContain(SENDER);
    const plan = await load();
    expect((await senders()).length).toBe(plan.inputs.filter((i) => i.conclusion === 'tatt-til-folge').length);
    await page.getByLabel('Vis status').selectOption('all');
    const concern = plan.inputs.find((i) => i.sender === SENDER)!.concerns[0]!;
    await page.getByLabel('Gjelder kapittel eller område').selectOption(concern);
    await expect.poll(async () => (await senders()).length).toBe(plan.inputs.filter((i) => i.concerns.includes(concern)).length);
    expect(await senders()).toContain(SENDER);
    await page.getByLabel('Gjelder kapittel eller område').selectOption('');
    await page.getByLabel('Bare innspill etter fristen').check();
    await expect.poll(async () => (await senders()).length).toBe(plan.inputs.filter((i) => i.receivedDate !== null && i.receivedDate > '2025-05-27').length);
    expect(await senders()).toContain(SENDER);
    await page.getByLabel('Bare innspill etter fristen').uncheck();
  });

  it('has no axe violations with the input editor open', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows all of it after a reload', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    expect((await merknadsRows()).find((r) => r[0]!.startsWith(SENDER))?.[3]).toBe('Tatt til følge');
    expect(await page.getByLabel('Frist for innspill').inputValue()).toBe('27.05.2025');
    await page.getByRole('button', { name: SENDER }).click();
    expect(await page.getByTestId('input-editor').getByLabel('Kommunens vurdering').inputValue()).toBe('Tas inn i tiltaket om pårørendestøtte.');
  });

  it('writes the merknadsbehandling in nynorsk when the plan is in nynorsk', async () => {
    const plan = await load();
    await callOk(env.origin, env.token, 'plan.mutate', { changes: [{ table: 'plan', id: plan.plan.id, column: 'malform', value: 'nn' }] });
    await page.reload();
    await page.locator('main h1').waitFor();
    const table = page.getByTestId('merknads-table');
    expect(await table.locator('caption').textContent()).toBe('Merknadshandsaming');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Avsendar', 'Samandrag av innspel', 'Vurderinga til kommunen', 'Konklusjon']);
    expect((await merknadsRows()).find((r) => r[0]!.startsWith(SENDER))?.[3]).toBe('Teke til følgje');
    expect(await table.getAttribute('lang')).toBe('nn');
    await callOk(env.origin, env.token, 'plan.mutate', { changes: [{ table: 'plan', id: plan.plan.id, column: 'malform', value: 'nb' }] });
  });

  it('deletes an input and brings it back with Ctrl+Z', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.getByRole('button', { name: SENDER }).click();
    await page.getByRole('button', { name: 'Slett innspillet' }).click();
    await expect.poll(async () => (await load()).inputs.some((i) => i.sender === SENDER)).toBe(false);
    expect(await page.getByTestId('hearing-status').textContent()).toBe(`Innspillet fra «${SENDER}» er slettet. Angre med Ctrl+Z.`);
    await page.locator('main h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await load()).inputs.some((i) => i.sender === SENDER)).toBe(true);
    await expect.poll(async () => (await merknadsRows()).some((r) => r[0]!.startsWith(SENDER))).toBe(true);
  });

  it('is reachable by keyboard: period, filters, the register button and each input', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.getByLabel('Lagt ut på høring').focus();
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
        return label ?? el.textContent ?? '';
      });
      names.push(name.trim());
    }
    for (const control of ['Vis status', 'Gjelder kapittel eller område', 'Bare innspill etter fristen', 'Registrer innspill', SENDER]) {
      expect(names.some((n) => n.includes(control)), `${control} in ${names.join(', ')}`).toBe(true);
    }
  });

  it('ran without page errors, dialogs or CSP violations', async () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
