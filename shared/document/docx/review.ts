// Review content in Word's own terms: suggested runs as tracked changes (w:ins, w:del with w:delText) carrying
// w:author and w:date, and comments in word/comments.xml with their ranges (commentRangeStart/End and a
// commentReference), replies threaded through commentsExtended.xml (w15:paraIdParent) and resolved threads marked
// w15:done. The docx package writes all of it; this module only maps the DocModel onto its classes.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { DocModel, TrackedChange } from '../model';
import { reviewIndex, type ReviewIndex } from '../review';
import { docxMoves, movedRun, type DocxMoves } from './moves';

export type DocxReview = {
  index: ReviewIndex;
  /** w:id of the next w:ins/w:del: unique in the document, apart from bookmark and comment ids. */
  nextChangeId: () => number;
  /** Suggestions that are moves, written as Word moves (moves.ts). */
  moves: DocxMoves;
};

/** Revision ids start far above the bookmark ids the docx package counts from 1. */
const FIRST_CHANGE_ID = 1_000_000;

export function docxReview(model: DocModel): DocxReview {
  let changes = FIRST_CHANGE_ID;
  const nextChangeId = () => changes++;
  return { index: reviewIndex(model), nextChangeId, moves: docxMoves(model, nextChangeId) };
}

/**
 * A suggested run: Word shows it as an insertion or deletion by its author, to accept or reject, or as one side of a
 * move with its container's edges (`before`/`after`).
 */
export function changedRun(change: TrackedChange, run: IRunOptions & { text: string }, review: DocxReview): { before: ParagraphChild[]; run: ParagraphChild; after: ParagraphChild[] } {
  // w:date is optional in OOXML: an unknown time is left out rather than invented.
  const mark = { id: review.nextChangeId(), author: change.author || '?', date: (change.date ?? undefined) as string };
  const moved = movedRun(review.moves, change, run, mark);
  if (moved) return moved;
  return { before: [], run: change.kind === 'ins' ? new InsertedTextRun({ ...run, ...mark }) : new DeletedTextRun({ ...run, ...mark }), after: [] };
}

/** A suggested paragraph break: Word's tracked paragraph mark (w:pPr/w:rPr/w:ins|w:del), to accept or reject. */
export function paragraphMark(change: TrackedChange | undefined, review: DocxReview | undefined): { run?: { insertion?: ChangeAttrs; deletion?: ChangeAttrs } } {
  if (!change || !review) return {};
  const mark: ChangeAttrs = { id: review.nextChangeId(), author: change.author || '?', date: (change.date ?? undefined) as string };
  return { run: change.kind === 'ins' ? { insertion: mark } : { deletion: mark } };
}
type ChangeAttrs = { id: number; author: string; date: string };

/**
 * The range markers of a comment: Word anchors every reply at its thread's range too, so a start or end carries the
 * whole thread; the references follow the range end. Markers of a comment the model does not hold are dropped.
 */
export function commentMarkers(kind: 'commentStart' | 'commentEnd', id: number, review: DocxReview): ParagraphChild[] {
  const thread = review.index.anchored.has(id) ? review.index.byRoot.get(id) : undefined;
  if (!thread) return [];
  const ids = [thread.root.id, ...thread.replies.map((r) => r.id)];
  if (kind === 'commentStart') return ids.map((i) => new CommentRangeStart(i));
  return ids.flatMap((i) => [new CommentRangeEnd(i), new TextRun({ children: [new CommentReference(i)] })]);
}

/** Comments on the document as a whole (no range in it): anchored around the cover title, Word's nearest equivalent. */
export function documentCommentMarkers(review: DocxReview): { before: ParagraphChild[]; after: ParagraphChild[] } {
  const loose = review.index.threads.filter((t) => !t.anchored).flatMap((t) => [t.root.id, ...t.replies.map((r) => r.id)]);
  return {
    before: loose.map((i) => new CommentRangeStart(i)),
    after: loose.flatMap((i) => [new CommentRangeEnd(i), new TextRun({ children: [new CommentReference(i)] })]),
  };
}

/** word/comments.xml: one w:comment per comment and reply, with author, initials, date and its text as paragraphs. */
export function docxComments(review: DocxReview): { children: ICommentOptions[] } | undefined {
  const { threads } = review.index;
  if (!threads.length) return undefined;
  const children = threads.flatMap((t) =>
    [t.root, ...t.replies].map((c): ICommentOptions => {
      return {
        id: c.id,
        author: c.author || '?',
        initials: c.initials || initialsOf(c.author),
        date: commentDate(c.date),
        // Word threads replies under the thread's first comment. The docx package writes commentsExtended.xml (the
        // thread and w15:done) only when some comment has a parentId; a root's null turns it on without a parent.
        parentId: (c === t.root ? null : t.root.id) as number,
        // Word keeps «resolved» on the thread's first comment and greys out the whole thread.
        resolved: t.root.resolved,
        children: c.text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line)] })),
      };
    }),
  );
  return { children };
}

/**
 * The docx package writes w:date from date.toISOString() and stamps «now» on a comment without one; an unknown time
 * must stay unknown (w:date is optional), so it gets a date whose ISO string is undefined, an attribute left out.
 */
const UNKNOWN_DATE = { toISOString: () => undefined } as unknown as Date;

function commentDate(iso: string | null): Date {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? date : UNKNOWN_DATE;
}

function initialsOf(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase())
      .join('')
      .slice(0, 4) || '?'
  );
}
