// Word import: .docx → mammoth HTML → footnotes inlined → sanitised → images as assets → chapters split at
// Heading 1 (sub-chapters at Heading 2) → Tiptap JSON → the field changes that add them to the plan.
import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import type { Asset, Chapter, FieldChange, RichText } from '../../../shared/domain/plan';
import type { IdSource } from '../../../shared/domain/ids';
import { quotedTitles, wordImportWarning, type WordImportWarning } from '../../../shared/i18n/wordImportMessages';
import { planSchema, withoutNullBreaks } from '../../../shared/editor';
import { nodeDom } from './htmlToRichText';
import { inlineFootnotes } from './wordFootnotes';
import { extractImages } from './wordImages';
import { docxToHtml } from './wordHtml';
import { applyReviewMarkers, type CommentPlace, type ReviewAuthors } from './review/reviewMarks';
import { stripMarkers } from './review/reviewMarkers';
import type { WordReview } from './review/wordReview';
import { wordAuthors } from './review/wordAuthors';

export type ImportedChapter = Pick<Chapter, 'id' | 'parentId' | 'title' | 'sortKey' | 'body'>;
export type DocxImport = {
  chapters: ImportedChapter[];
  assets: Asset[];
  /** Everything the plan needs, for PlanFile.mutate (one undo step). */
  changes: FieldChange[];
  footnotes: number;
  warnings: WordImportWarning[];
  /** Word's tracked changes (now suggestion marks in the bodies) and comments, to be added once the chapters exist. */
  review: ImportedReview | null;
};
export type ImportedReview = WordReview & { places: Map<number, CommentPlace>; suggestions: number; authors: ReviewAuthors };
export type DocxImportOptions = {
  ids: IdSource;
  /** Imported top-level chapters are placed after this sort key (the plan's last chapter). */
  sortKeyAfter: number;
  /** Title of a chapter made from text before the first Heading 1 (usually the file name). */
  leadTitle: string;
  /** Assets the plan already has: not sent again. */
  existingAssetIds?: ReadonlySet<string>;
  /** The file's name, for a refusal (defaults to leadTitle). */
  fileName?: string;
};

/** A chapter's content is the body's child nodes [from, to): ranges, not moved nodes (see docxToChapters). */
type Section = { level: 1 | 2; title: string; from: number; to: number };

// jsdom inserts and removes children in time that grows with the number of siblings, so a document of 50,000 paragraphs
// under one parent took minutes. Here every whole-document step is linear: DOMParser builds the tree once (never
// innerHTML on an element), DOMPurify cleans it in place, and each chapter is parsed by ProseMirror as a range of the
// root's children, without moving a node.
export async function docxToChapters(bytes: Uint8Array, opts: DocxImportOptions): Promise<DocxImport> {
  const { html, warnings, review } = await docxToHtml(bytes, opts.fileName ?? opts.leadTitle);
  const { window, sanitizer } = nodeDom();
  const doc = new window.DOMParser().parseFromString(`<div>${html}</div>`, 'text/html') as unknown as Document;
  const root = doc.body.firstElementChild as HTMLElement;
  const footnotes = inlineFootnotes(root, doc);
  const imagesBefore = root.querySelectorAll('img').length;
  sanitizer.sanitizeInPlace(root, { allowDataImages: true });
  const assets = extractImages(root, safeBase(opts.leadTitle));
  const dropped = imagesBefore - root.querySelectorAll('img').length;
  if (dropped > 0) warnings.push(wordImportWarning('imagesDropped', { count: dropped }));

  const chapters = toChapters(root, splitSections(Array.from(root.childNodes), opts.leadTitle), opts);
  const imported = review ? withReview(chapters, review, opts.ids, warnings) : null;
  const newAssets = [...assets.values()].filter((a) => !opts.existingAssetIds?.has(a.id));
  return { chapters, assets: newAssets, changes: toChanges(chapters, newAssets), footnotes, warnings, review: imported };
}

/** Tracked changes become suggestion marks in the bodies; where each comment sits is noted for importDocx. */
function withReview(chapters: ImportedChapter[], review: WordReview, ids: IdSource, warnings: WordImportWarning[]): ImportedReview {
  const authors = wordAuthors(review.comments, review.marked.changes);
  const applied = applyReviewMarkers(chapters as { title: string; body: RichText }[], review.marked.changes, ids, authors);
  if (applied.titlesWithChanges.length > 0) {
    warnings.push(wordImportWarning('titlesChanged', { count: applied.titlesWithChanges.length, titles: quotedTitles(applied.titlesWithChanges) }));
  }
  if (applied.titlesDeleted.length > 0) {
    warnings.push(wordImportWarning('titlesDeleted', { count: applied.titlesDeleted.length, titles: quotedTitles(applied.titlesDeleted) }));
  }
  if (review.marked.changedImages > 0) {
    warnings.push(wordImportWarning('changedImages', { count: review.marked.changedImages }));
  }
  if (review.marked.changedNotes > 0) {
    warnings.push(wordImportWarning('changedNotes', { count: review.marked.changedNotes }));
  }
  if (review.marked.noteComments > 0) warnings.push(wordImportWarning('noteComments', { count: review.marked.noteComments }));
  return { ...review, places: applied.places, suggestions: applied.suggestions, authors };
}

function splitSections(children: ChildNode[], leadTitle: string): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  children.forEach((node, index) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'H1' || el.tagName === 'H2') {
      const title = (el.textContent ?? '').replace(/\s+/g, ' ').trim() || 'Uten tittel';
      current = { level: el.tagName === 'H1' ? 1 : 2, title, from: index + 1, to: index + 1 };
      sections.push(current);
    } else {
      if (!current) {
        if (!stripMarkers(el.textContent ?? '').trim() && !el.querySelector('img,table')) return;
        current = { level: 1, title: leadTitle, from: index, to: index };
        sections.push(current);
      }
      current.to = index + 1;
    }
  });
  return sections;
}

function toChapters(root: HTMLElement, sections: Section[], opts: DocxImportOptions): ImportedChapter[] {
  const parser = PmDOMParser.fromSchema(planSchema());
  const out: ImportedChapter[] = [];
  let parent: ImportedChapter | null = null;
  let topKey = opts.sortKeyAfter;
  let childKey = 0;
  for (const s of sections) {
    const content = shiftHeadings(withoutNullBreaks(parser.parse(root, { from: s.from, to: s.to }).toJSON() as RichText));
    const isChild = s.level === 2 && parent !== null;
    const chapter: ImportedChapter = {
      id: opts.ids(),
      parentId: isChild ? parent!.id : null,
      title: s.title.slice(0, 500),
      sortKey: isChild ? ++childKey : ++topKey,
      body: content,
    };
    if (!isChild) {
      parent = chapter;
      childKey = 0;
    }
    out.push(chapter);
  }
  return out;
}

/** Word's Heading 3… sit under a sub-chapter; in a body they become levels 2–4 (the chapter title is level 1). */
function shiftHeadings(json: RichText): RichText {
  const visit = (n: { type?: string; attrs?: Record<string, unknown>; content?: unknown[] }): void => {
    if (n.type === 'heading' && typeof n.attrs?.level === 'number') n.attrs.level = Math.min(4, Math.max(2, n.attrs.level - 1));
    for (const c of n.content ?? []) visit(c as typeof n);
  };
  visit(json as Parameters<typeof visit>[0]);
  return json;
}

function toChanges(chapters: ImportedChapter[], assets: Asset[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const a of assets) {
    for (const column of ['mime', 'name', 'alt', 'decorative', 'dataBase64'] as const) changes.push({ table: 'assets', id: a.id, column, value: a[column] });
  }
  for (const c of chapters) {
    const row: Omit<Chapter, 'id'> = { sortKey: c.sortKey, parentId: c.parentId, kind: 'chapter', title: c.title, numbered: true, status: 'utkast', groupId: null, body: c.body };
    for (const [column, value] of Object.entries(row)) changes.push({ table: 'chapters', id: c.id, column, value });
  }
  return changes;
}

function safeBase(name: string): string {
  return name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'dokument';
}
