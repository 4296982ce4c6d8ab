// The Tiptap extension list of a chapter body, the same headless (store, export, tests) and in the editor.
import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import { isSafeHref } from './safeHref';
import { LiveBlock, PlanImage, planNodeExtensions } from './nodes';
import { SearchHighlight } from './searchHighlight';
import { LanguageMark } from './marks/language';
import { Deletion, Insertion } from './marks/suggestion';

export function planExtensions(): AnyExtension[] {
  return [
    // Yjs keeps the history (Collaboration), and round trips must be exact: no undoRedo, no trailing node.
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      link: { openOnClick: false, protocols: ['http', 'https', 'mailto'], isAllowedUri: (url) => isSafeHref(url) },
    }),
    TableKit,
    PlanImage,
    LiveBlock,
    ...planNodeExtensions(),
    // Suggested changes (notes-suggest.md): marks in the body, so they travel and merge with the text.
    Insertion,
    Deletion,
    // A passage in the other målform (issue 17).
    LanguageMark,
    // Draws search hits as decorations only: no schema, so the stored and exported documents are unaffected.
    SearchHighlight,
  ];
}

let cached: Schema | null = null;
export function planSchema(): Schema {
  cached ??= getSchema(planExtensions());
  return cached;
}
