// Review content of a DocModel (suggested insertions/deletions and comments, see model.ts) as the renderers need it:
// which comments have a range, the threads with their replies, and the few words the renderers write around them.
// A model without review content gives empty answers here, so every renderer draws it exactly as before.
import type { Block, DocComment, DocLang, DocModel, Inline, TrackedChange } from './model';

export type ReviewWords = {
  comments: string;
  comment: string;
  reply: string;
  resolved: string;
  inserted: string;
  deleted: string;
  /** Shown for a comment whose text range is not in the document (on the document as a whole). */
  onDocument: string;
  backToText: string;
};

const WORDS: Record<DocLang, ReviewWords> = {
  'nb-NO': {
    comments: 'Kommentarer',
    comment: 'Kommentar',
    reply: 'Svar',
    resolved: 'Løst',
    inserted: 'Satt inn av',
    deleted: 'Slettet av',
    onDocument: 'Til hele dokumentet',
    backToText: 'Tilbake til teksten',
  },
  'nn-NO': {
    comments: 'Kommentarar',
    comment: 'Kommentar',
    reply: 'Svar',
    resolved: 'Løyst',
    inserted: 'Sett inn av',
    deleted: 'Sletta av',
    onDocument: 'Til heile dokumentet',
    backToText: 'Tilbake til teksten',
  },
};

export const reviewWordsFor = (lang: DocLang): ReviewWords => WORDS[lang];

/** '2025-04-15T08:00:00Z' → '15.04.2025' (the day as written in the ISO string); '' when unknown or not a date. */
export function reviewDay(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}

/** «Satt inn av Kari Nordmann 15.04.2025»: the title of a suggested change. */
export function changeLabel(change: TrackedChange, words: ReviewWords): string {
  const day = reviewDay(change.date);
  return `${change.kind === 'ins' ? words.inserted : words.deleted} ${change.author}${day ? ` ${day}` : ''}`;
}

/** A comment thread: the comment on a range and its replies (a reply to a reply joins its thread, as in Word). */
export type CommentThread = { root: DocComment; replies: DocComment[]; /** the range is in the document */ anchored: boolean };

export type ReviewIndex = {
  threads: CommentThread[];
  /** The thread of a root id, for the range markers. */
  byRoot: Map<number, CommentThread>;
  /** Root ids whose range is drawn: both markers are in the document and the comment exists. */
  anchored: Set<number>;
};

const EMPTY: ReviewIndex = { threads: [], byRoot: new Map(), anchored: new Set() };

export function reviewIndex(model: DocModel): ReviewIndex {
  const comments = model.comments ?? [];
  if (!comments.length) return EMPTY;
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: DocComment): DocComment => {
    let at = c;
    // A cycle or a missing parent ends the climb: the comment then stands as its own thread.
    for (let steps = 0; at.parentId !== null && steps < comments.length; steps++) {
      const parent = byId.get(at.parentId);
      if (!parent || parent === c) break;
      at = parent;
    }
    return at;
  };
  const starts = new Set<number>();
  const ends = new Set<number>();
  forEachInline(model, (r) => {
    if (r.kind === 'commentStart') starts.add(r.id);
    else if (r.kind === 'commentEnd' && starts.has(r.id)) ends.add(r.id);
  });
  const byRoot = new Map<number, CommentThread>();
  const threads: CommentThread[] = [];
  for (const c of comments) {
    const root = rootOf(c);
    let thread = byRoot.get(root.id);
    if (!thread) {
      thread = { root, replies: [], anchored: ends.has(root.id) };
      byRoot.set(root.id, thread);
      threads.push(thread);
    }
    if (root !== c) thread.replies.push(c);
  }
  const anchored = new Set(threads.filter((t) => t.anchored).map((t) => t.root.id));
  return { threads, byRoot, anchored };
}

/** True when the model carries suggestions or comments (the export then needs the review parts). */
export function hasReviewContent(model: DocModel): boolean {
  if (model.comments?.length) return true;
  let found = false;
  forEachInline(
    model,
    (r) => {
      if (r.kind === 'text' && r.change) found = true;
    },
    // A suggested paragraph break alone is review content too.
    (p) => {
      if (p.breakChange) found = true;
    },
  );
  return found;
}

/** Every inline of the cover, the footer, the body and the footnotes, in document order; `paragraph`: each body paragraph. */
export function forEachInline(model: DocModel, visit: (r: Inline) => void, paragraph?: (p: Extract<Block, { kind: 'paragraph' }>) => void): void {
  const cover = model.cover.runs;
  if (cover) [cover.municipality, cover.title, cover.subtitle, ...cover.lines].forEach((runs) => runs.forEach(visit));
  model.meta.footerRuns?.forEach(visit);
  const walk = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') {
        paragraph?.(b);
        b.runs.forEach(visit);
      }
      else if (b.kind === 'heading') b.runs?.forEach(visit);
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'list') b.items.forEach(walk);
      else if (b.kind === 'table') {
        for (const row of b.headerRows) row.forEach((c) => walk(c.blocks));
        for (const row of b.bodyRows) row.cells.forEach((c) => walk(c.blocks));
      }
    }
  };
  walk(model.blocks);
  for (const f of model.footnotes) f.runs.forEach(visit);
}
