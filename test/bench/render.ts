// Render bench: time to first render in Chromium of a plan of 500 chapters / 60 areas / 20 images through the real
// bridge and the built renderer (navigation start → plan title and navigation on screen), median of several runs,
// anchored on the same measurement for an empty plan; and the switch to the chapter page (500-entry tree + a body).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import type { PlanData } from '../../shared/domain/plan';
import { startAppHarness } from './appHarness';
import type { Figures } from './run';
import { buildLargePlan } from './renderPlan';

const RUNS = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

type Measured = { times: number[]; chapterTimes: number[]; loadBytes: number };

async function measureFirstRender(plan: PlanData, dir: string, name: string): Promise<Measured> {
  const app = await startAppHarness(plan, dir, name);
  const { bridge, browser } = app;
  try {
    const times: number[] = [];
    const chapterTimes: number[] = [];
    // The first run warms Chromium's caches for the bundle; it is not counted.
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(bridge.url, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        (title) => {
          const shown = document.querySelector('[data-testid="plan-title"]')?.textContent === title;
          const nav = document.querySelectorAll('nav a').length === 6;
          return shown && nav ? performance.now() : false;
        },
        plan.plan.title,
        { polling: 'raf', timeout: 30_000 },
      );
      if (run > 0) times.push((await handle.jsonValue()) as number);
      if (run > 0 && plan.chapters.length > 0) {
        // The chapter page: its lazy chunk (Tiptap), the whole tree and the first chapter's body.
        const started = await page.evaluate(() => {
          window.location.hash = '#/kapitler';
          return performance.now();
        });
        const shown = await page.waitForFunction(() => (document.querySelector('.chapter-body') ? performance.now() : false), undefined, {
          polling: 'raf',
          timeout: 30_000,
        });
        chapterTimes.push(((await shown.jsonValue()) as number) - started);
      }
      await context.close();
    }
    const load = await fetch(`${bridge.origin}/api/plan.load`, { method: 'POST', headers: { 'x-planverk-token': bridge.token }, body: '{}' });
    return { times, chapterTimes, loadBytes: (await load.arrayBuffer()).byteLength };
  } finally {
    await app.close();
  }
}

export async function benchRender(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-render-'));
  try {
    const empty = await measureFirstRender(emptyPlan(), dir, 'tom');
    const large = await measureFirstRender(buildLargePlan(), dir, 'stor');
    return {
      'render.firstRender.emptyPlan.p50': { value: median(empty.times), unit: 'ms' },
      'render.firstRender.p50': { value: median(large.times), unit: 'ms', anchor: 'render.firstRender.emptyPlan.p50' },
      'render.firstRender.max': { value: Math.max(...large.times), unit: 'ms', anchor: 'render.firstRender.emptyPlan.p50' },
      'render.chaptersPage.p50': { value: median(large.chapterTimes), unit: 'ms' },
      // plan.load sends asset metadata only; the anchor is what it sent before (the whole PlanData, image bytes included).
      'render.planLoad.withAssetBytes.bytes': { value: Buffer.byteLength(JSON.stringify({ ok: true, value: buildLargePlan() })), unit: 'bytes' },
      'render.planLoad.bytes': { value: large.loadBytes, unit: 'bytes', anchor: 'render.planLoad.withAssetBytes.bytes' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
