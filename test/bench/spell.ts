// Spell-check figures (issue 17): the dictionaries' load time and memory in Node, checking a 300-page chapter from
// cold and re-checking the one block a keystroke touched, and in Chromium the worker's cold check of the open
// chapter and the editor's keystroke cost with the spell-check beside the same editor without it (same run).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { richTextToYUpdate } from '../../shared/editor';
import { checkText, type CheckContext } from '../../shared/spell/checkText';
import { textBlocks } from '../../shared/spell/planSpell';
import { acceptedWords } from '../../shared/spell/wordLists';
import { nodeSpellers } from '../../electron/services/spell/nodeSpellers';
import { buildBenchPage, longChapter, MIME, percentile } from './chapters';
import type { Figures } from './run';

const PAGES = Number(process.env.PLANVERK_SPELL_PAGES ?? 300);

async function benchNode(figures: Figures): Promise<void> {
  global.gc?.();
  const rss = process.memoryUsage().rss;
  let t = performance.now();
  const spellers = await nodeSpellers();
  figures['spell.node.load.nb+nn'] = { value: performance.now() - t, unit: 'ms' };
  figures['spell.node.memory.nb+nn'] = { value: (process.memoryUsage().rss - rss) / 1e6, unit: 'MB' };
  const ctx: CheckContext = { lang: 'nb', spellers, accepted: acceptedWords() };
  const blocks = textBlocks(longChapter(PAGES));
  t = performance.now();
  for (const b of blocks) checkText(b, ctx);
  figures[`spell.node.check.${PAGES}p.cold`] = { value: performance.now() - t, unit: 'ms' };
  // A keystroke re-checks only its block: one paragraph with a letter added to a word.
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const block = blocks[(i * 37) % blocks.length]!;
    const edited = `${block.slice(0, 20)}x${block.slice(20)}`;
    t = performance.now();
    checkText(edited, ctx);
    times.push(performance.now() - t);
  }
  figures['spell.node.recheck.keystroke.p50'] = { value: percentile(times, 50), unit: 'ms' };
  figures['spell.node.recheck.keystroke.p95'] = { value: percentile(times, 95), unit: 'ms' };
}

type BenchWindow = {
  bench: {
    mountApp: (s: string, spell: boolean) => Promise<void>;
    spellSettled: () => Promise<number>;
    type: (n: number, at: number) => Promise<{ times: number[] }>;
    unmount: () => void;
  };
};

async function benchEditor(figures: Figures): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'planverk-bench-spell-'));
  const browser = await chromium.launch({
    executablePath: process.env.PLANVERK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await buildBenchPage(outDir);
    const page = await browser.newPage();
    page.on('crash', () => console.error('bench page crashed'));
    page.on('pageerror', (e) => console.error('bench page error:', e.message));
    await page.route('http://bench.planverk/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = join(outDir, path === '/' ? 'index.html' : path);
      void route.fulfill({ body: readFileSync(file), contentType: MIME[extname(file)] ?? 'application/octet-stream' });
    });
    await page.goto('http://bench.planverk/');
    await page.waitForFunction(() => 'bench' in window);
    const state = Buffer.from(richTextToYUpdate(longChapter(PAGES))).toString('base64');
    // Cold: a fresh page's worker loads Hunspell and both dictionaries, then checks the whole chapter.
    const cold = await page.evaluate(async (s) => {
      const b = (window as unknown as BenchWindow).bench;
      const t0 = performance.now();
      await b.mountApp(s, true);
      await b.spellSettled();
      const ms = performance.now() - t0;
      b.unmount();
      return ms;
    }, state);
    figures[`spell.editor.cold.${PAGES}p`] = { value: cold, unit: 'ms' };
    const samples: Record<'on' | 'off', number[]> = { on: [], off: [] };
    for (let round = 0; round < 4; round++) {
      for (const mode of ['off', 'on'] as const) {
        const run = await page.evaluate(
          async ({ s, spell }) => {
            const b = (window as unknown as BenchWindow).bench;
            await b.mountApp(s, spell);
            if (spell) await b.spellSettled();
            await new Promise((r) => setTimeout(r, 50));
            await b.type(20, 0.5);
            const result = await b.type(100, 0.5);
            b.unmount();
            return result.times;
          },
          { s: state, spell: mode === 'on' },
        );
        samples[mode].push(...run);
      }
    }
    const name = `spell.editor.keystroke.${PAGES}p`;
    figures[`${name}.without.p50`] = { value: percentile(samples.off, 50), unit: 'ms' };
    figures[`${name}.without.p95`] = { value: percentile(samples.off, 95), unit: 'ms' };
    figures[`${name}.with.p50`] = { value: percentile(samples.on, 50), unit: 'ms', anchor: `${name}.without.p50` };
    figures[`${name}.with.p95`] = { value: percentile(samples.on, 95), unit: 'ms', anchor: `${name}.without.p95` };
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function benchSpell(): Promise<Figures> {
  const figures: Figures = {};
  await benchNode(figures);
  try {
    await benchEditor(figures);
  } catch (err) {
    // Known gap (notes-writing.md): the bench page closes during the worker's cold check here, while the same
    // worker works in the E2E suite; the Node figures still stand.
    console.error(`spell editor bench failed: ${(err as Error).message}`);
  }
  return figures;
}
