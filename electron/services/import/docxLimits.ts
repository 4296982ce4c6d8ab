// How far a Word document may expand: checked on the zip and on word/document.xml before mammoth reads anything, so a
// 125 KB file holding 50 MB of text is refused in well under a second instead of keeping the import busy for minutes.
import { PlanverkError, type ErrorSentence } from '../../../shared/api/errors';
import { readZipWithinLimits, ZipRefused } from '../files/zipEntries';
import { locateDocxParts, type DocxParts } from './docxParts';

const MB = 1024 * 1024;
/** The .docx file itself (pictures included). */
export const MAX_DOCX_FILE_BYTES = 50 * MB;
export const DOCX_ZIP_LIMITS = { maxEntries: 5000, maxEntryBytes: 60 * MB, maxTotalBytes: 120 * MB };
/** A 300-page plan has some 6,000 paragraphs; the cap leaves room for far more. */
export const MAX_DOCX_PARAGRAPHS = 30_000;
/** Word comments (replies included): each becomes a row of 17 logged fields. */
export const MAX_DOCX_COMMENTS = 10_000;
/** About 2,500 pages of text; the import of that much stays under 500 MB of memory. */
export const MAX_DOCX_TEXT_CHARS = 5_000_000;

/** Word's tracked changes (w:ins, w:del, moves): each becomes a mark on its text, with an id and author of its own. */
export const MAX_DOCX_CHANGES = 50_000;

// Any namespace prefix: the XML names the namespace, and a file that calls it «x:» must not slip past the caps.
const PARAGRAPH = /<(?:[\w.-]+:)?p[\s>/]/g;
// Deleted text (tracked changes) is imported too, so it counts.
const TEXT_RUN = /<((?:[\w.-]+:)?(?:t|delText))(?:\s[^>]*)?>([^<]*)<\/\1>/g;
const CHANGE = /<(?:[\w.-]+:)?(?:ins|del|moveTo|moveFrom)[\s>/]/g;

export function docxTooLarge(name: string, what: ErrorSentence): PlanverkError {
  return new PlanverkError('FILE_TOO_LARGE', undefined, { key: 'docxTooLarge', params: { name, what } });
}

function count(text: string, pattern: RegExp, limit: number, measure: (m: RegExpExecArray) => number = () => 1): number {
  let total = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    total += measure(m);
    if (total > limit) return total;
  }
  return total;
}

/** The package's parts, where its main part and review parts are, and a part's text by path. */
export type DocxXml = { paths: DocxParts; parts: ReadonlyMap<string, Buffer>; text(path: string | null): string | undefined };

/**
 * Refuses (FILE_TOO_LARGE or NOT_DOCX) a Word file that would expand past the caps; `name` names it in the sentence.
 * Returns the package's parts (read once, within the same limits) and where the main part is.
 */
export function checkDocxSize(bytes: Buffer, name: string): DocxXml {
  let read: Map<string, Buffer>;
  try {
    // Every part is kept (the limits bound them): the main part may have any name the relationships give it.
    read = readZipWithinLimits(bytes, DOCX_ZIP_LIMITS, () => true);
  } catch (err) {
    if (!(err instanceof ZipRefused)) throw err;
    if (err.problem.kind === 'not-zip') throw new PlanverkError('NOT_DOCX', 'filen er ikke en lesbar .docx-pakke');
    if (err.problem.kind === 'too-many-entries') throw docxTooLarge(name, { key: 'zip.parts', params: { count: String(DOCX_ZIP_LIMITS.maxEntries) } });
    throw docxTooLarge(name, { key: 'zip.entry', params: { entry: err.problem.entry.slice(0, 100), mb: DOCX_ZIP_LIMITS.maxEntryBytes / MB } });
  }
  const text = (path: string | null): string | undefined => (path === null ? undefined : read.get(path)?.toString('utf8'));
  const paths = locateDocxParts(text);
  const main = read.get(paths.main);
  if (!main) return { paths, parts: read, text }; // mammoth says what is missing
  const xml = main.toString('utf8');
  if (count(xml, PARAGRAPH, MAX_DOCX_PARAGRAPHS) > MAX_DOCX_PARAGRAPHS) throw docxTooLarge(name, { key: 'docx.paragraphs', params: { count: MAX_DOCX_PARAGRAPHS } });
  if (count(xml, TEXT_RUN, MAX_DOCX_TEXT_CHARS, (m) => m[2]!.length) > MAX_DOCX_TEXT_CHARS) {
    throw docxTooLarge(name, { key: 'docx.text', params: { count: MAX_DOCX_TEXT_CHARS / 1_000_000 } });
  }
  if (count(xml, CHANGE, MAX_DOCX_CHANGES) > MAX_DOCX_CHANGES) throw docxTooLarge(name, { key: 'docx.changes', params: { count: MAX_DOCX_CHANGES } });
  return { paths, parts: read, text };
}
