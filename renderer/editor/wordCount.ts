// Word count of a chapter: O(n) over the text, so it runs when typing pauses, never per keystroke.
import type { Node as PmNode } from '@tiptap/pm/model';

const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

export function countWords(doc: PmNode): number {
  let count = 0;
  doc.descendants((node) => {
    if (node.isText) count += node.text?.match(WORD)?.length ?? 0;
    return true;
  });
  return count;
}

/** The same count over a body as Tiptap JSON (the cached bodies of chapters that are not open). */
export function countWordsInJson(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  const n = node as { text?: unknown; content?: unknown };
  let count = typeof n.text === 'string' ? (n.text.match(WORD)?.length ?? 0) : 0;
  if (Array.isArray(n.content)) for (const child of n.content) count += countWordsInJson(child);
  return count;
}
