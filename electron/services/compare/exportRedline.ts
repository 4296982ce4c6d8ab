// The redline export: the newer plan's document with the differences from the older as tracked changes, written as
// DOCX (w:ins/w:del), HTML (ins/del) or PDF from one DocModel. The target may be none of the compared files.
import { PlanverkError } from '../../../shared/api/errors';
import { redlineDocument, type RedlineOptions } from '../../../shared/compare/redline/redlineDocument';
import type { ChangeAuthors, ChangeBy } from '../../../shared/compare/redline/redlineRuns';
import { writeFileAtomic } from '../export/atomicWrite';
import { prepareExport, renderModel, type ExportFormat } from '../export/exportPlan';
import { assertNotPlanTarget, sameFile } from '../store/planTargetGuard';
import { assertSamePlan, type CompareSide } from './compareSources';

export type RedlineExport = {
  from: CompareSide;
  to: CompareSide;
  format: ExportFormat;
  out: string;
  by: ChangeBy;
  /** Who made each change (changeAuthors.ts), when the two sides are points of one file's history. */
  authors?: ChangeAuthors | null;
  /** Fixed creation date for byte-stable DOCX output (tests). */
  date?: Date;
};

export async function exportRedline(job: RedlineExport): Promise<{ path: string; bytes: number; ms: number }> {
  const started = performance.now();
  prepareExport({ format: job.format });
  for (const side of [job.from, job.to]) {
    assertNotPlanTarget(job.out, side.path);
    if (sameFile(job.out, side.path)) throw new PlanverkError('TARGET_IS_PLAN', job.out);
  }
  assertSamePlan(job.from, job.to);
  const options: RedlineOptions = { part: 'plan', watermark: 'none', by: job.by, authors: job.authors ?? null, fromLabel: job.from.label };
  const model = redlineDocument(job.from.plan, job.to.plan, options);
  const content = await renderModel(model, job.to.plan, { format: job.format, date: job.date });
  await writeFileAtomic(job.out, content, undefined, job.to.path);
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return { path: job.out, bytes, ms: Math.round(performance.now() - started) };
}
