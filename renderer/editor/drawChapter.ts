// A chapter's text is drawn once, when its editor is on the page. Tiptap makes the plugin views three times while an
// editor mounts (the view, its plugins, EditorContent's own plugin), and its EditorContent redraws every node once it
// can draw React node views; the Yjs binding drew the whole chapter from Yjs each time, and ProseMirror laid out the
// page after each redraw: a 300-page chapter was built three times and laid out three times before its first paint
// (bench suggestEditor). With a mapping given (editorExtensions.ts) the binding waits, and this draws it once, after
// EditorContent has mounted (so live blocks are drawn by React at once).
import type { Editor } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

type SyncState = { binding?: { _forceRerender(): void } };

/** Draws the chapter's Yjs text in the editor (replacing what it shows); false when the editor has no Yjs binding. */
export function drawChapter(editor: Editor): boolean {
  const binding = (ySyncPluginKey.getState(editor.state) as SyncState | undefined)?.binding;
  if (!binding || editor.isDestroyed) return false;
  // The binding's own redraw: it maps every Yjs node to the ProseMirror node drawn and marks the transaction as
  // coming from Yjs, so nothing is written back.
  binding._forceRerender();
  return true;
}
