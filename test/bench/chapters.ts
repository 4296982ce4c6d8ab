// Chapter figures: one keystroke's synchronous cost in Planverk's ChapterEditor beside a bare Tiptap + Collaboration
// editor (same Yjs document, same run, same Chromium), search p95 across a 500-page plan, and import of a 100-page .docx.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import type { PlanData, RichText } from '../../shared/domain/plan';
import { richTextToYUpdate } from '../../shared/editor';
import { docxToChapters } from '../../electron/services/import/docxToChapters';
import { SearchIndex } from '../../electron/services/search/searchIndex';
import { buildLongDocx } from '../fixtures/docx/buildDocx';
import rendererConfig from '../../renderer/vite.config';
import type { Figures } from './run';

const here = fileURLToPath(new URL('.', import.meta.url));
const WORDS_PER_PAGE = 300;
const VOCABULARY = (
  'kommunen skal sikre gode og likeverdige helse omsorgstjenester for alle innbyggere i årene som kommer økt behov ' +
  'eldre bolig hjemmetjenester institusjon samhandling frivillighet rekruttering kompetanse velferdsteknologi ' +
  'forebygging rehabilitering brukermedvirkning pårørende dagtilbud avlastning bemanning økonomi støtte tjenesteområde'
).split(' ');

/** A chapter of about `pages` pages: paragraphs of ~60 words, a heading every 8 paragraphs, a list now and then. */
export function longChapter(pages: number, seed = 1): RichText {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const sentence = (n: number) => Array.from({ length: n }, () => VOCABULARY[Math.floor(rnd() * VOCABULARY.length)]).join(' ');
  const content: unknown[] = [];
  let words = 0;
  for (let i = 0; words < pages * WORDS_PER_PAGE; i++) {
    if (i % 8 === 0) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Avsnitt ${i / 8 + 1}` }] });
    if (i % 20 === 10) {
      content.push({ type: 'bulletList', content: [1, 2, 3].map(() => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(8) }] }] })) });
      words += 24;
    }
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `${sentence(60)}.` }] });
    words += 60;
  }
  return { type: 'doc', content };
}

export const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

export async function buildBenchPage(outDir: string): Promise<void> {
  await build({
    root: join(here, 'chapters'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    // The app's aliases and worker format: the editor's spell-check worker imports the dictionaries through them.
    resolve: rendererConfig.resolve,
    worker: rendererConfig.worker,
    // Readable function names in a CPU profile (suggestEditor's PLANVERK_BENCH_PROFILE).
    build: { minify: !process.env.PLANVERK_BENCH_PROFILE, outDir, emptyOutDir: true, chunkSizeWarningLimit: 8000, modulePreload: { polyfill: false } },
  });
}

export const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Runs `work` on the built bench page (chapters/main.tsx) in a headless Chromium, then closes both. */
export async function withBenchPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const outDir = mkdtempSync(join(tmpdir(), 'planverk-bench-chapters-'));
  const browser = await chromium.launch({
    executablePath: process.env.PLANVERK_CHROMIUM ?? '/usr/bin/chromium',
    // A secure context as the app's own pages are (crypto.randomUUID, which suggestion mode uses, needs one).
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--unsafely-treat-insecure-origin-as-secure=http://bench.planverk'],
  });
  try {
    await buildBenchPage(outDir);
    const page = await browser.newPage();
    await page.route('http://bench.planverk/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = join(outDir, path === '/' ? 'index.html' : path);
      void route.fulfill({ body: readFileSync(file), contentType: MIME[extname(file)] ?? 'application/octet-stream' });
    });
    await page.goto('http://bench.planverk/');
    await page.waitForFunction(() => 'bench' in window);
    return await work(page);
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function benchTyping(figures: Figures): Promise<void> {
  await withBenchPage(async (page) => {
    for (const pages of [100, 300]) {
      const state = Buffer.from(richTextToYUpdate(longChapter(pages))).toString('base64');
      // Alternate the two editors so that warm-up and thermal drift hit both alike; 6 × 100 keystrokes each (short rounds: a burst of load
      // from elsewhere on the machine hits both), so that the
      // p95 rests on 30 samples, not a handful.
      const samples: Record<'app' | 'bare', number[]> = { app: [], bare: [] };
      const typedAt: Record<'app' | 'bare', string[]> = { app: [], bare: [] };
      for (let round = 0; round < 6; round++) {
        for (const mode of ['bare', 'app'] as const) {
          await page.evaluate(
            async ({ mode, state }) => {
              const b = (window as unknown as { bench: { mountApp: (s: string) => Promise<void>; mountBare: (s: string) => void } }).bench;
              if (mode === 'app') await b.mountApp(state);
              else b.mountBare(state);
              // Let the editors' start-up work (first render, word count) finish before timing.
              await new Promise((r) => setTimeout(r, 50));
            },
            { mode, state },
          );
          const run = await page.evaluate(async () => {
            const b = (window as unknown as { bench: { type: (n: number, at: number) => Promise<{ times: number[]; pos: number; size: number }> } }).bench;
            await b.type(20, 0.5); // warm-up, not counted
            return b.type(100, 0.5);
          });
          samples[mode].push(...run.times);
          typedAt[mode].push(`${run.pos}/${run.size}`);
          await page.evaluate(() => (window as unknown as { bench: { unmount: () => void } }).bench.unmount());
        }
      }
      // Same document, same place: otherwise the ratio compares different things.
      if (typedAt.app.join() !== typedAt.bare.join()) throw new Error(`app typed at ${typedAt.app.join()}, bare at ${typedAt.bare.join()}`);
      const name = `chapters.keystroke.${pages}p`;
      figures[`${name}.bare.p50`] = { value: percentile(samples.bare, 50), unit: 'ms' };
      figures[`${name}.bare.p95`] = { value: percentile(samples.bare, 95), unit: 'ms' };
      figures[`${name}.app.p50`] = { value: percentile(samples.app, 50), unit: 'ms', anchor: `${name}.bare.p50` };
      figures[`${name}.app.p95`] = { value: percentile(samples.app, 95), unit: 'ms', anchor: `${name}.bare.p95` };
    }
  });
}

function benchSearch(figures: Figures): void {
  const plan: PlanData = emptyPlan(seededIds('b'));
  for (let i = 0; i < 50; i++) {
    plan.chapters.push({ id: `ch-${i}`, sortKey: i, parentId: null, kind: 'chapter', title: `Kapittel ${i + 1}`, numbered: true, status: 'utkast', groupId: null, body: longChapter(10, i + 7) });
  }
  const db = new Database(':memory:');
  const index = new SearchIndex(db);
  let t = performance.now();
  index.rebuild(plan);
  figures['chapters.search.500p.rebuild'] = { value: performance.now() - t, unit: 'ms' };
  const queries = ['økt behov', 'pårørende', 'Velferdsteknologi', 'bem', 'støtte eldre', 'rehabilitering frivillighet', 'å', 'kommunen'];
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    index.query(queries[i % queries.length]!, 50);
    times.push(performance.now() - t);
  }
  figures['chapters.search.500p.query.p50'] = { value: percentile(times, 50), unit: 'ms' };
  figures['chapters.search.500p.query.p95'] = { value: percentile(times, 95), unit: 'ms' };
  db.close();
}

async function benchImport(figures: Figures): Promise<void> {
  const docx = await buildLongDocx(100);
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await docxToChapters(docx, { ids: seededIds('i'), sortKeyAfter: 0, leadTitle: 'bench' });
    runs.push(performance.now() - t);
  }
  figures['chapters.import.docx.100p'] = { value: percentile(runs, 50), unit: 'ms' };
}

export async function benchChapters(): Promise<Figures> {
  const figures: Figures = {};
  benchSearch(figures);
  await benchImport(figures);
  await benchTyping(figures);
  return figures;
}
