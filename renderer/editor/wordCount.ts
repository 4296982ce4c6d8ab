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
