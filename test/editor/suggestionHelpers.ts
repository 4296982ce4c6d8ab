// Test helpers for suggested changes: plan-schema docs, a headless «editor» (EditorState + suggestion mode) and
// copies of a chapter as Y.Docs that edit through the PM document, as the editor's Yjs sync does.
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { diffToYUpdate, planSchema, richTextToYUpdate, yStateToRichText } from '../../shared/editor';
import type { SuggestionAuthor } from '../../shared/editor/marks/suggestion';
import { toSuggestion, type SuggestContext } from '../../shared/editor/suggestions';

export const KARI: SuggestionAuthor = { id: 'p-kari', name: 'Kari Nordmann', initials: 'KN', group: 'Helse' };
export const OLA: SuggestionAuthor = { id: 'p-ola', name: 'Ola Hansen', initials: 'OH', group: 'Kultur' };
export const PER: SuggestionAuthor = { id: 'p-per', name: 'Per Berg', initials: 'PB', group: 'Helse' };

export function docOf(...paragraphs: string[]): PmNode {
  const json = { type: 'doc', content: paragraphs.map((t) => ({ type: 'paragraph', content: t ? [{ type: 'text', text: t }] : [] })) };
  return PmNode.fromJSON(planSchema(), json);
}

let counter = 0;
export function ctxFor(author: SuggestionAuthor, prefix = author.id): SuggestContext {
  return { author, date: '2026-12-07T05:00:00.000Z', newId: () => `${prefix}-${++counter}` };
}

/** Runs an edit on `state` as suggestion mode would (the transaction is rewritten before it applies). */
export function suggest(state: EditorState, ctx: SuggestContext, edit: (tr: Transaction) => void): EditorState {
  const tr = state.tr;
  edit(tr);
  toSuggestion(tr, ctx, state.selection);
  return state.apply(tr);
}

export function stateOf(doc: PmNode, caret?: number): EditorState {
  const state = EditorState.create({ doc });
  return caret === undefined ? state : state.apply(state.tr.setSelection(TextSelection.create(doc, caret)));
}

/** Position right after the first occurrence of `text` in the document (text positions, inline only). */
export function posAfter(doc: PmNode, text: string): number {
  return posOf(doc, text) + text.length;
}

export function posOf(doc: PmNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isTextblock) {
      const i = node.textContent.indexOf(text);
      if (i >= 0) found = pos + 1 + i;
      return false;
    }
    return true;
  });
  if (found < 0) throw new Error(`no «${text}» in ${doc.textContent}`);
  return found;
}

/** A chapter copy: a Y.Doc with its own client id, built from a shared base update. */
export function copyOf(base: Uint8Array, clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, base);
  return doc;
}

export function baseUpdate(...paragraphs: string[]): Uint8Array {
  return richTextToYUpdate(docOf(...paragraphs).toJSON());
}

export function pmOf(ydoc: Y.Doc): PmNode {
  return PmNode.fromJSON(planSchema(), yStateToRichText(ydoc));
}

/** Edits a copy through its ProseMirror document: the change reaches the Y.Doc as a Yjs diff, as in the editor. */
export function editCopy(ydoc: Y.Doc, edit: (state: EditorState) => EditorState): void {
  const next = edit(EditorState.create({ doc: pmOf(ydoc) }));
  diffToYUpdate(ydoc, next.doc.toJSON());
}

export function exchange(a: Y.Doc, b: Y.Doc): void {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, ua);
  Y.applyUpdate(a, ub);
}

/** The document as «text[mark:author]» runs, for readable assertions. */
export function runs(doc: PmNode): string {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      const parts: string[] = [];
      node.forEach((child) => {
        const marks = child.marks
          .filter((m) => m.type.name === 'insertion' || m.type.name === 'deletion')
          .map((m) => `${m.type.name === 'insertion' ? '+' : '-'}${String(m.attrs.authorInitials)}`);
        parts.push(marks.length ? `[${child.text ?? ''}|${marks.join(',')}]` : (child.text ?? ''));
      });
      out.push(parts.join(''));
      return false;
    }
    return true;
  });
  return out.join(' ¶ ');
}
