// Imports a Word file into the open plan as new chapters (and image assets), as one undoable change.
import { basename, extname } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import type { ImportDocxResult } from '../../../shared/api/calls/import';
import { randomId, type IdSource } from '../../../shared/domain/ids';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { readUserFile } from '../files/readUserFile';
import { docxToChapters } from './docxToChapters';
import { MAX_DOCX_FILE_BYTES } from './docxLimits';

/** What the importer needs of an open plan file (PlanFile has it). */
export type ImportTarget = { readPlan(): PlanData; mutate(changes: readonly FieldChange[]): unknown };

export async function importDocxFile(target: ImportTarget, path: string, ids: IdSource = randomId): Promise<ImportDocxResult> {
  const bytes = await readUserFile(path, { maxBytes: MAX_DOCX_FILE_BYTES, kind: 'docx' });
  const plan = target.readPlan();
  const roots = plan.chapters.filter((c) => c.parentId === null);
  const imported = await docxToChapters(bytes, {
    ids,
    sortKeyAfter: roots.reduce((max, c) => Math.max(max, c.sortKey), 0),
    leadTitle: basename(path, extname(path)),
    fileName: basename(path),
    existingAssetIds: new Set(plan.assets.map((a) => a.id)),
  });
  if (imported.chapters.length === 0) throw new PlanverkError('NOT_DOCX', 'dokumentet har ingen tekst');
  // All or nothing: mutate validates every change before it writes any.
  target.mutate(imported.changes);
  return {
    chapterIds: imported.chapters.map((c) => c.id),
    chapters: imported.chapters.length,
    images: imported.assets.length,
    footnotes: imported.footnotes,
    warnings: imported.warnings,
  };
}
