// Ctrl+Home and Ctrl+End (with Shift: select to there) done by the editor, not left to the browser. A long chapter's
// blocks far from the window are not laid out (content-visibility, editorStyles.ts), and the browser's own Ctrl+End
// found no line in the last, unlaid block: the caret stopped at that paragraph's start. ProseMirror knows where the
// text ends whatever is laid out, and scrolling the caret into view lays out the block it lands in.
import { Extension } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

function moveTo(view: EditorView, end: boolean, extend: boolean): boolean {
  const { doc, selection } = view.state;
  const target = end ? Selection.atEnd(doc) : Selection.atStart(doc);
  const next = extend ? TextSelection.between(selection.$anchor, target.$head) : target;
  view.dispatch(view.state.tr.setSelection(next).scrollIntoView());
  return true;
}

export const DocumentEnds = Extension.create({
  name: 'documentEnds',
  addKeyboardShortcuts() {
    const view = () => this.editor.view;
    return {
      'Mod-Home': () => moveTo(view(), false, false),
      'Mod-End': () => moveTo(view(), true, false),
      'Shift-Mod-Home': () => moveTo(view(), false, true),
      'Shift-Mod-End': () => moveTo(view(), true, true),
    };
  },
});
