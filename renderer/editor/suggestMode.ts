// «Foreslå endringer» in the editor: while the mode is on, each local transaction that changes text is rewritten into
// suggestions by the current person before it applies (shared/editor/suggestions). Remote and undo/redo changes
// (they come from Yjs) and accept/reject pass unchanged. The marks are drawn with the author's colour, underline or
// strike-through and a title, so the colour is never the only sign.
import { Extension, mergeAttributes, type AnyExtension, type Editor } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Person } from '../../shared/domain/person';
import { DELETION, INSERTION, type SuggestionAttrs } from '../../shared/editor/marks/suggestion';
import { SUGGESTION_DECISION, toSuggestion } from '../../shared/editor/suggestions';

export type SuggestState = { enabled: boolean; author: Person | null };

export function suggestModeExtension(current: () => SuggestState): AnyExtension {
  const deleteChar = (editor: Editor, dir: -1 | 1): boolean => {
    const { selection, doc } = editor.state;
    if (!current().enabled) return false;
    if (!selection.empty) return editor.view.dispatch(editor.state.tr.deleteSelection()), true;
    const $pos = selection.$from;
    const at = selection.from;
    // At a paragraph's edge the editor's own join runs (a structure change, not a suggestion).
    if ((dir < 0 && $pos.parentOffset === 0) || (dir > 0 && $pos.parentOffset === $pos.parent.content.size)) return false;
    const from = dir < 0 ? at - 1 : at;
    editor.view.dispatch(editor.state.tr.delete(from, Math.min(from + 1, doc.content.size)));
    return true;
  };
  return Extension.create({
    name: 'suggestMode',
    // Above the editor's own keymap: Backspace/Delete become plain one-character deletions that the hook below turns
    // into strikes (the browser's own deletion goes through a DOM read that is harder to steer).
    priority: 1000,
    addKeyboardShortcuts() {
      return { Backspace: () => deleteChar(this.editor, -1), Delete: () => deleteChar(this.editor, 1) };
    },
    dispatchTransaction({ transaction, next }) {
      const { enabled, author } = current();
      const fromYjs = (transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
      if (enabled && author && transaction.docChanged && !fromYjs && !transaction.getMeta(SUGGESTION_DECISION)) {
        const selection = this.editor.state.selection;
        toSuggestion(transaction, { author, date: new Date().toISOString(), newId: () => crypto.randomUUID() }, selection);
      }
      next(transaction);
    },
  });
}

/** Dark enough for 4.5:1 on white; a person keeps one colour (by id) in every chapter and session. */
const AUTHOR_COLOURS = ['#0f548c', '#a4262c', '#0e700e', '#6b2c91', '#8a4b00', '#005e6e', '#9b1d5c', '#4b5320'];

export function authorColour(authorId: string): string {
  let h = 0;
  for (const ch of authorId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return AUTHOR_COLOURS[h % AUTHOR_COLOURS.length]!;
}

type Titles = { insertion: (author: string, date: string) => string; deletion: (author: string, date: string) => string; date: (iso: string | null) => string };

/** The suggestion marks as the editor draws them (the schema and the stored JSON are unchanged). */
export function drawSuggestionMark(ext: AnyExtension, titles: () => Titles): AnyExtension {
  const tag = ext.name === INSERTION ? 'ins' : 'del';
  return ext.extend({
    // The data-* attributes stay: ProseMirror reads typed text back from the DOM, and a mark drawn without its attrs
    // would come back as another mark (a struck character lost its strike on the next Backspace).
    renderHTML({ mark, HTMLAttributes }: { mark: { attrs: Record<string, unknown> }; HTMLAttributes: Record<string, unknown> }) {
      const a = mark.attrs as SuggestionAttrs;
      const t = titles();
      const title = (ext.name === DELETION ? t.deletion : t.insertion)(a.authorName, t.date(a.date));
      return [tag, mergeAttributes(HTMLAttributes, { class: `plan-suggestion plan-suggestion-${ext.name}`, title, style: `color: ${authorColour(a.authorId)}` }), 0];
    },
  });
}
