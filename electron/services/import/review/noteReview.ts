// Comments Word anchors inside footnotes and endnotes. Planverk keeps a note's text as an attribute of its reference,
// which can hold no comment range, so such a comment is placed on the paragraph where the note's reference stands
// (markReviewXml), not at the start of the document as if nobody knew where it belonged.
import { parseWordXml, W_NS, wAttr } from './safeXml';

/** Note id → the Word ids of the comments inside that note, for footnotes and endnotes. */
export type NoteComments = { footnote: ReadonlyMap<string, string[]>; endnote: ReadonlyMap<string, string[]> };

const COMMENT_MARKUP = /<(?:[\w.-]+:)?(?:commentRangeStart|commentReference)[\s/>]/;

export function commentsInNotes(parts: { footnotes?: string; endnotes?: string }, fileName: string): NoteComments {
  return { footnote: byNote(parts.footnotes, 'footnote', fileName), endnote: byNote(parts.endnotes, 'endnote', fileName) };
}

function byNote(xml: string | undefined, kind: 'footnote' | 'endnote', fileName: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!xml || !COMMENT_MARKUP.test(xml)) return out;
  const doc = parseWordXml(xml, fileName);
  for (const note of Array.from(doc.getElementsByTagNameNS(W_NS, kind))) {
    const id = wAttr(note, 'id');
    if (id === null) continue;
    const ids = new Set<string>();
    for (const local of ['commentRangeStart', 'commentReference']) {
      for (const el of Array.from(note.getElementsByTagNameNS(W_NS, local))) {
        const commentId = wAttr(el, 'id');
        if (commentId !== null) ids.add(commentId);
      }
    }
    if (ids.size > 0) out.set(id, [...ids]);
  }
  return out;
}
