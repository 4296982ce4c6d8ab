// Calls of the Eksport page: the accessibility check, the preview (the same HTML that becomes the PDF), a suggested
// output path, and the export itself, either in one call (CLI, tests) or as a job the page follows and can cancel.
import { z } from 'zod';
import { call, result } from '../define';
import type { ApiError } from '../errors';
import type { PlanFinding } from '../../document/planCheck';

export const ExportPart = z.union([z.enum(['plan', 'matrix', 'merknadsbehandling']), z.object({ group: z.string().min(1).max(300) })]);
export const ExportWatermark = z.enum(['utkast', 'horingsutkast', 'none']);
/** Diagonal across each page, or a line at the top of each page. */
export const ExportWatermarkPlacement = z.enum(['diagonal', 'top']);
export const ExportFormatArg = z.enum(['docx', 'pdf', 'html']);
export type ExportPartArg = z.infer<typeof ExportPart>;
export type ExportFormatName = z.infer<typeof ExportFormatArg>;
export type ExportWatermarkName = z.infer<typeof ExportWatermark>;
export type ExportWatermarkPlacementName = z.infer<typeof ExportWatermarkPlacement>;

/** `warnings`: the export check's findings that did not stop the export. */
export type ExportRunResult = { path: string; bytes: number; ms: number; warnings: PlanFinding[] };

/** Where a running export is; mirrors the service's phases. */
export type ExportJobPhase = 'queued' | 'build' | 'browser' | 'layout' | 'render' | 'write';
/** A job is running, done (with its file), failed (with the error the user sees) or cancelled (no file written). */
export type ExportJobStatus =
  | { jobId: string; state: 'running'; phase: ExportJobPhase; fraction: number; elapsedMs: number }
  | { jobId: string; state: 'done'; result: ExportRunResult }
  | { jobId: string; state: 'failed'; error: ApiError }
  | { jobId: string; state: 'cancelled' };

const JobId = z.object({ jobId: z.string().min(1).max(100) });
const Look = { part: ExportPart.default('plan'), watermark: ExportWatermark.default('none'), watermarkPlacement: ExportWatermarkPlacement.default('diagonal') };
/**
 * `strict`: refuse while the export check finds any error, not only accessibility errors. `pdfa`: PDF/A-2a (PDF only).
 * `review`: «med kommentarer og forslag», the open suggestions as tracked changes and the comments; else clean.
 * `comparedWithHearing`: «sammenlignet med høringsutkastet», the differences from the newest hearing draft as tracked changes.
 */
const RunArgs = z.object({
  format: ExportFormatArg,
  out: z.string().min(1).max(4096),
  strict: z.boolean().optional(),
  pdfa: z.boolean().optional(),
  review: z.boolean().optional(),
  comparedWithHearing: z.boolean().optional(),
  ...Look,
});

export const exportCalls = {
  /** The export check: accessibility, hearing period, Lovdata ids, matrix, measures, chapters, merknadsbehandling, live blocks. */
  'export.check': call(z.object({}), result<PlanFinding[]>()),
  'export.preview': call(z.object(Look), result<{ html: string }>()),
  /** A file name beside the open plan: "<plan> - <part>.<ext>". */
  'export.suggestPath': call(z.object({ format: ExportFormatArg, part: ExportPart.default('plan') }), result<{ path: string }>()),
  'export.run': call(RunArgs, result<ExportRunResult>()),
  'export.start': call(RunArgs, result<{ jobId: string }>()),
  'export.status': call(JobId, result<ExportJobStatus>()),
  'export.cancel': call(JobId, result<{ cancelled: boolean }>()),
  /** Opens a finished export's file, or shows it in its folder: only files this session exported, only in the desktop app. */
  'export.open': call(JobId.extend({ how: z.enum(['open', 'showInFolder']) }), result<{ opened: boolean }>()),
};
