// The open suggestions of a chapter body, read from its insertion/deletion marks and its suggested paragraph breaks
// (nodes/paragraphBreak.ts): one entry per suggestion id and kind, in document order (the sidebar list, the CLI
// `review`, the merge preview counts).
import type { Mark, Node as PmNode } from '@tiptap/pm/model';
import { DELETION, INSERTION, type SuggestionAttrs, type SuggestionKind } from '../marks/suggestion';
import { paragraphBreakOf } from '../nodes/paragraphBreak';

/**
 * `move`: the entry is one half of a move (text proposed for deletion here and for insertion elsewhere, e.g. Word's
 * w:moveFrom/w:moveTo): both halves carry the same suggestion id, so deciding that id decides the move. Typing and
 * merging never give a deletion and an insertion one id.
 */
export type SuggestionEntry = SuggestionAttrs & { kind: SuggestionKind; text: string; from: number; to: number; move?: true; paragraphBreak?: true };

/** How a suggested paragraph break reads in the list (its place: the end of its paragraph, from = to). */
export const BREAK_TEXT = '¶';

/** Which suggestions a decision applies to; every given field must match (none given: all of them). */
export type SuggestionFilter = { ids?: readonly string[]; kind?: SuggestionKind; authorId?: string; authorGroup?: string };

const isSuggestionMark = (mark: Mark) => mark.type.name === INSERTION || mark.type.name === DELETION;

export function suggestionMarksOf(node: PmNode): Mark[] {
  return node.marks.filter(isSuggestionMark);
}

export function matchesFilter(mark: Mark, filter: SuggestionFilter): boolean {
  return matchesSuggestion(mark.type.name, mark.attrs as SuggestionAttrs, filter);
}

export function matchesSuggestion(kind: string, a: SuggestionAttrs, filter: SuggestionFilter): boolean {
  if (filter.kind && kind !== filter.kind) return false;
  if (filter.ids && !filter.ids.includes(a.id)) return false;
  if (filter.authorId !== undefined && a.authorId !== filter.authorId) return false;
  if (filter.authorGroup !== undefined && a.authorGroup !== filter.authorGroup) return false;
  return true;
}

/** Text of an inline node as a reader sees it (an image or footnote counts as one space). */
function inlineText(node: PmNode): string {
  return node.isText ? (node.text ?? '') : ' ';
}

/** Read when a chapter with hundreds of suggestions opens (the list beside it): nothing is allocated per text node. */
export function listSuggestions(doc: PmNode): SuggestionEntry[] {
  const byKey = new Map<string, SuggestionEntry>();
  let lastBlock = -1;
  const lastBlockOf = new Map<string, number>();
  const breaks: SuggestionEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      lastBlock = pos;
      const b = paragraphBreakOf(node);
      if (b) {
        const end = pos + node.nodeSize - 1;
        breaks.push({ id: b.id, authorId: b.authorId, authorName: b.authorName, authorInitials: b.authorInitials, authorGroup: b.authorGroup, date: b.date, kind: b.kind, text: BREAK_TEXT, from: end, to: end, paragraphBreak: true });
      }
    }
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      if (!isSuggestionMark(mark)) continue;
      const a = mark.attrs as SuggestionAttrs;
      const key = `${mark.type.name}:${a.id}`;
      const entry = byKey.get(key);
      const text = inlineText(node);
      if (!entry) {
        const kind = mark.type.name as SuggestionKind;
        byKey.set(key, { id: a.id, authorId: a.authorId, authorName: a.authorName, authorInitials: a.authorInitials, authorGroup: a.authorGroup, date: a.date, kind, text, from: pos, to: pos + node.nodeSize });
      } else {
        // One suggestion over several paragraphs reads as one text with a space at each paragraph break.
        entry.text += (lastBlockOf.get(key) === lastBlock ? '' : ' ') + text;
        entry.to = pos + node.nodeSize;
      }
      lastBlockOf.set(key, lastBlock);
    }
    return false;
  });
  for (const entry of byKey.values()) {
    if (entry.kind === DELETION && byKey.has(`${INSERTION}:${entry.id}`)) {
      entry.move = true;
      byKey.get(`${INSERTION}:${entry.id}`)!.move = true;
    }
  }
  return [...byKey.values(), ...breaks].sort((a, b) => a.from - b.from || (a.kind === DELETION ? -1 : 1));
}

/** The people who have open suggestions in the body, each once, in order of first appearance. */
export function suggestionAuthors(entries: readonly SuggestionEntry[]): { authorId: string; authorName: string; authorGroup: string | null }[] {
  const seen = new Map<string, { authorId: string; authorName: string; authorGroup: string | null }>();
  for (const e of entries) if (!seen.has(e.authorId)) seen.set(e.authorId, { authorId: e.authorId, authorName: e.authorName, authorGroup: e.authorGroup });
  return [...seen.values()];
}
