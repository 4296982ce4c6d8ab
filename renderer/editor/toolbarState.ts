// What the toolbar shows as pressed, read from the selection's own position: its ancestors and its marks, O(depth).
// editor.isActive() scans the document's top-level blocks from the start on every call (Fragment.nodesBetween), which
// at 300 pages and a dozen buttons cost more than the keystroke itself; and it is recomputed once per frame, not per
// transaction, so a keystroke pays nothing for the toolbar.
import type { Editor } from '@tiptap/core';
import { NodeSelection, type EditorState } from '@tiptap/pm/state';
import { useEffect, useState } from 'react';

export type ToolbarState = {
  h2: boolean;
  h3: boolean;
  h4: boolean;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** The selection is in a passage marked as the other målform. */
  language: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  footnote: boolean;
  captionable: boolean;
};

export function readToolbarState(state: EditorState): ToolbarState {
  const { selection } = state;
  const { $from } = selection;
  const selected = selection instanceof NodeSelection ? selection.node.type.name : null;
  const ancestors = new Set<string>();
  for (let d = $from.depth; d > 0; d--) ancestors.add($from.node(d).type.name);
  const parent = $from.parent;
  const level = parent.type.name === 'heading' ? Number(parent.attrs.level) : 0;
  const marks = new Set((state.storedMarks ?? $from.marks()).map((m) => m.type.name));
  return {
    h2: level === 2,
    h3: level === 3,
    h4: level === 4,
    bold: marks.has('bold'),
    italic: marks.has('italic'),
    underline: marks.has('underline'),
    language: marks.has('language'),
    bulletList: ancestors.has('bulletList'),
    orderedList: ancestors.has('orderedList'),
    blockquote: ancestors.has('blockquote'),
    link: marks.has('link'),
    footnote: selected === 'footnote',
    captionable: selected === 'image' || selected === 'table' || ancestors.has('table'),
  };
}

const sameState = (a: ToolbarState, b: ToolbarState) => (Object.keys(a) as (keyof ToolbarState)[]).every((k) => a[k] === b[k]);

/** The toolbar's state, refreshed at most once per frame after transactions; React re-renders only when it changed. */
export function useToolbarState(editor: Editor): ToolbarState {
  const [state, setState] = useState(() => readToolbarState(editor.state));
  useEffect(() => {
    let frame: number | null = null;
    const refresh = () => {
      frame = null;
      if (editor.isDestroyed) return;
      const next = readToolbarState(editor.state);
      setState((prev) => (sameState(prev, next) ? prev : next));
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(refresh);
    };
    editor.on('transaction', schedule);
    return () => {
      editor.off('transaction', schedule);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [editor]);
  return state;
}
