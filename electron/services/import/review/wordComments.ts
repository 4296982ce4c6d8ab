// Word's comments: word/comments.xml (author, initials, date, text) and, where Word 2013+ wrote it,
// word/commentsExtended.xml (which comment answers which, and whether a thread is resolved).
import { docxTooLarge, MAX_DOCX_COMMENTS } from '../docxLimits';
import { wordDate } from './markReviewXml';
import { parseWordXml, W14_NS, W15_NS, W_NS, wAttr, wChildren } from './safeXml';

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

export function readWordComments(commentsXml: string | undefined, extendedXml: string | undefined, fileName: string): WordComment[] {
  if (!commentsXml) return [];
  const doc = parseWordXml(commentsXml, fileName);
  const byParaId = new Map<string, WordComment>();
  const elements = wChildren(doc.documentElement, 'comment');
  if (elements.length > MAX_DOCX_COMMENTS) throw docxTooLarge(fileName, { key: 'docx.comments', params: { count: MAX_DOCX_COMMENTS } });
  const comments = elements.map((el) => {
    const paragraphs = Array.from(el.getElementsByTagNameNS(W_NS, 'p'));
    const comment: WordComment = {
      wordId: wAttr(el, 'id') ?? '',
      author: (wAttr(el, 'author') ?? '').trim(),
      initials: (wAttr(el, 'initials') ?? '').trim(),
      date: wordDate(wAttr(el, 'date')),
      text: paragraphs.map(paragraphText).join('\n').trim(),
      parentWordId: null,
      done: false,
    };
    // commentsExtended names a comment by the paraId of its last paragraph.
    const last = paragraphs[paragraphs.length - 1];
    const paraId = last?.getAttributeNS(W14_NS, 'paraId');
    if (paraId) byParaId.set(paraId.toUpperCase(), comment);
    return comment;
  });
  if (extendedXml) applyExtended(parseWordXml(extendedXml, fileName), byParaId);
  return comments;
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

function paragraphText(p: Element): string {
  let text = '';
  const visit = (el: Element): void => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.namespaceURI === W_NS && c.localName === 't') text += c.textContent ?? '';
      else if (c.namespaceURI === W_NS && c.localName === 'tab') text += '\t';
      else if (c.namespaceURI === W_NS && (c.localName === 'br' || c.localName === 'cr')) text += '\n';
      else if (!(c.namespaceURI === W_NS && c.localName === 'delText')) visit(c);
    }
  };
  visit(p);
  return text;
}
