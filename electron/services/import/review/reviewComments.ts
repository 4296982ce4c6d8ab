// Word's comments as Planverk comment rows (notes-comments.md): each thread's root anchored on its range in the chapter's
// Yjs document (written just before), replies flat under the root, authors and dates as Word recorded them.
import { Node as PmNode } from '@tiptap/pm/model';
import { COMMENT_BODY_MAX, COMMENT_QUOTE_MAX, type Comment } from '../../../../shared/domain/comment';
import type { IdSource } from '../../../../shared/domain/ids';
import type { FieldChange } from '../../../../shared/domain/plan';
import { planSchema, yDocFromUpdates, yStateToRichText } from '../../../../shared/editor';
import { anchorRange } from '../../../../shared/editor/commentAnchors';
import { docxAuthorId, type CommentPlace, type ReviewAuthors } from './reviewMarks';
import type { WordComment } from './wordComments';

export type CommentSource = {
  comments: readonly WordComment[];
  /** Word comment id → marker number (markReviewXml), and marker number → place (reviewMarks). */
  markers: ReadonlyMap<string, number>;
  places: ReadonlyMap<number, CommentPlace>;
  chapterIds: readonly string[];
  authors: ReviewAuthors;
};
export type CommentContext = { ids: IdSource; now: Date; chapterState: (chapterId: string) => Uint8Array };
export type ImportedComments = { changes: FieldChange[]; threads: number; replies: number; unplaced: number };

export function commentChanges(src: CommentSource, ctx: CommentContext): ImportedComments {
  const byWordId = new Map(src.comments.map((c) => [c.wordId, c]));
  const rootOf = (c: WordComment): WordComment => {
    const seen = new Set<WordComment>();
    let at = c;
    while (at.parentWordId !== null && byWordId.has(at.parentWordId) && !seen.has(at)) {
      seen.add(at);
      at = byWordId.get(at.parentWordId)!;
    }
    return at;
  };
  const rowIds = new Map<WordComment, string>(src.comments.map((c) => [c, ctx.ids()]));
  const docs = new Map<string, { doc: ReturnType<typeof yDocFromUpdates>; pm: PmNode }>();
  const docOf = (chapterId: string) => {
    let d = docs.get(chapterId);
    if (!d) {
      const doc = yDocFromUpdates([ctx.chapterState(chapterId)]);
      d = { doc, pm: PmNode.fromJSON(planSchema(), yStateToRichText(doc)) };
      docs.set(chapterId, d);
    }
    return d;
  };

  const out: ImportedComments = { changes: [], threads: 0, replies: 0, unplaced: 0 };
  const roots = src.comments.filter((c) => rootOf(c) === c);
  const targets = new Map<WordComment, { chapterId: string }>();
  for (const root of roots) {
    const marker = src.markers.get(root.wordId);
    const place = marker === undefined ? undefined : src.places.get(marker);
    if (!place) out.unplaced++;
    // A comment outside the main text (a header, a footnote) is kept at the start of the first chapter.
    const { chapter, from, to } = place ?? { chapter: 0, from: 0, to: 0 };
    const chapterId = src.chapterIds[chapter] ?? src.chapterIds[0]!;
    const { doc, pm } = docOf(chapterId);
    const range = textRange(pm, from, to);
    const anchor = range
      ? { ...anchorRange(doc, range.from, range.to), quote: pm.textBetween(range.from, range.to, '\n', ' ').slice(0, COMMENT_QUOTE_MAX) }
      : { anchorStart: null, anchorEnd: null, quote: '' };
    targets.set(root, { chapterId });
    push(out.changes, rowIds.get(root)!, { parentId: null, targetTable: 'chapters', targetId: chapterId, ...anchor, ...fields(root, root, src.authors, ctx.now) });
    out.threads++;
  }
  for (const c of src.comments) {
    const root = rootOf(c);
    if (root === c) continue;
    const { chapterId } = targets.get(root)!;
    push(out.changes, rowIds.get(c)!, {
      parentId: rowIds.get(root)!,
      targetTable: 'chapters',
      targetId: chapterId,
      anchorStart: null,
      anchorEnd: null,
      quote: '',
      ...fields(c, root, src.authors, ctx.now),
    });
    out.replies++;
  }
  return out;
}

type Authored = Pick<Comment, 'body' | 'authorId' | 'authorName' | 'authorInitials' | 'authorGroup' | 'createdAt' | 'editedAt' | 'resolved' | 'resolvedAt' | 'resolvedBy'>;

function fields(c: WordComment, root: WordComment, authors: ReviewAuthors, now: Date): Authored {
  const name = authors.nameOf(c.author).slice(0, 200);
  const isRoot = c === root;
  // Word marks a thread done on each of its comments; Planverk keeps «resolved» on the thread's root.
  const resolved = isRoot && (root.done || false);
  return {
    body: c.text.slice(0, COMMENT_BODY_MAX),
    authorId: docxAuthorId(name),
    authorName: name,
    authorInitials: (c.initials || authors.initialsOf(name)).slice(0, 20),
    authorGroup: null,
    createdAt: c.date ?? now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    editedAt: null,
    resolved,
    resolvedAt: null,
    resolvedBy: null,
  };
}

function push(changes: FieldChange[], id: string, row: Omit<Comment, 'id'>): void {
  for (const [column, value] of Object.entries(row)) changes.push({ table: 'comments', id, column, value });
}

/**
 * The text positions from..to narrowed to the characters inside them (a range must start and end in text); an empty
 * range (a comment on a heading, or on a paragraph of nothing but the comment) becomes its whole paragraph.
 */
export function textRange(doc: PmNode, from: number, to: number): { from: number; to: number } | null {
  const texts: Array<[number, number]> = [];
  doc.descendants((node, pos) => {
    if (node.isText) texts.push([pos, pos + node.nodeSize]);
  });
  const first = texts.find(([, end]) => end > from);
  if (!first) return lastParagraph(doc, texts);
  const start = Math.max(from, first[0]);
  const last = texts.findLast(([begin]) => begin < to);
  const end = last ? Math.min(to, last[1]) : start;
  if (end > start) return { from: start, to: end };
  const $start = doc.resolve(start);
  return $start.parent.isTextblock && $start.end() > $start.start() ? { from: $start.start(), to: $start.end() } : null;
}

function lastParagraph(doc: PmNode, texts: Array<[number, number]>): { from: number; to: number } | null {
  const last = texts[texts.length - 1];
  if (!last) return null;
  const $end = doc.resolve(last[1]);
  return { from: $end.start(), to: $end.end() };
}
