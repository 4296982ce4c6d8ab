// Export benchmark on the reference plan: our DOCX against pandoc (same content as Markdown → DOCX); our PDF against
// LibreOffice converting our own DOCX, as a hearing draft (diagonal HØRINGSUTKAST on both sides) and without a
// watermark, in interleaved rounds with the medians reported: Typst (the engine: cold = `npm run cli -- export` in a
// process of its own, as LibreOffice is one, since Typst's caches live as long as the process; warm = an export in a
// process that exported before, as the app and `npm run web` do; PDF/A-2a too) and Chromium (the engine before; cold =
// a browser launched for the export, warm = a running one) in the same run, so the choice rests on one measurement.
// Times are end to end from the plan file on disk.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPlan } from '../../electron/services/export/exportPlan';
import { createPlaywrightPrinter, launchPdfBrowser } from '../../electron/services/export/pdfBrowser';
import { stopTypstWorker } from '../../electron/services/export/typstCompiler';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import { buildDocument } from '../../shared/document/builder';
import { inlineText, type Block, type DocModel } from '../../shared/document/model';
import type { Figures } from './run';
import { buildReferencePlan } from './referencePlan';

/** The same content as Markdown for pandoc: headings, paragraphs, lists, pipe tables with captions, images. */
function toMarkdown(model: DocModel, dir: string): string {
  const out: string[] = [`---\ntitle: "${model.meta.title}"\nlang: ${model.meta.lang}\n---\n`];
  let images = 0;
  const cellText = (blocks: Block[]) => blocks.map((b) => (b.kind === 'paragraph' ? inlineText(b.runs) : '')).join(' ').replace(/\|/g, '/').replace(/\n/g, ' ');
  const walk = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'heading') out.push(`${'#'.repeat(b.level)} ${b.number ? `${b.number} ` : ''}${b.text}\n`);
      else if (b.kind === 'paragraph') out.push(`${inlineText(b.runs)}\n`);
      else if (b.kind === 'list') out.push(b.items.map((i) => `- ${cellText(i)}`).join('\n') + '\n');
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'table') {
        const header = b.headerRows[0] ?? b.bodyRows[0]?.cells ?? [];
        const width = b.columnWidths.length;
        const row = (cells: string[]) => `| ${[...cells, ...Array(Math.max(0, width - cells.length)).fill('')].slice(0, width).join(' | ')} |`;
        out.push([row(header.map((c) => cellText(c.blocks))), row(Array(width).fill('---')), ...b.bodyRows.map((r) => row(r.cells.map((c) => cellText(c.blocks))))].join('\n'));
        if (b.caption) out.push(`\n: ${b.caption.full}\n`);
      } else if (b.kind === 'image') {
        const file = join(dir, `img-${++images}.png`);
        writeFileSync(file, Buffer.from(b.image.dataBase64, 'base64'));
        out.push(`![${b.caption?.full ?? b.alt}](${file})\n`);
      } else if (b.kind === 'toc') out.push('');
    }
  };
  walk(model.blocks);
  return out.join('\n');
}

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc (Linux; null elsewhere). On the shared,
 * loaded machine a child's wall time follows the load more than its work; its CPU time does not.
 */
function childCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat(5) (cutime, cstime), counted here from field 3 on, in clock ticks (100 per second).
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Runs a child process (synchronously) and adds its CPU time to `into` when the system reports it. */
function childCpu<T>(into: number[], fn: () => T): T {
  const before = childCpuMs();
  const r = fn();
  const after = childCpuMs();
  if (before !== null && after !== null) into.push(after - before);
  return r;
}

const load1 = (): number => Number(loadavg()[0]!.toFixed(1));

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Rounds of the PDF comparison: each round times every contender once, in turn, so drift hits them alike. Five, so
 * that a median of wall times on the shared 2-core machine survives two rounds hit by load from elsewhere.
 */
const ROUNDS = 5;

export async function benchExport(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-export-'));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const planPath = join(dir, 'referanse.planverk');
    createPlanFile(planPath, buildReferencePlan()).close();
    const readPlan = () => {
      const file = openPlanFile(planPath, { readOnly: true });
      try {
        return file.readPlan();
      } finally {
        file.close();
      }
    };
    const docxOut = join(dir, 'plan.docx');
    const pdfOut = join(dir, 'plan.pdf');
    const hearing = { watermark: 'horingsutkast', watermarkPlacement: 'diagonal' } as const;
    // One warm-up so module loading is not counted against us or the anchors.
    await exportPlan(readPlan(), { format: 'docx', out: join(dir, 'warmup.docx') });

    const [, docxMs] = await timeAsync(() => exportPlan(readPlan(), { format: 'docx', out: docxOut, ...hearing }));
    const plainDocx = join(dir, 'plain.docx');
    await exportPlan(readPlan(), { format: 'docx', out: plainDocx });
    const [, htmlMs] = await timeAsync(() => exportPlan(readPlan(), { format: 'html', out: join(dir, 'plan.html'), ...hearing }));

    const md = join(dir, 'plan.md');
    const [, mdMs] = time(() => writeFileSync(md, toMarkdown(buildDocument(readPlan(), { part: 'plan', watermark: 'none' }), dir)));
    const [, pandocMs] = time(() => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '--toc', '-o', join(dir, 'pandoc.docx'), md], { stdio: 'pipe' }));

    // LibreOffice as someone who uses it has it: its profile made once (by a warm-up conversion), then reused.
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    const cpu = { plainTypstCold: [] as number[], plainSoffice: [] as number[], typstCold: [] as number[], soffice: [] as number[] };
    const soffice = (docx: string, cpuInto: number[] = []) =>
      time(() => childCpu(cpuInto, () => execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docx], { stdio: 'pipe', timeout: 300_000 })))[1];
    soffice(plainDocx);
    // "Warm" prints as the app does, with a printer whose page is kept across exports (the app's hidden print window;
    // `npm run web` keeps one like it); "cold" starts Chromium for the export, as the CLI does.
    const browser = await launchPdfBrowser();
    const printer = createPlaywrightPrinter(browser);
    const chromium = { pdfEngine: 'chromium' } as const;
    // The CLI as a user runs it: a new Node process each time (its bundle built once by the first run).
    const cli = (...args: string[]) => execFileSync(process.execPath, ['scripts/cli.mjs', 'export', planPath, '--format', 'pdf', ...args], { stdio: 'pipe', timeout: 300_000 });
    const cliExport = (out: string, cpuInto: number[], ...args: string[]) => time(() => childCpu(cpuInto, () => cli('--out', out, ...args)))[1];
    cli('--out', join(dir, 'cli-warmup.pdf'));
    const loads: number[] = [];
    const times = {
      typstCold: [] as number[],
      typst: [] as number[],
      typstPdfa: [] as number[],
      chromiumCold: [] as number[],
      chromium: [] as number[],
      soffice: [] as number[],
      plainTypstCold: [] as number[],
      plainTypst: [] as number[],
      plainChromium: [] as number[],
      plainSoffice: [] as number[],
    };
    try {
      await exportPlan(readPlan(), { format: 'pdf', out: join(dir, 'warm0.pdf'), ...chromium, printer });
      for (let round = 0; round < ROUNDS; round++) {
        loads.push(load1());
        times.typstCold.push(cliExport(join(dir, 'typst-cold.pdf'), cpu.typstCold, '--watermark', 'horingsutkast'));
        times.typst.push((await timeAsync(() => exportPlan(readPlan(), { format: 'pdf', out: pdfOut, ...hearing })))[1]);
        times.typstPdfa.push((await timeAsync(() => exportPlan(readPlan(), { format: 'pdf', out: join(dir, 'pdfa.pdf'), ...hearing, pdfa: true })))[1]);
        times.chromiumCold.push((await timeAsync(() => exportPlan(readPlan(), { format: 'pdf', out: join(dir, 'chromium-cold.pdf'), ...hearing, ...chromium })))[1]);
        times.chromium.push((await timeAsync(() => exportPlan(readPlan(), { format: 'pdf', out: join(dir, 'chromium.pdf'), ...hearing, ...chromium, printer })))[1]);
        times.soffice.push(soffice(docxOut, cpu.soffice));
        times.plainTypstCold.push(cliExport(join(dir, 'plain-cold.pdf'), cpu.plainTypstCold));
        times.plainTypst.push((await timeAsync(() => exportPlan(readPlan(), { format: 'pdf', out: join(dir, 'plain.pdf') })))[1]);
        times.plainChromium.push((await timeAsync(() => exportPlan(readPlan(), { format: 'pdf', out: join(dir, 'plain-chromium.pdf'), ...chromium, printer })))[1]);
        times.plainSoffice.push(soffice(plainDocx, cpu.plainSoffice));
      }
      loads.push(load1());
    } finally {
      await stopTypstWorker();
      await printer.close();
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
    console.error(`export bench: PDF times per round (ms): ${JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map(Math.round)])))}`);
    const perRound = (a: number[], b: number[]) => a.map((x, i) => (x / b[i]!).toFixed(2)).join(' / ');
    console.error(`export bench: load average (1 min) at each round's start and at the end: ${loads.join(', ')}`);
    console.error(`export bench: cold CLI ÷ LibreOffice per round, wall: plain ${perRound(times.plainTypstCold, times.plainSoffice)}, with watermark ${perRound(times.typstCold, times.soffice)}`);
    if (cpu.plainSoffice.length === ROUNDS) {
      console.error(`export bench: CPU time (user + system, ms) per round: ${JSON.stringify(cpu)}`);
      console.error(`export bench: cold CLI ÷ LibreOffice per round, CPU: plain ${perRound(cpu.plainTypstCold, cpu.plainSoffice)}, with watermark ${perRound(cpu.typstCold, cpu.soffice)}`);
    }
    const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    // Pages are not one of the runner's units; they go to stderr so the size of the reference plan is on record.
    console.error(
      `export bench: reference plan is ${pagesOf(pdfOut)} pages in the Typst PDF, ${pagesOf(join(dir, 'chromium.pdf'))} in Chromium's, ${pagesOf(join(dir, 'lo', 'plan.pdf'))} in LibreOffice's`,
    );
    return {
      'export.docx.ms': { value: Math.round(docxMs), unit: 'ms', anchor: 'export.docx.pandoc.ms' },
      'export.docx.pandoc.ms': { value: Math.round(pandocMs + mdMs), unit: 'ms' },
      'export.html.ms': { value: Math.round(htmlMs), unit: 'ms' },
      'export.pdf.typst.cold.ms': { value: Math.round(median(times.typstCold)), unit: 'ms', anchor: 'export.pdf.soffice.ms' },
      'export.pdf.typst.warm.ms': { value: Math.round(median(times.typst)), unit: 'ms', anchor: 'export.pdf.soffice.ms' },
      'export.pdf.typst.pdfa.ms': { value: Math.round(median(times.typstPdfa)), unit: 'ms', anchor: 'export.pdf.soffice.ms' },
      'export.pdf.chromium.cold.ms': { value: Math.round(median(times.chromiumCold)), unit: 'ms', anchor: 'export.pdf.soffice.ms' },
      'export.pdf.chromium.warm.ms': { value: Math.round(median(times.chromium)), unit: 'ms', anchor: 'export.pdf.soffice.ms' },
      'export.pdf.soffice.ms': { value: Math.round(median(times.soffice)), unit: 'ms' },
      'export.pdf.plain.typst.cold.ms': { value: Math.round(median(times.plainTypstCold)), unit: 'ms', anchor: 'export.pdf.plain.soffice.ms' },
      'export.pdf.plain.typst.warm.ms': { value: Math.round(median(times.plainTypst)), unit: 'ms', anchor: 'export.pdf.plain.soffice.ms' },
      'export.pdf.plain.chromium.warm.ms': { value: Math.round(median(times.plainChromium)), unit: 'ms', anchor: 'export.pdf.plain.soffice.ms' },
      'export.pdf.plain.soffice.ms': { value: Math.round(median(times.plainSoffice)), unit: 'ms' },
      'export.docx.bytes': { value: statSync(docxOut).size, unit: 'bytes' },
      'export.docx.pandoc.bytes': { value: statSync(join(dir, 'pandoc.docx')).size, unit: 'bytes', anchor: 'export.docx.bytes' },
      'export.pdf.bytes': { value: statSync(pdfOut).size, unit: 'bytes' },
      'export.pdf.chromium.bytes': { value: statSync(join(dir, 'chromium.pdf')).size, unit: 'bytes', anchor: 'export.pdf.bytes' },
      'export.html.bytes': { value: statSync(join(dir, 'plan.html')).size, unit: 'bytes' },
      'export.peakRss.MB': { value: Math.round((peak / 1024 / 1024) * 10) / 10, unit: 'MB' },
    };
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}
