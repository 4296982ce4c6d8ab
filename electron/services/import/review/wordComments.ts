// Word's comments: word/comments.xml (author, initials, date, text) and, where Word 2013+ wrote it,
// word/commentsExtended.xml (which comment answers which, and whether a thread is resolved); Word 365 adds
// commentsIds.xml and commentsExtensible.xml, whose w16cex:dateUtc is the comment's time in UTC (comments.xml's w:date
// is Word's local clock time labelled «Z», an hour or two off in Norway).
import { docxTooLarge, MAX_DOCX_COMMENTS } from '../docxLimits';
import { externalTargets } from '../docxParts';
import { commentText } from './commentText';
import { wordDate } from './markReviewXml';
import { parseWordXml, W14_NS, W15_NS, W16CEX_NS, W16CID_NS, W_NS, wAttr, wChildren } from './safeXml';

export type WordComment = {
  wordId: string;
  author: string;
  initials: string;
  date: string | null;
  text: string;
  /** The Word id of the comment this one answers (null: it starts a thread). */
  parentWordId: string | null;
  done: boolean;
};

/** The comment parts' XML, where the package has them. */
/** `rels`: the comments part's own relationships (where its links point). */
export type CommentParts = { comments?: string; rels?: string; extended?: string; ids?: string; extensible?: string };

export function readWordComments(parts: CommentParts, fileName: string): WordComment[] {
  if (!parts.comments) return [];
  const doc = parseWordXml(parts.comments, fileName);
  const byParaId = new Map<string, WordComment>();
  const links = externalTargets(parts.rels);
  const elements = wChildren(doc.documentElement, 'comment');
  if (elements.length > MAX_DOCX_COMMENTS) throw docxTooLarge(fileName, { key: 'docx.comments', params: { count: MAX_DOCX_COMMENTS } });
  const comments = elements.map((el) => {
    const paragraphs = Array.from(el.getElementsByTagNameNS(W_NS, 'p'));
    const comment: WordComment = {
      wordId: wAttr(el, 'id') ?? '',
      author: (wAttr(el, 'author') ?? '').trim(),
      initials: (wAttr(el, 'initials') ?? '').trim(),
      date: wordDate(wAttr(el, 'date')),
      text: commentText(paragraphs, links),
      parentWordId: null,
      done: false,
    };
    // commentsExtended names a comment by the paraId of its last paragraph.
    const last = paragraphs[paragraphs.length - 1];
    const paraId = last?.getAttributeNS(W14_NS, 'paraId');
    if (paraId) byParaId.set(paraId.toUpperCase(), comment);
    return comment;
  });
  if (parts.extended) applyExtended(parseWordXml(parts.extended, fileName), byParaId);
  if (parts.ids && parts.extensible) applyUtcDates(parseWordXml(parts.ids, fileName), parseWordXml(parts.extensible, fileName), byParaId);
  return comments;
}

/** commentsIds maps a comment's paraId to its durableId; commentsExtensible gives the durableId's UTC date. */
function applyUtcDates(ids: Document, extensible: Document, byParaId: Map<string, WordComment>): void {
  const byDurableId = new Map<string, WordComment>();
  for (const id of Array.from(ids.getElementsByTagNameNS(W16CID_NS, 'commentId'))) {
    const comment = byParaId.get((id.getAttributeNS(W16CID_NS, 'paraId') ?? '').toUpperCase());
    const durableId = (id.getAttributeNS(W16CID_NS, 'durableId') ?? '').toUpperCase();
    if (comment && durableId) byDurableId.set(durableId, comment);
  }
  for (const ex of Array.from(extensible.getElementsByTagNameNS(W16CEX_NS, 'commentExtensible'))) {
    const comment = byDurableId.get((ex.getAttributeNS(W16CEX_NS, 'durableId') ?? '').toUpperCase());
    const utc = wordDate(ex.getAttributeNS(W16CEX_NS, 'dateUtc'));
    if (comment && utc) comment.date = utc;
  }
}

function applyExtended(doc: Document, byParaId: Map<string, WordComment>): void {
  for (const ex of Array.from(doc.getElementsByTagNameNS(W15_NS, 'commentEx'))) {
    const comment = byParaId.get((ex.getAttributeNS(W15_NS, 'paraId') ?? '').toUpperCase());
    if (!comment) continue;
    const parent = byParaId.get((ex.getAttributeNS(W15_NS, 'paraIdParent') ?? '').toUpperCase());
    if (parent && parent !== comment) comment.parentWordId = parent.wordId;
    comment.done = ['1', 'true', 'on'].includes(ex.getAttributeNS(W15_NS, 'done') ?? '');
  }
}
