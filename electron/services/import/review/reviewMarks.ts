// Turns the markers of markReviewXml.ts, now inside the imported chapters' titles and Tiptap JSON, into suggestion
// marks (contract: notes-suggest.md) and comment places (ProseMirror positions per chapter). One walk over all
// chapters in document order, since a change or a comment may run across a heading.
import type { IdSource } from '../../../../shared/domain/ids';
import type { RichText } from '../../../../shared/domain/plan';
import { planSchema } from '../../../../shared/editor';
import { DELETION, INSERTION, type SuggestionAttrs, type SuggestionKind } from '../../../../shared/editor/marks/suggestion';
import { PARAGRAPH_BREAK, paragraphBreak, type ParagraphBreak } from '../../../../shared/editor/nodes/paragraphBreak';
import type { WordChange } from './markReviewXml';
import { splitMarkers, type Marker } from './reviewMarkers';

/** A comment's range: positions in its chapter's body (`to` may be past the end: it ran on into a later chapter). */
export type CommentPlace = { chapter: number; from: number; to: number };
export type ReviewChapter = { title: string; body: RichText };
export type ReviewAuthors = { nameOf(author: string): string; initialsOf(name: string): string };

type J = { type: string; text?: string; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: J[]; attrs?: Record<string, unknown> };
type MarkJson = { type: string; attrs: SuggestionAttrs };

export type AppliedReview = {
  places: Map<number, CommentPlace>;
  /** Chapters whose title held a change: a title has no suggestions, so it reads as if the change were accepted. */
  titlesWithChanges: string[];
  /** Chapters whose whole title Word marks as deleted: kept under that title (accepting would leave no name at all). */
  titlesDeleted: string[];
  /**
   * How many suggestions Word's changes became (one per w:ins/w:del element with text in a body; one per move; one per
   * paragraph mark changed on its own).
   */
  suggestions: number;
};

export function applyReviewMarkers(chapters: ReviewChapter[], changes: readonly WordChange[], ids: IdSource, authors: ReviewAuthors): AppliedReview {
  return new ReviewWalk(changes, ids, authors).run(chapters);
}

class ReviewWalk {
  private readonly active = new Map<number, MarkJson>();
  private readonly marks = new Map<number, MarkJson>();
  /** One suggestion id per Word move, shared by its two halves: deciding one decides the move. */
  private readonly moveIds = new Map<string, string>();
  private readonly open = new Map<number, { chapter: number; from: number }>();
  private readonly places = new Map<number, CommentPlace>();
  /** The suggestion ids that mark text (a move's two halves are one). */
  private readonly used = new Set<string>();
  private readonly leaves = new Set(Object.values(planSchema().nodes).filter((n) => n.isLeaf && !n.isText).map((n) => n.name));
  private readonly textblocks = new Set(Object.values(planSchema().nodes).filter((n) => n.isTextblock).map((n) => n.name));
  private chapter = 0;
  private pos = 0;
  /** A break marker met in the textblock being walked: its end break is suggested. */
  private pendingBreak: ParagraphBreak | null = null;

  constructor(
    private readonly changes: readonly WordChange[],
    private readonly ids: IdSource,
    private readonly authors: ReviewAuthors,
  ) {}

  run(chapters: ReviewChapter[]): AppliedReview {
    const titlesWithChanges: string[] = [];
    const titlesDeleted: string[] = [];
    chapters.forEach((c, i) => {
      this.chapter = i;
      this.pos = 0;
      const title = this.title(c.title);
      c.title = title.text;
      if (title.deleted) titlesDeleted.push(title.text);
      else if (title.changed) titlesWithChanges.push(title.text);
      c.body = { ...c.body, content: this.content((c.body.content ?? []) as J[]) } as RichText;
    });
    for (const [index, start] of this.open) this.places.set(index, { ...start, to: Number.MAX_SAFE_INTEGER });
    return { places: this.places, titlesWithChanges, titlesDeleted, suggestions: this.used.size };
  }

  /**
   * The title as if its changes were accepted (deleted text left out), unless that leaves nothing of a title that had
   * text: a heading deleted whole keeps its text, so no chapter name is lost. Comments in it start at the body's start.
   */
  private title(raw: string): { text: string; changed: boolean; deleted: boolean } {
    let text = '';
    let all = '';
    let changed = false;
    for (const piece of splitMarkers(raw)) {
      if (typeof piece === 'string') {
        if (this.active.size > 0) changed = true;
        if (![...this.active.values()].some((m) => m.type === DELETION)) text += piece;
        all += piece;
      } else this.marker(piece);
    }
    // A title has no suggestions (see above): a break Word changed after it is not carried.
    this.pendingBreak = null;
    const tidy = (t: string): string => t.replace(/\s+/g, ' ').trim().slice(0, 500);
    const deleted = tidy(text) === '' && tidy(all) !== '';
    return { text: tidy(deleted ? all : text) || 'Uten tittel', changed, deleted };
  }

  private content(nodes: J[]): J[] {
    const out: J[] = [];
    for (const n of nodes) {
      if (n.type === 'text') {
        for (const piece of splitMarkers(n.text ?? '')) {
          if (typeof piece !== 'string') {
            this.marker(piece);
            continue;
          }
          for (const mark of this.active.values()) this.used.add(mark.attrs.id);
          const marks = [...(n.marks ?? []), ...this.active.values()];
          out.push({ ...n, text: piece, ...(marks.length ? { marks } : {}) });
          this.pos += piece.length;
        }
      } else if (this.leaves.has(n.type)) {
        out.push(n);
        this.pos += 1;
      } else {
        const start = this.pos;
        this.pos += 1;
        const outer = this.pendingBreak;
        this.pendingBreak = null;
        const inner = this.content(n.content ?? []);
        const suggestedBreak = this.textblocks.has(n.type) ? this.pendingBreak : null;
        this.pendingBreak = outer;
        this.pos += 1;
        // A paragraph that held nothing but markers (mammoth would have left an empty one out) goes.
        if (this.textblocks.has(n.type) && inner.length === 0 && (n.content ?? []).length > 0) this.pos = start;
        else {
          const { content: _old, ...rest } = n;
          if (suggestedBreak) rest.attrs = { ...rest.attrs, [PARAGRAPH_BREAK]: suggestedBreak };
          out.push(inner.length ? { ...rest, content: inner } : rest);
        }
      }
    }
    return out;
  }

  private marker(m: Marker): void {
    if (m.kind === 'comment') {
      if (m.edge === 'start') this.open.set(m.index, { chapter: this.chapter, from: this.pos });
      else this.closeComment(m.index);
      return;
    }
    if (m.kind === 'break') {
      if (!this.changes[m.index]) return;
      const { type, attrs } = this.markOf(m.index);
      this.used.add(attrs.id);
      this.pendingBreak = paragraphBreak(type as SuggestionKind, attrs);
      return;
    }
    if (m.edge === 'end') this.active.delete(m.index);
    else if (this.changes[m.index]) this.active.set(m.index, this.markOf(m.index));
  }

  private closeComment(index: number): void {
    const start = this.open.get(index);
    if (!start) return;
    this.open.delete(index);
    // A range that ends in a later chapter is cut at the end of the chapter where it starts.
    this.places.set(index, { ...start, to: start.chapter === this.chapter ? this.pos : Number.MAX_SAFE_INTEGER });
  }

  /**
   * One suggestion id per w:ins/w:del element, however many text nodes and paragraphs it spans; a move's deletion and
   * insertion share one (the same id on both kinds is a move: shared/editor/suggestions/suggestionList.ts).
   */
  private markOf(index: number): MarkJson {
    let mark = this.marks.get(index);
    if (!mark) {
      const change = this.changes[index]!;
      const name = this.authors.nameOf(change.author);
      const attrs: SuggestionAttrs = {
        id: change.move === null ? this.ids() : this.moveId(change.move),
        authorId: docxAuthorId(name),
        authorName: name,
        authorInitials: this.authors.initialsOf(name),
        authorGroup: null,
        date: change.date,
      };
      mark = { type: change.kind === 'ins' ? INSERTION : DELETION, attrs };
      this.marks.set(index, mark);
    }
    return mark;
  }

  private moveId(name: string): string {
    let id = this.moveIds.get(name);
    if (id === undefined) {
      id = this.ids();
      this.moveIds.set(name, id);
    }
    return id;
  }
}

/** A Word author has no Planverk person: the id says where the name came from (notes-suggest.md). */
export function docxAuthorId(name: string): string {
  return `docx:${name}`.slice(0, 80);
}
