// Spell-check figures (issue 17): the dictionaries' load time and memory in Node, checking a 300-page chapter from
// cold and re-checking the one block a keystroke touched, and in Chromium the worker's cold check of the open
// chapter and the editor's keystroke cost with the spell-check beside the same editor without it (same run).
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { richTextToYUpdate } from '../../shared/editor';
import { checkText, type CheckContext } from '../../shared/spell/checkText';
import { textBlocks } from '../../shared/spell/planSpell';
import { acceptedWords } from '../../shared/spell/wordLists';
import { nodeSpellers } from '../../electron/services/spell/nodeSpellers';
import { longChapter, percentile, withBenchPage } from './chapters';
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
    firstUnderline: () => Promise<number>;
    type: (n: number, at: number) => Promise<{ times: number[]; pos: number; size: number }>;
    typeText: (text: string, at: number) => Promise<void>;
    typeUntilUnderlined: (word: string, at: number) => Promise<number>;
    unmount: () => void;
  };
};

/** A word the dictionaries reject and the bench chapter never holds: typing it must get it underlined. */
const MISSPELT = 'Kommuen';
const ROUNDS = 6;

/** A fresh page: the worker loads Hunspell and both dictionaries, then checks the whole chapter just opened. */
async function coldOpen(page: Page, state: string, figures: Figures): Promise<void> {
  const cold = await page.evaluate(async (s) => {
    const b = (window as unknown as BenchWindow).bench;
    const t0 = performance.now();
    await b.mountApp(s, true);
    const first = await b.firstUnderline();
    await b.spellSettled();
    const all = performance.now() - t0;
    b.unmount();
    return { first, all };
  }, state);
  figures[`spell.editor.open.${PAGES}p.cold.firstUnderline`] = { value: cold.first, unit: 'ms' };
  figures[`spell.editor.open.${PAGES}p.cold.checked`] = { value: cold.all, unit: 'ms' };
}

/**
 * Interleaved rounds on the same chapter at the same place: a keystroke's synchronous cost with the spell-check off
 * and on (on: the whole chapter checked and underlined first, as when the adviser has been writing a while); in the
 * «on» rounds also the chapter's check on opening (dictionaries loaded), and how long a misspelt word typed while that
 * check runs, and typed after it, takes to be underlined.
 */
async function rounds(page: Page, state: string, figures: Figures): Promise<void> {
  const keys: Record<'on' | 'off', number[]> = { on: [], off: [] };
  const typedAt: Record<'on' | 'off', string[]> = { on: [], off: [] };
  const opened: number[] = [];
  const whileOpening: number[] = [];
  const underline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['off', 'on'] as const) {
      const run = await page.evaluate(
        async ({ s, spell, word, round }) => {
          const b = (window as unknown as BenchWindow).bench;
          const t0 = performance.now();
          await b.mountApp(s, spell);
          let early = 0;
          let open = 0;
          // Typed at once, far from the top, while the chapter's own check is still under way (both modes type it:
          // the keystrokes below then go to the same document at the same place).
          if (spell) {
            early = await b.typeUntilUnderlined(word, 0.7);
            await b.spellSettled();
            open = performance.now() - t0;
          } else await b.typeText(` ${word} `, 0.7);
          await new Promise((r) => setTimeout(r, 50));
          await b.type(20, 0.5); // warm-up, not counted
          const keys = await b.type(100, 0.5);
          const late = spell ? await b.typeUntilUnderlined(word, 0.3 + 0.05 * round) : 0;
          b.unmount();
          return { keys, early, open, late };
        },
        { s: state, spell: mode === 'on', word: MISSPELT, round },
      );
      keys[mode].push(...run.keys.times);
      typedAt[mode].push(`${run.keys.pos}/${run.keys.size}`);
      if (mode === 'on') {
        opened.push(run.open);
        whileOpening.push(run.early);
        underline.push(run.late);
      }
    }
  }
  // Same document, same place: otherwise the ratio compares different things.
  if (typedAt.on.join() !== typedAt.off.join()) throw new Error(`typed at ${typedAt.on.join()} and ${typedAt.off.join()}`);
  const name = `spell.editor.keystroke.${PAGES}p`;
  figures[`${name}.off.p50`] = { value: percentile(keys.off, 50), unit: 'ms' };
  figures[`${name}.off.p95`] = { value: percentile(keys.off, 95), unit: 'ms' };
  figures[`${name}.on.p50`] = { value: percentile(keys.on, 50), unit: 'ms', anchor: `${name}.off.p50` };
  figures[`${name}.on.p95`] = { value: percentile(keys.on, 95), unit: 'ms', anchor: `${name}.off.p95` };
  figures[`spell.editor.open.${PAGES}p.warm.checked.p50`] = { value: percentile(opened, 50), unit: 'ms' };
  figures[`spell.editor.underline.${PAGES}p.whileOpening.p50`] = { value: percentile(whileOpening, 50), unit: 'ms' };
  figures[`spell.editor.underline.${PAGES}p.p50`] = { value: percentile(underline, 50), unit: 'ms' };
  figures[`spell.editor.underline.${PAGES}p.p95`] = { value: percentile(underline, 95), unit: 'ms' };
}

async function benchEditor(figures: Figures): Promise<void> {
  const state = Buffer.from(richTextToYUpdate(longChapter(PAGES))).toString('base64');
  // The machine is shared: the load average says how busy it was around these figures.
  const load = (at: string) => (figures[`spell.editor.loadavg1.${at}`] = { value: Number(loadavg()[0]!.toFixed(2)), unit: 'count' });
  await withBenchPage(async (page) => {
    // A page that closes under the bench is a failure to report, not a figure.
    page.on('crash', () => console.error('spell bench: the page crashed'));
    page.on('pageerror', (e) => console.error('spell bench: page error:', e.message));
    load('start');
    await coldOpen(page, state, figures);
    await rounds(page, state, figures);
    load('end');
  });
}

export async function benchSpell(): Promise<Figures> {
  const figures: Figures = {};
  await benchNode(figures);
  await benchEditor(figures);
  return figures;
}
