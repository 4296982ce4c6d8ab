// A suggested paragraph break: `paragraphBreak` on a paragraph or heading says «the break at the end of this paragraph
// is a suggested insertion (a split) or deletion (a join)», with the suggestion's id, author and date as the suggestion
// marks carry them. Marks cannot carry it: y-tiptap stores no marks on block nodes or inline atoms, but it stores node
// attributes (non-null ones only, so a chapter without such a suggestion has the same Yjs document as before).
// ProseMirror's toJSON writes null defaults, so the stored JSON leaves a null out (withoutNullBreaks): bodies without a
// suggested break keep the JSON they had.
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { DELETION, INSERTION, type SuggestionAttrs, type SuggestionKind } from '../marks/suggestion';

export const PARAGRAPH_BREAK = 'paragraphBreak';
/** The textblocks whose end break can be a suggestion (list items and cells hold paragraphs). */
export const BREAK_TYPES = ['paragraph', 'heading'] as const;
const DATA_ATTR = 'data-paragraph-break';

export type ParagraphBreak = SuggestionAttrs & { kind: SuggestionKind };

const text = (v: unknown): v is string => typeof v === 'string';
const textOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
/** kind, id and the five author and date fields. */
const KEYS = 7;

/** The attribute's value when it has the right shape (rich text from a file or a copy is untrusted), else null. */
export function asParagraphBreak(v: unknown): ParagraphBreak | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const b = v as Record<string, unknown>;
  if ((b.kind !== INSERTION && b.kind !== DELETION) || !text(b.id) || !b.id || !text(b.authorId) || !text(b.authorName) || !text(b.authorInitials)) return null;
  if (!textOrNull(b.authorGroup ?? null) || !textOrNull(b.date ?? null)) return null;
  // A value already in shape is kept as the same object: y-tiptap compares attribute values by identity, and a copy
  // would be written into Yjs again whenever its paragraph changes — a concurrent decision in another copy (the
  // attribute removed) would then lose to it, and the decided break come back.
  if (Object.keys(b).length === KEYS && 'authorGroup' in b && 'date' in b) return b as ParagraphBreak;
  return { kind: b.kind, id: b.id, authorId: b.authorId, authorName: b.authorName, authorInitials: b.authorInitials, authorGroup: (b.authorGroup ?? null) as string | null, date: (b.date ?? null) as string | null };
}

export function paragraphBreakOf(node: PmNode): ParagraphBreak | null {
  const v: unknown = node.attrs[PARAGRAPH_BREAK];
  return v ? (v as ParagraphBreak) : null;
}

export function paragraphBreak(kind: SuggestionKind, attrs: SuggestionAttrs): ParagraphBreak {
  return { kind, ...attrs };
}

export const ParagraphBreakAttribute = Extension.create({
  name: PARAGRAPH_BREAK,
  addGlobalAttributes() {
    return [
      {
        types: [...BREAK_TYPES],
        attributes: {
          [PARAGRAPH_BREAK]: {
            default: null,
            // Written on the element so that ProseMirror reading a paragraph back from the page keeps it; paste drops
            // the attribute (not a paste attribute), as it drops the suggestion marks.
            parseHTML: (el: HTMLElement) => {
              try {
                return asParagraphBreak(JSON.parse(el.getAttribute(DATA_ATTR) ?? 'null'));
              } catch {
                return null;
              }
            },
            renderHTML: (attrs: Record<string, unknown>) => (attrs[PARAGRAPH_BREAK] ? { [DATA_ATTR]: JSON.stringify(attrs[PARAGRAPH_BREAK]) } : {}),
          },
        },
      },
    ];
  },
});

type JsonNode = { attrs?: Record<string, unknown>; content?: JsonNode[] };

/**
 * The JSON of a body as it is stored: a `paragraphBreak` that is null is left out (and `attrs` when nothing is left).
 * Returns the same object when there is nothing to leave out; never changes its argument (ProseMirror's toJSON shares
 * the nodes' attrs objects).
 */
export function withoutNullBreaks<T>(json: T): T {
  const node = json as JsonNode;
  let out = node;
  if (node.attrs && PARAGRAPH_BREAK in node.attrs && node.attrs[PARAGRAPH_BREAK] == null) {
    const { [PARAGRAPH_BREAK]: _null, ...rest } = node.attrs;
    out = { ...node };
    if (Object.keys(rest).length > 0) out.attrs = rest;
    else delete out.attrs;
  }
  if (Array.isArray(node.content)) {
    let changed = false;
    const content = node.content.map((c) => {
      const d = withoutNullBreaks(c);
      if (d !== c) changed = true;
      return d;
    });
    if (changed) out = { ...out, content };
  }
  return out as T;
}

/** A sanitised node's attrs: a `paragraphBreak` of the wrong shape (or null) goes. */
export function cleanBreakAttr(attrs: Record<string, unknown>): void {
  if (!(PARAGRAPH_BREAK in attrs)) return;
  const b = asParagraphBreak(attrs[PARAGRAPH_BREAK]);
  if (b) attrs[PARAGRAPH_BREAK] = b;
  else delete attrs[PARAGRAPH_BREAK];
}
