// The start screen in browser mode, on a fresh `npm run web --folder <dir>` with no plan given: no plan is opened and
// nothing is written; «Ny plan» makes a planprogram in nynorsk in the picked folder; the recent list and the folder
// list show it with its title and last change; «Prøv eksempelplanen» opens a copy (a new file each time); a path
// outside the folder is refused in one sentence with the file untouched; axe finds nothing; all of it by keyboard.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { createPlanFile } from '../../electron/services/store';
import { callOk } from './api';
import { axeViolations } from './axe';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';
import { startBrowserAt } from './browser';
import { testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
let bridge: BridgeProcess;
const root = mkdtempSync(join(testFolder(), 'startside-'));
const folder = join(root, 'Mine planer');
const dataDir = join(root, 'data');
const api = <K extends Parameters<typeof callOk>[2]>(name: K, args: Parameters<typeof callOk<K>>[3]) => callOk(bridge.origin, bridge.token, name, args);

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  bridge = await startBridgeProcess(['--folder', folder], dataDir);
  ({ browser, page } = await startBrowserAt(env.chromium, bridge.origin, bridge.token, '#/plan'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

/** Tab from the top until focus comes round, collecting each stop's accessible name (label or text). */
async function tabStops(p: Page, max = 60): Promise<string[]> {
  await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const names: string[] = [];
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    names.push(
      await p.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
        return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim();
      }),
    );
  }
  return names;
}

describe('start screen (browser mode)', () => {
  it('starts with no plan open and writes nothing: the start screen, no sample saved into', async () => {
    await page.getByRole('heading', { level: 1, name: 'Kom i gang' }).waitFor();
    expect(await api('file.current', {})).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(join(dataDir, 'Eksempelplan.planverk'))).toBe(false);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Ingen endringer ennå');
  });

  it('has no axe-core violations and every way in is reached by Tab', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const stops = await tabStops(page);
    // A radio group is one Tab stop (its checked radio); arrow keys choose within it.
    for (const name of ['Start', 'Kommunedelplan', 'Bokmål', 'Mappe', 'Filnavn', 'Lag planen', 'Åpne en kopi av eksempelplanen']) {
      expect(stops.some((s) => s.startsWith(name)), `${name} in ${JSON.stringify(stops)}`).toBe(true);
    }
  });

  it('«Ny plan»: a planprogram in nynorsk, by keyboard, in the picked folder; then listed as recent and in the folder', async () => {
    await page.getByRole('radio', { name: 'Kommunedelplan' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Planprogram' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Nynorsk' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab'); // Mappe: the first picked folder is chosen
    await page.keyboard.press('Tab');
    await page.keyboard.type('Planprogram for Fjellbygd');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#/plan');
    const path = join(folder, 'Planprogram for Fjellbygd.planverk');
    expect((await api('file.current', {}))?.path).toBe(path);
    const plan = await api('plan.load', {});
    expect(plan.plan).toMatchObject({ planType: 'planprogram', malform: 'nn' });
    await page.getByTestId('plan-title').filter({ hasText: plan.plan.title }).waitFor();

    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kom i gang' }).waitFor();
    const recent = page.getByTestId('start-recent');
    await recent.getByText(plan.plan.title, { exact: true }).waitFor();
    expect(await recent.textContent()).toMatch(/Planprogram for Fjellbygd\.planverk · Sist endret \d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}/);
    await page.getByTestId('start-folder-plans').getByText('Planprogram for Fjellbygd.planverk', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a name that is already taken, with the file untouched', async () => {
    const path = join(folder, 'Planprogram for Fjellbygd.planverk');
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    await page.getByLabel('Filnavn').fill('Planprogram for Fjellbygd');
    await page.getByRole('button', { name: 'Lag planen' }).click();
    await page.getByText(ERROR_MESSAGES.TARGET_EXISTS).waitFor();
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });

  it('«Prøv eksempelplanen» opens a copy of the sample, a new file each time, never the same file saved over', async () => {
    await page.getByRole('button', { name: 'Åpne en kopi av eksempelplanen' }).click();
    await page.waitForFunction(() => window.location.hash === '#/plan');
    const first = join(folder, 'Eksempelplan.planverk');
    expect((await api('file.current', {}))?.path).toBe(first);
    const plan = await api('plan.load', {});
    expect(plan.plan.title).toBe(buildSamplePlan().plan.title);
    await api('plan.mutate', { changes: [{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Min øving' }] });

    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Åpne en kopi av eksempelplanen' }).click();
    await expect.poll(async () => (await api('file.current', {}))?.path).toBe(join(folder, 'Eksempelplan 2.planverk'));
    expect((await api('plan.load', {})).plan.title).toBe(buildSamplePlan().plan.title);
  });

  it('«Åpne» opens a plan from the folder list', async () => {
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Åpne: Min øving' }).first().click();
    await expect.poll(async () => (await api('file.current', {}))?.path).toBe(join(folder, 'Eksempelplan.planverk'));
  });

  it('refuses a typed path outside the picked folders in one sentence, the file untouched and the open plan kept', async () => {
    const outside = join(root, 'Utenfor.planverk');
    createPlanFile(outside, emptyPlan()).close();
    const before = createHash('sha256').update(readFileSync(outside)).digest('hex');
    const current = (await api('file.current', {}))?.path;
    await page.getByLabel('Sti til planfil (.planverk)').fill(outside);
    await page.getByRole('button', { name: 'Åpne plan' }).click();
    await page.getByText(ERROR_MESSAGES.OUTSIDE_FOLDERS).waitFor();
    expect(createHash('sha256').update(readFileSync(outside)).digest('hex')).toBe(before);
    expect((await api('file.current', {}))?.path).toBe(current);
  });
});
