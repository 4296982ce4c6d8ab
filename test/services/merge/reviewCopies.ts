// Test helpers for review in returned copies: a person's suggestions in a plan file's chapter (made as the editor's
// suggestion mode makes them, stored as a Yjs update with the file's author) and comments through the comment service.
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { createCommentService } from '../../../electron/services/comments/commentService';
import type { PlanFile } from '../../../electron/services/store';
import type { Person } from '../../../shared/domain/person';
import { diffToYUpdate, planSchema, yDocFromUpdates, yStateToRichText } from '../../../shared/editor';
import { toSuggestion } from '../../../shared/editor/suggestions';

export const KARI: Person = { id: 'p-kari', name: 'Kari Nordmann', initials: 'KN', group: 'Helse' };
export const OLA: Person = { id: 'p-ola', name: 'Ola Hansen', initials: 'OH', group: 'Kultur' };
export const PER: Person = { id: 'p-per', name: 'Per Berg', initials: 'PB', group: null };

let ids = 0;

/** The chapter's text as the file holds it now (ProseMirror document). */
export function chapterDoc(file: PlanFile, chapterId: string): PmNode {
  return PmNode.fromJSON(planSchema(), yStateToRichText(yDocFromUpdates([file.chapterState(chapterId)])));
}

/**
 * Runs `edit` on the chapter in suggestion mode as the file's author and stores the result as one Yjs update.
 * With `plain`, the edit is stored as it is (someone who forgot to switch suggestion mode on).
 */
export function editChapter(file: PlanFile, chapterId: string, edit: (tr: Transaction) => void, { plain = false } = {}): void {
  const author = file.currentAuthor;
  if (!author) throw new Error('no author');
  const ydoc = yDocFromUpdates([file.chapterState(chapterId)]);
  const state = EditorState.create({ doc: PmNode.fromJSON(planSchema(), yStateToRichText(ydoc)) });
  const tr = state.tr;
  edit(tr);
  if (!plain) toSuggestion(tr, { author, date: '2026-12-07T08:00:00.000Z', newId: () => `${author.id}-s${++ids}` }, state.selection);
  const update = diffToYUpdate(ydoc, tr.doc.toJSON());
  if (update) file.appendChapterUpdate(chapterId, update);
}

/** Every position inside a paragraph's text, so an arbitrary number picks a valid caret. */
export function textPositions(doc: PmNode): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (let i = 0; i <= node.content.size; i++) out.push(pos + 1 + i);
    return false;
  });
  return out;
}

/** A comment by the file's author on the chapter's text from..to (or on the chapter as a whole). */
export function commentOn(file: PlanFile, chapterId: string, body: string, place?: { from: number; to: number }): string {
  const service = createCommentService(file, { now: () => new Date(Date.UTC(2026, 11, 7, 8, 0, ++ids % 60)), newId: () => `${file.currentAuthor?.id}-k${++ids}` });
  return service.add({ targetTable: 'chapters', targetId: chapterId, body, ...(place ? { place } : {}) }).comment.id;
}

export function replyTo(file: PlanFile, parentId: string, body: string): string {
  const service = createCommentService(file, { now: () => new Date(Date.UTC(2026, 11, 7, 8, 1, ++ids % 60)), newId: () => `${file.currentAuthor?.id}-k${++ids}` });
  return service.reply(parentId, body).comment.id;
}
