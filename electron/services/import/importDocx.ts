// Imports a Word file into the open plan as new chapters (and image assets), with Word's tracked changes as
// suggestions and its comments as comment threads, as one undoable change.
import { basename, extname } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import type { ImportDocxResult } from '../../../shared/api/calls/import';
import { randomId, type IdSource } from '../../../shared/domain/ids';
import { wordsFor } from '../../../shared/document/words';
import { wordImportWarning } from '../../../shared/i18n/wordImportMessages';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { readUserFile } from '../files/readUserFile';
import { docxToChapters } from './docxToChapters';
import { MAX_DOCX_FILE_BYTES } from './docxLimits';
import { commentChanges } from './review/reviewComments';

/** What the importer needs of an open plan file (PlanFile has it). */
export type ImportTarget = {
  readPlan(): PlanData;
  mutate(changes: readonly FieldChange[]): unknown;
  /** A second write that belongs to the same undo step. */
  mutateJoined(changes: readonly FieldChange[]): unknown;
  chapterState(chapterId: string): Uint8Array;
};

export async function importDocxFile(target: ImportTarget, path: string, ids: IdSource = randomId, now: () => Date = () => new Date()): Promise<ImportDocxResult> {
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
  const review = imported.review;
  let comments = 0;
  if (review && review.comments.length > 0) {
    // Anchors are Yjs positions: they can only be taken in the chapters' documents once those are written.
    const words = wordsFor(plan.plan.malform);
    const written = commentChanges(
      {
        comments: review.comments,
        threadsKnown: review.threadsKnown,
        ranged: review.marked.ranged,
        markers: review.marked.commentMarkers,
        places: review.places,
        chapterIds: imported.chapters.map((c) => c.id),
        authors: review.authors,
        frames: review.frames,
        frameLabels: { header: words.commentInHeader, footer: words.commentInFooter },
      },
      { ids, now: now(), chapterState: (id) => target.chapterState(id) },
    );
    target.mutateJoined(written.changes);
    comments = written.threads + written.replies;
    const first = imported.chapters[0]!.title;
    if (written.framed > 0) imported.warnings.push(wordImportWarning('frameComments', { count: written.framed, chapter: first }));
    if (written.unplaced > 0) imported.warnings.push(wordImportWarning('unplacedComments', { count: written.unplaced, chapter: first }));
  }
  return {
    chapterIds: imported.chapters.map((c) => c.id),
    chapters: imported.chapters.length,
    images: imported.assets.length,
    footnotes: imported.footnotes,
    suggestions: review?.suggestions ?? 0,
    comments,
    warnings: imported.warnings,
  };
}
