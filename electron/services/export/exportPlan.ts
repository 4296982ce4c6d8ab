// Export orchestration: plan → DocModel → DOCX / HTML / PDF bytes → atomic write. The one function the CLI,
// the API handler and the tests call; the app's shell passes its own printer (Electron's printToPDF).
// Each format's renderer is loaded when that format is asked for: a cold `cli export --format pdf` must not pay for
// loading playwright-core (≈ 0.7 s of CPU), the docx library or resvg, which only the other paths use.
import type { Browser } from 'playwright-core';
import { PlanverkError } from '../../../shared/api/errors';
import type { PlanData } from '../../../shared/domain/plan';
import { checkPlan, hasBlockingErrors, type PlanFinding } from '../../../shared/document/planCheck';
import { buildDocument } from '../../../shared/document/builder';
import type { HearingChanges } from '../../../shared/compare/hearingChanges';
import { redlineDocument } from '../../../shared/compare/redline/redlineDocument';
import type { ChangeAuthors, ChangeBy } from '../../../shared/compare/redline/redlineRuns';
import type { ReviewSource } from '../../../shared/document/build/reviewContent';
import type { DocModel, DocPart, Watermark, WatermarkPlacement } from '../../../shared/document/model';
import { planWordTemplate } from '../profile/planWordTemplate';
import { assertNotPlanTarget } from '../store/planTargetGuard';
import { writeFileAtomic } from './atomicWrite';
import type { PdfPrinter } from './pdfPrinter';
import { prepareTypst } from './typstCompiler';

export type ExportFormat = 'docx' | 'pdf' | 'html';

export type ExportOptions = {
  format: ExportFormat;
  out: string;
  part?: DocPart;
  watermark?: Watermark;
  watermarkPlacement?: WatermarkPlacement;
  /** PDF/A-2a instead of plain tagged PDF (`cli export --pdfa`, the Eksport page's choice); Typst only. */
  pdfa?: boolean;
  /**
   * What sets the PDF: Typst (the default, see pdfTypst.ts), or Chromium printing the HTML, kept for the benchmark's
   * comparison in the same run. Chromium cannot write PDF/A.
   */
  pdfEngine?: 'typst' | 'chromium';
  /** Chromium engine: what prints (the app's own window or playwright-core with `browser`). */
  printer?: PdfPrinter;
  /** Chromium engine: a running Chromium for the default printer; without one, it launches and closes its own. */
  browser?: Browser;
  signal?: AbortSignal;
  /** The plan file the document comes from: `out` may never be it, nor any link to it. */
  openPlan?: string | null;
  /** Fixed creation date for byte-stable DOCX output (tests). */
  date?: Date;
  onProgress?: ProgressListener;
  /** Refuse while the export check finds any error (`cli export --strict`); otherwise only accessibility errors stop it. */
  strict?: boolean;
  /** «med kommentarer og forslag» (`cli export --review`): suggestions as tracked changes and these comments; else clean. */
  review?: ReviewSource;
  /** The export check's findings when the caller already ran checkPlan on this plan (the CLI prints them first): not run twice. */
  findings?: readonly PlanFinding[];
  /** «Endringer etter høring» for its live block and the merknadsbehandling (null: no hearing draft, or not needed). */
  hearingChanges?: HearingChanges | null;
  /** «sammenlignet med høringsutkastet»: the document as a redline against this older plan (tracked changes). */
  redlineFrom?: RedlineFrom;
};

/**
 * The older side of a redline export: its plan, what the cover calls it, and who made the changes (`authors`, from the
 * plan file's history; a change it cannot place, or every change without it, carries `by`).
 */
export type RedlineFrom = { plan: PlanData; label: string; by: ChangeBy; authors?: ChangeAuthors | null };

/** `warnings`: every finding of the export check that did not stop the export (warnings, and errors unless strict). */
export type ExportResult = { path: string; bytes: number; ms: number; warnings: PlanFinding[] };

/** Where an export is: building the model, starting Chromium, laying out pages (PDF pass 1), rendering or printing, writing. */
export type ExportPhase = 'build' | 'browser' | 'layout' | 'render' | 'write';
/** Rough share of the work done when a phase starts, for a progress bar (PDF printing dominates). */
const PHASE_FRACTION: Record<ExportPhase, number> = { build: 0.02, browser: 0.08, layout: 0.2, render: 0.55, write: 0.95 };
export type ProgressListener = (phase: ExportPhase, fraction: number) => void;

/**
 * Gets the slow part of an export's engine going before the plan is read: for a Typst PDF, the worker with its addon,
 * fonts and compiler starts in parallel with reading the plan and building the document. Safe to call more than once.
 */
export function prepareExport(options: Pick<ExportOptions, 'format' | 'pdfEngine'>): void {
  if (options.format === 'pdf' && options.pdfEngine !== 'chromium') prepareTypst();
}

/** Renders a document to bytes without writing it: the preview and the benchmark use this. */
export async function renderPlan(plan: PlanData, options: Omit<ExportOptions, 'out'>): Promise<Uint8Array | string> {
  const report = (phase: ExportPhase) => options.onProgress?.(phase, PHASE_FRACTION[phase]);
  prepareExport(options);
  report('build');
  const look = {
    part: options.part ?? 'plan',
    watermark: options.watermark ?? 'none',
    watermarkPlacement: options.watermarkPlacement ?? 'diagonal',
    hearingChanges: options.hearingChanges ?? null,
  } as const;
  const from = options.redlineFrom;
  // A redline compares two clean documents: review content would be the plan's own, unmatched on the older side.
  const model = from
    ? redlineDocument(from.plan, plan, { ...look, by: from.by, authors: from.authors ?? null, fromLabel: from.label })
    : buildDocument(plan, { ...look, ...(options.review ? { review: options.review } : {}) });
  return renderModel(model, plan, options);
}

/** Draws a built DocModel (a plan's document, or a compare redline) in the chosen format. */
export async function renderModel(model: DocModel, plan: PlanData, options: Omit<ExportOptions, 'out'>): Promise<Uint8Array | string> {
  const report = (phase: ExportPhase) => options.onProgress?.(phase, PHASE_FRACTION[phase]);
  if (options.format === 'docx') {
    report('render');
    const [{ renderDocx }, { rasterizeSvg }] = await Promise.all([import('../../../shared/document/docx/docxRenderer'), import('./svgRaster')]);
    return renderDocx(model, { date: options.date, rasterize: rasterizeSvg, template: planWordTemplate(plan) });
  }
  if (options.format === 'html') return (await import('../../../shared/document/html/htmlRenderer')).renderHtml(model);
  if (options.pdfEngine !== 'chromium') {
    report('render');
    const { printTypstPdf } = await import('./pdfTypst');
    return printTypstPdf(model, { pdfa: options.pdfa, date: options.date, signal: options.signal });
  }
  const { printDocument } = await import('./pdfPrinter');
  if (options.printer) return printDocument(options.printer, model, options.signal, (phase) => report(phase === 'layout' ? 'layout' : 'render'));
  if (!options.browser) report('browser');
  const { createPlaywrightPrinter } = await import('./pdfBrowser');
  const printer = createPlaywrightPrinter(options.browser);
  try {
    return await printDocument(printer, model, options.signal, (phase) => report(phase === 'layout' ? 'layout' : 'render'));
  } finally {
    await printer.close();
  }
}

export async function exportPlan(plan: PlanData, options: ExportOptions): Promise<ExportResult> {
  const started = performance.now();
  assertNotPlanTarget(options.out, options.openPlan);
  prepareExport(options);
  const findings = options.findings ? [...options.findings] : checkPlan(plan);
  if (hasBlockingErrors(findings, false)) throw new PlanverkError('EXPORT_BLOCKED', blockingMessages(findings, false));
  if (options.strict && hasBlockingErrors(findings, true)) throw new PlanverkError('EXPORT_CHECK_FAILED', blockingMessages(findings, true));
  if (options.signal?.aborted) throw new PlanverkError('CANCELLED');
  const content = await renderPlan(plan, options);
  if (options.signal?.aborted) throw new PlanverkError('CANCELLED');
  options.onProgress?.('write', PHASE_FRACTION.write);
  await writeFileAtomic(options.out, content, options.signal, options.openPlan);
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return { path: options.out, bytes, ms: Math.round(performance.now() - started), warnings: findings };
}

const blockingMessages = (findings: readonly PlanFinding[], strict: boolean): string =>
  findings
    .filter((f) => f.severity === 'error' && (strict || f.accessibility))
    .map((f) => f.message)
    .join(' ');
