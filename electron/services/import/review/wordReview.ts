// Word's review content (tracked changes, comments) read before mammoth: the main part rewritten with markers
// (markReviewXml.ts) and repacked, the comments read from their own parts. A document without any is left alone.
import { zipSync, type Zippable } from 'fflate';
import { readZipWithinLimits } from '../../files/zipEntries';
import { DOCX_ZIP_LIMITS, MAIN_PART } from '../docxLimits';
import { hasReviewMarkup, markReviewXml, type MarkedDocument } from './markReviewXml';
import { refuse } from './safeXml';
import { readWordComments, type WordComment } from './wordComments';

export const COMMENTS_PART = 'word/comments.xml';
export const COMMENTS_EXTENDED_PART = 'word/commentsExtended.xml';
export const REVIEW_PARTS = [COMMENTS_PART, COMMENTS_EXTENDED_PART] as const;

export type WordReview = { marked: MarkedDocument; comments: WordComment[] };

/** `parts` holds the main part and REVIEW_PARTS (as checkDocxSize read them); null when the text has no review markup. */
export function prepareWordReview(bytes: Buffer, parts: ReadonlyMap<string, Buffer>, fileName: string): { bytes: Buffer; review: WordReview } | null {
  const main = parts.get(MAIN_PART)?.toString('utf8');
  if (!main || !hasReviewMarkup(main)) return null;
  let marked: MarkedDocument;
  let comments: WordComment[];
  try {
    marked = markReviewXml(main, fileName);
    comments = readWordComments(parts.get(COMMENTS_PART)?.toString('utf8'), parts.get(COMMENTS_EXTENDED_PART)?.toString('utf8'), fileName);
  } catch (err) {
    // Elements nested tens of thousands deep exhaust the stack (of the parser or the walk); Word never nests so.
    if (err instanceof RangeError) throw refuse(fileName, 'docx.nesting');
    throw err;
  }
  // The limits were checked on these bytes a moment ago; stored (level 0), since mammoth unpacks it at once.
  const files: Zippable = {};
  for (const [name, data] of readZipWithinLimits(bytes, DOCX_ZIP_LIMITS, () => true)) files[name] = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  files[MAIN_PART] = new TextEncoder().encode(marked.xml);
  return { bytes: Buffer.from(zipSync(files, { level: 0 })), review: { marked, comments } };
}
