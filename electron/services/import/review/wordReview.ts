// Word's review content (tracked changes, comments) read before mammoth: the main part rewritten with markers
// (markReviewXml.ts) and repacked, the comments read from their own parts. A document without any is left alone.
import { zipSync, type Zippable } from 'fflate';
import type { DocxXml } from '../docxLimits';
import { relsPathOf } from '../docxParts';
import { hasReviewMarkup, markReviewXml, type MarkedDocument } from './markReviewXml';
import { commentsInFrames, type FramePlace } from './frameComments';
import { commentsInNotes } from './noteReview';
import { refuse } from './safeXml';
import { readWordComments, type WordComment } from './wordComments';

/** `threadsKnown`: the file says which comment answers which (commentsExtended.xml); Google Docs' files do not. */
/** `frames`: comments in headers and footers, by Word id (frameComments.ts). */
export type WordReview = { marked: MarkedDocument; comments: WordComment[]; threadsKnown: boolean; frames: Map<string, FramePlace> };

const COMMENT = /<(?:[\w.-]+:)?comment[\s>]/;

/**
 * `xml`: the package's parts as checkDocxSize read them; null when neither the text has review markup nor the
 * package any comment (comments anchored only in footnotes or headers are still comments to bring in).
 */
export function prepareWordReview(xml: DocxXml, fileName: string): { bytes: Buffer; review: WordReview } | null {
  const { paths, text } = xml;
  const main = text(paths.main);
  const commentsPath = paths.related('comments');
  const commentsXml = text(commentsPath);
  if (!main || (!hasReviewMarkup(main) && !COMMENT.test(commentsXml ?? ''))) return null;
  let marked: MarkedDocument;
  let comments: WordComment[];
  let frames: Map<string, FramePlace>;
  const extended = text(paths.related('commentsExtended'));
  try {
    const notes = commentsInNotes({ footnotes: text(paths.related('footnotes')), endnotes: text(paths.related('endnotes')) }, fileName);
    marked = markReviewXml(main, fileName, notes);
    frames = commentsInFrames(xml, fileName);
    comments = readWordComments(
      { comments: commentsXml, rels: commentsPath === null ? undefined : text(relsPathOf(commentsPath)), extended, ids: text(paths.related('commentsIds')), extensible: text(paths.related('commentsExtensible')) },
      fileName,
    );
  } catch (err) {
    // Elements nested tens of thousands deep exhaust the stack (of the parser or the walk); Word never nests so.
    if (err instanceof RangeError) throw refuse(fileName, 'docx.nesting');
    throw err;
  }
  // Repacked from the parts checkDocxSize already unpacked within the limits; stored (level 0), since mammoth unpacks
  // it at once.
  const files: Zippable = {};
  for (const [name, data] of xml.parts) files[name] = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  files[paths.main] = new TextEncoder().encode(marked.xml);
  return { bytes: Buffer.from(zipSync(files, { level: 0 })), review: { marked, comments, threadsKnown: extended !== undefined, frames } };
}
