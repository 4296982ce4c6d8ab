// Word's comments as Planverk comment rows (notes-comments.md): each thread's root anchored on its range in the chapter's
// Yjs document (written just before), replies flat under the root, authors and dates as Word recorded them.
import { Node as PmNode } from '@tiptap/pm/model';
import { COMMENT_BODY_MAX, COMMENT_QUOTE_MAX, type Comment } from '../../../../shared/domain/comment';
import type { IdSource } from '../../../../shared/domain/ids';
import type { FieldChange } from '../../../../shared/domain/plan';
import { planSchema, yDocFromUpdates, yStateToRichText } from '../../../../shared/editor';
import { anchorRanges } from '../../../../shared/editor/commentAnchors';
import type { FramePlace } from './frameComments';
import { threadByRange } from './rangeThreads';
import { docxAuthorId, type CommentPlace, type ReviewAuthors } from './reviewMarks';
import type { WordComment } from './wordComments';

export type CommentSource = {
  comments: readonly WordComment[];
  /** False: replies are told by their range (Google Docs), see rangeThreads.ts; `ranged`: comments that have one. */
  threadsKnown: boolean;
  ranged: ReadonlySet<string>;
  /** Word comment id → marker number (markReviewXml), and marker number → place (reviewMarks). */
  markers: ReadonlyMap<string, number>;
  places: ReadonlyMap<number, CommentPlace>;
  chapterIds: readonly string[];
  authors: ReviewAuthors;
  /** Comments in headers and footers, by Word id, and how the plan's målform says where they were. */
  frames: ReadonlyMap<string, FramePlace>;
  frameLabels: Readonly<Record<FramePlace['where'], string>>;
};
export type CommentContext = { ids: IdSource; now: Date; chapterState: (chapterId: string) => Uint8Array };
/** `framed`: threads from headers and footers; `unplaced`: threads whose place the file does not say at all. */
export type ImportedComments = { changes: FieldChange[]; threads: number; replies: number; framed: number; unplaced: number };

export function commentChanges(source: CommentSource, ctx: CommentContext): ImportedComments {
  const src = source.threadsKnown ? source : { ...source, comments: threadByRange(source.comments, source.markers, source.places, source.ranged) };
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
  const out: ImportedComments = { changes: [], threads: 0, replies: 0, framed: 0, unplaced: 0 };

  // Roots by chapter, so each chapter's document is read and laid out once for all its comments.
  const byChapter = new Map<string, { root: WordComment; place: CommentPlace | undefined }[]>();
  const chapterOf = new Map<WordComment, string>();
  for (const root of src.comments.filter((c) => rootOf(c) === c)) {
    const marker = src.markers.get(root.wordId);
    const place = marker === undefined ? undefined : src.places.get(marker);
    if (!place && src.frames.has(root.wordId)) out.framed++;
    else if (!place) out.unplaced++;
    // A comment outside the main text (a header, a footer) is kept on the first chapter, without a range: on its
    // first paragraph it would read as a comment on that paragraph.
    const chapterId = src.chapterIds[place?.chapter ?? 0] ?? src.chapterIds[0]!;
    chapterOf.set(root, chapterId);
    byChapter.set(chapterId, [...(byChapter.get(chapterId) ?? []), { root, place }]);
  }
  for (const [chapterId, roots] of byChapter) {
    const doc = yDocFromUpdates([ctx.chapterState(chapterId)]);
    const pm = PmNode.fromJSON(planSchema(), yStateToRichText(doc));
    const texts = new TextPositions(pm);
    const ranges = roots.map(({ place }) => (place ? texts.range(place.from, place.to) : null));
    const anchors = anchorRanges(doc, ranges.filter((r) => r !== null));
    let next = 0;
    roots.forEach(({ root }, i) => {
      const range = ranges[i];
      const anchor = range
        ? { ...anchors[next++]!, quote: pm.textBetween(range.from, range.to, '\n', ' ').slice(0, COMMENT_QUOTE_MAX) }
        : { anchorStart: null, anchorEnd: null, quote: frameQuote(src, root.wordId) };
      push(out.changes, rowIds.get(root)!, { parentId: null, targetTable: 'chapters', targetId: chapterId, ...anchor, ...fields(root, root, src.authors, ctx.now) });
      out.threads++;
    });
  }
  for (const c of src.comments) {
    const root = rootOf(c);
    if (root === c) continue;
    push(out.changes, rowIds.get(c)!, {
      parentId: rowIds.get(root)!,
      targetTable: 'chapters',
      targetId: chapterOf.get(root)!,
      anchorStart: null,
      anchorEnd: null,
      quote: '',
      ...fields(c, root, src.authors, ctx.now),
    });
    out.replies++;
  }
  return out;
}

/** «Kommentar i topptekst: <the text it was on>» for a comment from a header or footer; '' for any other without a range. */
function frameQuote(src: CommentSource, wordId: string): string {
  const frame = src.frames.get(wordId);
  if (!frame) return '';
  const label = src.frameLabels[frame.where];
  return (frame.text ? `${label}: ${frame.text}` : label).slice(0, COMMENT_QUOTE_MAX);
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

/** Where a chapter's text runs are, for narrowing comment ranges to text (binary search: a chapter may have thousands). */
export class TextPositions {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly doc: PmNode) {
    doc.descendants((node, pos) => {
      if (node.isText) {
        this.starts.push(pos);
        this.ends.push(pos + node.nodeSize);
      }
    });
  }

  /**
   * The range from..to narrowed to the characters inside it (a range must start and end in text); an empty range (a
   * comment on a heading, or on a paragraph of nothing but the comment) becomes its whole paragraph; null: no text at all.
   */
  range(from: number, to: number): { from: number; to: number } | null {
    const { starts, ends, doc } = this;
    if (starts.length === 0) return null;
    const first = firstIndex(ends, (end) => end > from);
    if (first === ends.length) return this.paragraphAt(ends[ends.length - 1]!);
    const start = Math.max(from, starts[first]!);
    const last = firstIndex(starts, (begin) => begin >= to) - 1;
    const end = last >= 0 ? Math.min(to, ends[last]!) : start;
    if (end > start) return { from: start, to: end };
    return doc.resolve(start).parent.isTextblock ? this.paragraphAt(start) : null;
  }

  private paragraphAt(pos: number): { from: number; to: number } | null {
    const $pos = this.doc.resolve(pos);
    return $pos.end() > $pos.start() ? { from: $pos.start(), to: $pos.end() } : null;
  }
}

/** The first index whose value passes `test` in an ascending array where passing values come last (length: none). */
function firstIndex(values: readonly number[], test: (v: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(values[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
