// Review content inside Word's footnotes and endnotes. Planverk keeps a note's text as an attribute of its reference,
// which can hold neither a comment range nor a suggestion: a comment in a note is placed on the paragraph where the
// note's reference stands (markReviewXml), not at the start of the document as if nobody knew where it belonged, and
// tracked changes in notes read as accepted (mammoth's reading), which the import says in a warning.
import { parseWordXml, W_NS, wAttr } from './safeXml';

/** Note id → the Word ids of the comments inside that note, for footnotes and endnotes. */
export type NoteComments = { footnote: ReadonlyMap<string, string[]>; endnote: ReadonlyMap<string, string[]> };

const COMMENT_MARKUP = /<(?:[\w.-]+:)?(?:commentRangeStart|commentReference)[\s/>]/;
const CHANGE_MARKUP = /<(?:[\w.-]+:)?(?:ins|del|moveTo|moveFrom)[\s/>]/;

export const NOTE_CHANGES_ACCEPTED = 'Sporede endringer i fotnoter er godtatt, fordi en fotnote i Planverk ikke kan ha forslag.';

/** Whether any footnote or endnote holds a tracked change. */
export function notesHaveChanges(parts: { footnotes?: string; endnotes?: string }): boolean {
  return CHANGE_MARKUP.test(parts.footnotes ?? '') || CHANGE_MARKUP.test(parts.endnotes ?? '');
}

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
