// Matrix editor figure (issue 4): on a plan with 200 areas × 15 groups opened through the real bridge in Chromium,
// the time from a key press setting a code to the change committed (plan.mutate answered) and the grid repainted
// (the next animation frame after the cell shows the code), p50/p95 over 50 presses; plus the grid's first render.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellId, type Area, type PlanData, type ResponsibilityLevel } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { startAppHarness } from './appHarness';
import type { Figures } from './run';

const AREAS = 200;
const GROUPS = 15;
const PRESSES = 50;
const WARM_UP = 5;

/** The sample plan grown to 200 top-level areas × 15 groups: sample areas (with their texts) repeated over its themes. */
export function buildMatrixUiPlan(): PlanData {
  const plan = buildSamplePlan();
  const groups = [...plan.groups];
  for (let g = groups.length; g < GROUPS; g++) groups.push({ ...plan.groups[g % plan.groups.length]!, id: `bench-g${g}`, sortKey: 100 + g, kind: 'arbeidsgruppe', number: g + 1, name: `Arbeidsgruppe ${g + 1}` });
  const tops = plan.areas.filter((a) => a.parentId === null);
  const areas: Area[] = [...plan.areas];
  for (let i = tops.length; i < AREAS; i++) {
    const source = tops[i % tops.length]!;
    areas.push({ ...source, id: `bench-a${i}`, sortKey: 1000 + i, name: `${source.name} ${Math.floor(i / tops.length) + 1}` });
  }
  const cells = [...plan.cells];
  areas.slice(plan.areas.length).forEach((a, i) => {
    const groupId = groups[i % groups.length]!.id;
    cells.push({ id: cellId(a.id, groupId), areaId: a.id, groupId, level: 'DpH' });
  });
  return { ...plan, groups, areas, cells };
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const NEXT_KEY: Record<ResponsibilityLevel, { key: string; level: ResponsibilityLevel }> = {
  OpH: { key: 'd', level: 'DpH' },
  DpH: { key: 's', level: 'SpH' },
  SpH: { key: 'd', level: 'DpH' },
};

type BenchWindow = { __mx: { keyAt: number; mutateAt: number; wait: Promise<number> | null } };

export async function benchMatrixUi(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-matrixui-'));
  const plan = buildMatrixUiPlan();
  const app = await startAppHarness(plan, dir, 'matrise');
  const { bridge, browser } = app;
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    // tsx keeps function names with an __name helper that does not exist inside the page.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    // Key press and plan.mutate's answer, timed inside the page on the same clock as the repaint.
    await page.addInitScript(() => {
      const w = window as unknown as BenchWindow;
      w.__mx = { keyAt: 0, mutateAt: 0, wait: null };
      window.addEventListener('keydown', () => (w.__mx.keyAt = performance.now()), true);
      const fetchOriginal = window.fetch.bind(window);
      window.fetch = async (...args: Parameters<typeof fetch>) => {
        const response = await fetchOriginal(...args);
        if (String(args[0] instanceof Request ? args[0].url : args[0]).includes('plan.mutate')) {
          await response.clone().json();
          w.__mx.mutateAt = performance.now();
        }
        return response;
      };
    });
    await page.goto(bridge.url);
    await page.locator('nav a').first().waitFor();
    const started = await page.evaluate(() => performance.now());
    await page.evaluate(() => (window.location.hash = '#/ansvarsmatrise'));
    const firstGrid = (await (
      await page.waitForFunction(() => (document.querySelectorAll('[data-testid="matrix-overview"] tbody tr[data-area]').length >= 200 ? performance.now() : false), undefined, { polling: 'raf', timeout: 30_000 })
    ).jsonValue()) as number;

    const byArea = new Map(plan.cells.map((c) => [c.areaId, c]));
    const targets = plan.areas.filter((a) => a.parentId === null && byArea.has(a.id));
    const current = new Map(plan.cells.map((c) => [c.id, c.level!]));
    const samples: number[] = [];
    for (let i = 0; i < WARM_UP + PRESSES; i++) {
      const cell = byArea.get(targets[(i * 7) % targets.length]!.id)!;
      const next = NEXT_KEY[current.get(cell.id)!];
      const selector = `[data-cell="${cell.areaId}|${cell.groupId}"]`;
      await page.locator(selector).focus();
      await page.evaluate(
        ({ selector, code }) => {
          const w = window as unknown as BenchWindow;
          w.__mx.mutateAt = 0;
          const el = document.querySelector(selector)!;
          w.__mx.wait = new Promise<number>((resolve) => {
            let shownAt = 0;
            const check = () => {
              if (!shownAt && el.textContent === code) {
                // The frame after the DOM shows the code is the one that paints it.
                requestAnimationFrame(() => {
                  shownAt = performance.now();
                  check();
                });
                return;
              }
              if (shownAt && w.__mx.mutateAt > 0) resolve(Math.max(shownAt, w.__mx.mutateAt) - w.__mx.keyAt);
              else requestAnimationFrame(check);
            };
            check();
          });
        },
        { selector, code: next.level },
      );
      await page.keyboard.press(next.key);
      const elapsed = (await page.evaluate(() => (window as unknown as BenchWindow).__mx.wait)) as number;
      current.set(cell.id, next.level);
      if (i >= WARM_UP) samples.push(elapsed);
    }
    await context.close();
    return {
      'matrix.grid.firstRender.200x15': { value: firstGrid - started, unit: 'ms' },
      'matrix.keypress.p50': { value: percentile(samples, 50), unit: 'ms' },
      'matrix.keypress.p95': { value: percentile(samples, 95), unit: 'ms' },
    };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
