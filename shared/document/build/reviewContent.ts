// Review content for the export «med kommentarer og forslag»: what the builder is given (the plan's comments with
// their ranges already resolved in the chapter bodies) and what it makes of it (numbered comments, marker nodes in the
// chapter JSON; the suggestion marks draw themselves as tracked changes: shared/editor/marks/suggestion.ts). Without
// it the builder draws the clean document.
import type { DocComment } from '../model';
import { insertCommentMarkers } from './commentMarkers';

/** A comment or reply as the export service reads it from the plan (ids are the plan's row ids). */
export type ReviewComment = {
  id: string;
  /** The thread's root for a reply; null for a comment on something. */
  parentId: string | null;
  /** The chapter whose text the comment is on; null when it is on something else (a matrix cell, a table row …). */
  chapterId: string | null;
  /** ProseMirror positions in the chapter body; null when the text is gone («tekst slettet») or there is none. */
  range: { from: number; to: number } | null;
  author: string;
  initials: string;
  date: string | null;
  text: string;
  resolved: boolean;
};

export type ReviewSource = { comments: ReviewComment[] };

/** The builder's running review state: comment numbers in the order given, which chapters were drawn. */
export class ReviewState {
  private readonly numbers = new Map<string, number>();
  private readonly drawnChapters = new Set<string>();

  constructor(private readonly source: ReviewSource) {
    source.comments.forEach((c, i) => this.numbers.set(c.id, i + 1));
  }

  /** The chapter body with its comments' ranges marked (see commentMarkers.ts). */
  chapterBody(chapterId: string, body: unknown): unknown {
    this.drawnChapters.add(chapterId);
    const ranges = this.source.comments.flatMap((c) => (c.chapterId === chapterId && c.range && c.parentId === null ? [{ id: this.numbers.get(c.id)!, ...c.range }] : []));
    return ranges.length ? insertCommentMarkers(body, ranges).body : body;
  }

  /**
   * The comments of the document: those on a chapter it holds, and, in the whole plan, those on other things (they
   * have no range in the text, so they are comments on the document). A reply goes with its thread.
   */
  comments(wholePlan: boolean): DocComment[] {
    const byId = new Map(this.source.comments.map((c) => [c.id, c]));
    const included = (c: ReviewComment): boolean => {
      const root = c.parentId ? byId.get(c.parentId) : c;
      if (!root) return false;
      return root.chapterId !== null ? this.drawnChapters.has(root.chapterId) : wholePlan;
    };
    return this.source.comments.filter(included).map((c) => ({
      id: this.numbers.get(c.id)!,
      parentId: c.parentId !== null ? (this.numbers.get(c.parentId) ?? null) : null,
      author: c.author,
      initials: c.initials,
      date: c.date,
      text: c.text,
      resolved: c.resolved,
    }));
  }
}
