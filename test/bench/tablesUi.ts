// Tables and hearing UI figures: the sample plan grown to 400 measures and 300 hearing inputs, rendered in Chromium
// through the real bridge and the built renderer — the Tiltak tab (tab click → every measure cell on screen) and the
// Høring page (route change → registry and merknadsbehandling complete) — and the pure merknadsbehandling build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Conclusion, HearingInput, Measure, PlanData } from '../../shared/domain/plan';
import { buildMerknadsbehandling } from '../../shared/plantables';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { startAppHarness } from './appHarness';
import type { Figures } from './run';

const RUNS = 5;
const MEASURES = 400;
const INPUTS = 300;
const UNITS = ['3200 Hjemmetjenesten', '3402 Avd. Sentrum', '3403 Avd. Nord', '3410 Sykehjemmet', '3420 Psykisk helse', '3500 Tildelingskontoret', ''];
const CONCLUSIONS: (Conclusion | null)[] = ['tatt-til-folge', 'delvis-tatt-til-folge', 'ikke-tatt-til-folge', 'tas-til-orientering', null];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The sample plan with exactly 400 measures across seven units and 300 inputs in every state, some late. */
export function buildTablesBenchPlan(): PlanData {
  const plan = buildSamplePlan();
  const areaIds = plan.areas.map((a) => a.id);
  const measures: Measure[] = Array.from({ length: MEASURES }, (_, i) => ({
    id: `bench-measure-${i}`,
    sortKey: i + 1,
    name: `Tiltak ${i + 1}: ${['hverdagsrehabilitering', 'velferdsteknologi', 'pårørendeskole', 'dagtilbud', 'kompetanseløft'][i % 5]}`,
    unit: UNITS[i % UNITS.length]!,
    themeId: plan.themes[i % Math.max(1, plan.themes.length)]?.id ?? null,
    chapterId: null,
    fteHundredths: (i * 37) % 500,
    costOre: ((i * 7919) % 3_000_000) * 100 + (i % 3) * 50,
    status: (['planlagt', 'vedtatt', 'iverksatt', 'avsluttet'] as const)[i % 4]!,
    statusDate: i % 4 === 2 ? '2025-02-01' : null,
    followUp: i % 2 ? 'Evalueres årlig' : '',
  }));
  const inputs: HearingInput[] = Array.from({ length: INPUTS }, (_, i) => ({
    id: `bench-input-${i}`,
    sortKey: i + 1,
    sender: `Avsender ${i + 1}`,
    senderType: (['privatperson', 'organisasjon', 'offentlig-instans', 'intern'] as const)[i % 4]!,
    receivedDate: `2025-${i % 10 === 0 ? '06' : '05'}-${String((i % 28) + 1).padStart(2, '0')}`,
    summary: `Innspill nummer ${i + 1} om tjenestene, med noen setninger om hva avsenderen ønsker endret i planen.`,
    fullText: '',
    attachmentAssetId: null,
    concerns: areaIds.length ? [areaIds[i % areaIds.length]!] : [],
    assessment: i % 5 === 4 ? '' : `Kommunen vurderer innspill ${i + 1} og har tatt stilling til det.`,
    conclusion: CONCLUSIONS[i % CONCLUSIONS.length]!,
  }));
  return { ...plan, measures, inputs };
}

/** Milliseconds from clicking the Tiltak tab to every measure's cells being in the grid. */
function timeMeasuresTab(page: Page): Promise<number> {
  return page.evaluate(async (expected) => {
    const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent?.startsWith('Tiltak'));
    if (!tab) throw new Error('Fant ikke fanen Tiltak');
    const t0 = performance.now();
    tab.click();
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const rows = document.querySelectorAll('[data-testid="measures-table"] tbody tr[aria-selected]').length;
      // Reading a layout property makes the figure include style and layout, not only React's DOM work.
      if (rows >= expected && document.body.offsetHeight > 0) return performance.now() - t0;
      if (performance.now() - t0 > 30_000) throw new Error(`Bare ${rows} tiltak etter 30 s`);
    }
  }, MEASURES);
}

/** Milliseconds from changing the route to the Høring page having its registry and merknadsbehandling complete. */
function timeHearingPage(page: Page, inputs: number): Promise<number> {
  return page.evaluate(async (expected) => {
    const t0 = performance.now();
    window.location.hash = '#/horing';
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const merknad = document.querySelectorAll('[data-testid="merknads-table"] tbody tr').length;
      const registry = document.querySelectorAll('[data-testid="inputs-table"] tbody tr').length;
      if (merknad >= expected && registry >= expected && document.body.offsetHeight > 0) return performance.now() - t0;
      if (performance.now() - t0 > 30_000) throw new Error(`Bare ${merknad} rader etter 30 s`);
    }
  }, inputs);
}

async function goAndWait(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.waitForFunction((h) => window.location.hash === h && document.querySelector('main h1') !== null, hash);
}

async function renderFigures(plan: PlanData, dir: string): Promise<{ measures: number[]; hearing: number[] }> {
  const app = await startAppHarness(plan, dir, 'tabeller');
  const { bridge, browser } = app;
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.locator('main h1').waitFor();
    const measures: number[] = [];
    const hearing: number[] = [];
    // The first round warms the bundle's code paths; it is not counted.
    for (let run = 0; run <= RUNS; run++) {
      await goAndWait(page, '#/tabeller');
      await page.getByRole('tab', { name: 'Milepæler' }).click();
      await page.getByRole('grid', { name: 'Milepæler' }).waitFor();
      const m = await timeMeasuresTab(page);
      await goAndWait(page, '#/plan');
      const h = await timeHearingPage(page, plan.inputs.length);
      if (run > 0) {
        measures.push(m);
        hearing.push(h);
      }
    }
    await context.close();
    return { measures, hearing };
  } finally {
    await app.close();
  }
}

function merknadsFigure(plan: PlanData): number[] {
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const table = buildMerknadsbehandling(plan);
    times.push(performance.now() - t);
    if (table.rows.length !== plan.inputs.length) throw new Error('Merknadsbehandlingen mangler rader');
  }
  return times.slice(5);
}

export async function benchTablesUi(): Promise<Figures> {
  const plan = buildTablesBenchPlan();
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-tables-'));
  try {
    const rendered = await renderFigures(plan, dir);
    return {
      'tables.render.measures.ms': { value: median(rendered.measures), unit: 'ms' },
      'hearing.render.ms': { value: median(rendered.hearing), unit: 'ms' },
      'hearing.merknadsbehandling.ms': { value: median(merknadsFigure(plan)), unit: 'ms' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
