// The caret the user sees is the browser's. ProseMirror takes it over only on the next «selectionchange» event, and
// on a busy machine a key or another transaction can come first (input events go before it in Chromium's queue):
// a click or an arrow key and then at once Backspace struck — or, in «Foreslå endringer», really removed — the
// characters at the caret's OLD place (CI: the person's fresh «ikke » lost its «kke »), and a spell-check answer drawn
// in that gap put the caret back where it had been. Here the editor reads the browser's caret before a key's command
// runs, and a transaction that does not place the selection itself keeps the one the user sees.
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type Selection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Right after the editor gets focus (a tab, a button that hands focus back) the browser's caret is wherever the browser
 * put it (often the start), and ProseMirror writes its own selection back (after 20 ms): until then the editor's
 * selection is the right one — unless the person has moved the caret since (a click and then Shift+→ at once).
 */
const FOCUS_SETTLE_MS = 100;
type DomCaret = { at: number; anchorNode: Node | null; anchorOffset: number; focusNode: Node | null; focusOffset: number };
const atFocus = new WeakMap<EditorView, DomCaret>();

function domCaret(view: EditorView): DomCaret | null {
  const dom = (view.root as Document).getSelection?.();
  return dom ? { at: Date.now(), anchorNode: dom.anchorNode, anchorOffset: dom.anchorOffset, focusNode: dom.focusNode, focusOffset: dom.focusOffset } : null;
}

/** The browser's caret is still the one it placed when the editor got focus, a moment ago. */
function placedByFocus(view: EditorView, dom: NonNullable<ReturnType<Document['getSelection']>>): boolean {
  const focus = atFocus.get(view);
  if (!focus || Date.now() - focus.at >= FOCUS_SETTLE_MS) return false;
  return dom.anchorNode === focus.anchorNode && dom.anchorOffset === focus.anchorOffset && dom.focusNode === focus.focusNode && dom.focusOffset === focus.focusOffset;
}

/** The browser's selection in the editor when ProseMirror has not taken it over yet; null when they agree. */
export function unreadSelection(view: EditorView): Selection | null {
  const { selection, doc } = view.state;
  // Node, gap and cell selections are drawn by ProseMirror itself, not by the browser's caret; a composition (IME)
  // owns the DOM until it ends.
  if (!(selection instanceof TextSelection) || view.composing || !view.hasFocus()) return null;
  const dom = (view.root as Document).getSelection?.();
  if (!dom?.anchorNode || !dom.focusNode || !inEditorText(view, dom.anchorNode) || !inEditorText(view, dom.focusNode)) return null;
  if (placedByFocus(view, dom)) return null;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    head = view.posAtDOM(dom.focusNode, dom.focusOffset);
  } catch {
    return null;
  }
  if (anchor === selection.anchor && head === selection.head) return null;
  if (Math.min(anchor, head) < 0 || Math.max(anchor, head) > doc.content.size) return null;
  const shown = TextSelection.between(doc.resolve(anchor), doc.resolve(head));
  return shown.eq(selection) ? null : shown;
}

/** In the editor's own text, not in a node view or widget drawn as uneditable (a live block, an image caption). */
function inEditorText(view: EditorView, node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && view.dom.contains(element) && element.closest('[contenteditable]') === view.dom;
}

const key = new PluginKey('shownSelection');

/** The editor's view once it is in the page (before that, Tiptap's stand-in throws on anything but the state). */
function mountedView(editor: Editor): EditorView | null {
  if (editor.isDestroyed) return null;
  try {
    return editor.view.dom ? editor.view : null;
  } catch {
    return null;
  }
}

export const ShownSelection = Extension.create({
  name: 'shownSelection',
  // Before every other extension: its key handler must run before any keymap reads the selection, and its dispatch
  // hook sees each transaction first.
  priority: 100_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        props: {
          handleDOMEvents: {
            focus(view) {
              const caret = domCaret(view);
              if (caret) atFocus.set(view, caret);
              else atFocus.delete(view);
              return false;
            },
          },
          handleKeyDown(view, event) {
            if (event.isComposing) return false;
            const shown = unreadSelection(view);
            if (shown) view.dispatch(view.state.tr.setSelection(shown));
            return false;
          },
        },
      }),
    ];
  },
  dispatchTransaction({ transaction, next }) {
    // Only a transaction that leaves text and selection alone (decorations): one that changes the text was read from
    // the DOM (the DOM is then ahead of the view) or comes from a command that ran after the key handler above, and
    // Tiptap's focus and blur transactions come while the browser's caret is not yet the editor's.
    const placed = transaction.selectionSet || transaction.docChanged || transaction.getMeta('focus') !== undefined || transaction.getMeta('blur') !== undefined;
    const view = placed ? null : mountedView(this.editor);
    const shown = view ? unreadSelection(view) : null;
    if (shown) transaction.setSelection(shown);
    next(transaction);
  },
});
