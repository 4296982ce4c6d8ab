// The search panel's query shown in the open chapter's editor: every match marked (decorations, shared/editor), and
// after a hit opened the chapter, that word selected, scrolled to the middle and focused so a screen reader reads it.
import { makeStaticStyles } from '@fluentui/react-components';
import type { TiptapEditorHTMLElement } from '@tiptap/core';
import { useEffect } from 'react';
import { SEARCH_CURRENT_CLASS, SEARCH_MATCH_CLASS, showSearchHighlight } from '../../../shared/editor';
import { useChaptersView, type ScrollTarget } from './chaptersSlice';

const MATCH = `.plan-editor .${SEARCH_MATCH_CLASS}`;
const CURRENT = `.plan-editor .${SEARCH_CURRENT_CLASS}`;
// A pale yellow keeps body text and links (#0f6cbd) above 4.5:1; the outline (4.8:1 on white) makes a match visible
// without relying on the fill. Windows high contrast drops backgrounds: there the system's Mark colours are used, and
// the opened hit keeps a thicker outline in Highlight.
const useHighlightStyles = makeStaticStyles(`
${MATCH} { background-color: #fff2a8; outline: 1px solid #8f6a00; border-radius: 1px; }
${CURRENT} { outline: 2px solid #a03c00; outline-offset: 1px; }
@media (forced-colors: active) {
  ${MATCH} { forced-color-adjust: none; background-color: Mark; color: MarkText; outline: 1px solid MarkText; }
  ${CURRENT} { outline: 3px solid Highlight; }
}
`);

/** Frames to wait for a just-built editor to reach the page before giving up (it normally takes one). */
const MAX_FRAMES = 30;

function editorRoot(chapterId: string): TiptapEditorHTMLElement | null {
  return document.querySelector<TiptapEditorHTMLElement>(`.plan-editor[data-chapter-id="${CSS.escape(chapterId)}"] .ProseMirror`);
}

function show(root: TiptapEditorHTMLElement, query: string | null, target: ScrollTarget | null): void {
  const view = root.editor!.view;
  // Nothing shown and nothing to show: no transaction at all.
  if (query === null && target === null && root.dataset.searchMatches === undefined) return;
  const selected = showSearchHighlight(view, query, target ? { block: target.block, text: target.text } : undefined);
  if (!target) return;
  const place = selected ? root.querySelector<HTMLElement>(`.${SEARCH_CURRENT_CLASS}`) : (root.children[target.block] as HTMLElement | undefined);
  (place ?? root).scrollIntoView({ block: 'center' });
  // view.focus() writes the selection to the DOM (the browser's own focus would put the caret elsewhere).
  view.focus();
  useChaptersView.getState().clearScroll();
}

/**
 * Keeps the editor of `chapterId` (built from the state `stateKey`) showing the current highlight; a new editor (another
 * chapter, or the same one reloaded after replace-all or undo) gets it again.
 */
export function useEditorHighlight(chapterId: string | null, stateKey: string | null): void {
  useHighlightStyles();
  const query = useChaptersView((s) => s.highlightQuery);
  const scrollTo = useChaptersView((s) => s.scrollTo);
  useEffect(() => {
    if (chapterId === null || stateKey === null) return;
    const target = scrollTo?.chapterId === chapterId ? scrollTo : null;
    let frames = 0;
    let frame = 0;
    const attempt = () => {
      const root = editorRoot(chapterId);
      if (root?.editor && !root.editor.isDestroyed) show(root, query, target);
      else if (++frames < MAX_FRAMES) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [chapterId, stateKey, query, scrollTo]);
}
