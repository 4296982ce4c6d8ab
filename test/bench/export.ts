// Export benchmark: our DOCX against pandoc (same content as Markdown → DOCX), our PDF (cold: Chromium started;
// warm: a running browser, as the app keeps one) against LibreOffice converting our own DOCX; peak memory, file sizes.
// Times are end to end from the plan file on disk.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPlan } from '../../electron/services/export/exportPlan';
import { launchPdfBrowser } from '../../electron/services/export/pdfBrowser';
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
    // One warm-up so module loading is not counted against us or the anchors.
    await exportPlan(readPlan(), { format: 'docx', out: join(dir, 'warmup.docx') });

    const [, docxMs] = await timeAsync(() => exportPlan(readPlan(), { format: 'docx', out: docxOut, watermark: 'horingsutkast' }));
    const [, htmlMs] = await timeAsync(() => exportPlan(readPlan(), { format: 'html', out: join(dir, 'plan.html'), watermark: 'horingsutkast' }));
    const [, pdfColdMs] = await timeAsync(() => exportPlan(readPlan(), { format: 'pdf', out: pdfOut, watermark: 'horingsutkast' }));
    const browser = await launchPdfBrowser();
    let pdfWarmMs: number;
    try {
      await exportPlan(readPlan(), { format: 'pdf', out: join(dir, 'warm0.pdf'), browser });
      [, pdfWarmMs] = await timeAsync(() => exportPlan(readPlan(), { format: 'pdf', out: join(dir, 'warm.pdf'), watermark: 'horingsutkast', browser }));
    } finally {
      await browser.close();
    }

    const md = join(dir, 'plan.md');
    const [, mdMs] = time(() => writeFileSync(md, toMarkdown(buildDocument(readPlan(), { part: 'plan', watermark: 'none' }), dir)));
    const [, pandocMs] = time(() => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '--toc', '-o', join(dir, 'pandoc.docx'), md], { stdio: 'pipe' }));
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    const [, sofficeMs] = time(() =>
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docxOut], { stdio: 'pipe', timeout: 300_000 }),
    );
    rmSync(profile, { recursive: true, force: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfOut], { encoding: 'utf8' }))?.[1] ?? 0);
    const loPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'lo', 'plan.pdf')], { encoding: 'utf8' }))?.[1] ?? 0);
    // Pages are not one of the runner's units; they go to stderr so the size of the reference plan is on record.
    console.error(`export bench: reference plan is ${pages} pages in our PDF, ${loPages} pages in LibreOffice's`);
    return {
      'export.docx.ms': { value: Math.round(docxMs), unit: 'ms', anchor: 'export.docx.pandoc.ms' },
      'export.docx.pandoc.ms': { value: Math.round(pandocMs + mdMs), unit: 'ms' },
      'export.html.ms': { value: Math.round(htmlMs), unit: 'ms' },
      'export.pdf.cold.ms': { value: Math.round(pdfColdMs), unit: 'ms', anchor: 'export.pdf.soffice.ms' },
      'export.pdf.warm.ms': { value: Math.round(pdfWarmMs), unit: 'ms', anchor: 'export.pdf.soffice.ms' },
      'export.pdf.soffice.ms': { value: Math.round(sofficeMs), unit: 'ms' },
      'export.docx.bytes': { value: statSync(docxOut).size, unit: 'bytes' },
      'export.docx.pandoc.bytes': { value: statSync(join(dir, 'pandoc.docx')).size, unit: 'bytes', anchor: 'export.docx.bytes' },
      'export.pdf.bytes': { value: statSync(pdfOut).size, unit: 'bytes' },
      'export.html.bytes': { value: statSync(join(dir, 'plan.html')).size, unit: 'bytes' },
      'export.peakRss.MB': { value: Math.round((peak / 1024 / 1024) * 10) / 10, unit: 'MB' },
    };
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}
