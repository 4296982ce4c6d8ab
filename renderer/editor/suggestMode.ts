// «Foreslå endringer» in the editor: while the mode is on, each local transaction that changes text is rewritten into
// suggestions by the current person before it applies (shared/editor/suggestions). Remote and undo/redo changes
// (they come from Yjs) and accept/reject pass unchanged. How the marks are drawn: suggestionMarks.ts.
import { Extension, type AnyExtension, type Editor } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Person } from '../../shared/domain/person';
import { SUGGESTION_DECISION, suggestedJoin, suggestedSplit, toSuggestion, type SuggestContext } from '../../shared/editor/suggestions';

export type SuggestState = { enabled: boolean; author: Person | null };

const contextOf = (author: Person): SuggestContext => ({ author, date: new Date().toISOString(), newId: () => crypto.randomUUID() });

export function suggestModeExtension(current: () => SuggestState): AnyExtension {
  const deleteChar = (editor: Editor, dir: -1 | 1): boolean => {
    const { selection, doc } = editor.state;
    const { enabled, author } = current();
    if (!enabled) return false;
    if (!selection.empty) return editor.view.dispatch(editor.state.tr.deleteSelection()), true;
    const $pos = selection.$from;
    const at = selection.from;
    // At a paragraph's edge the break to the next paragraph is proposed for deletion (breakSuggest.ts); where there is
    // no such break (a list item's start, after a table), the editor's own key runs, a structure change.
    if ((dir < 0 && $pos.parentOffset === 0) || (dir > 0 && $pos.parentOffset === $pos.parent.content.size)) {
      const tr = author ? suggestedJoin(editor.state, dir, contextOf(author)) : null;
      return tr ? (editor.view.dispatch(tr), true) : false;
    }
    const from = dir < 0 ? at - 1 : at;
    editor.view.dispatch(editor.state.tr.delete(from, Math.min(from + 1, doc.content.size)));
    return true;
  };
  /** Enter proposes a split; a selection is first struck (the transaction hook below), then split at the caret. */
  const split = (editor: Editor): boolean => {
    const { enabled, author } = current();
    if (!enabled || !author) return false;
    if (!editor.state.selection.empty) editor.view.dispatch(editor.state.tr.deleteSelection());
    const tr = suggestedSplit(editor.state, contextOf(author));
    return tr ? (editor.view.dispatch(tr), true) : false;
  };
  return Extension.create({
    name: 'suggestMode',
    // Above the editor's own keymap: Backspace/Delete become plain one-character deletions that the hook below turns
    // into strikes (the browser's own deletion goes through a DOM read that is harder to steer), Enter a proposed split.
    priority: 1000,
    addKeyboardShortcuts() {
      return { Backspace: () => deleteChar(this.editor, -1), Delete: () => deleteChar(this.editor, 1), Enter: () => split(this.editor) };
    },
    dispatchTransaction({ transaction, next }) {
      const { enabled, author } = current();
      const fromYjs = (transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
      if (enabled && author && transaction.docChanged && !fromYjs && !transaction.getMeta(SUGGESTION_DECISION)) {
        const selection = this.editor.state.selection;
        toSuggestion(transaction, contextOf(author), selection);
      }
      next(transaction);
    },
  });
}
