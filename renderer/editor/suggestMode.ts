// «Foreslå endringer» in the editor: while the mode is on, each local transaction that changes text is rewritten into
// suggestions by the current person before it applies (shared/editor/suggestions). Remote and undo/redo changes
// (they come from Yjs) and accept/reject pass unchanged. How the marks are drawn: suggestionMarks.ts.
import { Extension, type AnyExtension, type Editor } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Person } from '../../shared/domain/person';
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
