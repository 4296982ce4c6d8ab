// A .docx as semantic HTML (mammoth), refused with NOT_DOCX when it is not a Word document.
import mammoth from 'mammoth';
import { PlanverkError } from '../../../shared/api/errors';
import { wordImportWarning, type WordImportWarning } from '../../../shared/i18n/wordImportMessages';
import { checkDocxSize } from './docxLimits';
import { acceptedReviewWarnings } from './review/acceptedReview';
import { prepareWordReview, type WordReview } from './review/wordReview';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** `review`: the document's tracked changes and comments, present as markers in `html` (null: it has none). */
export type WordHtml = { html: string; warnings: WordImportWarning[]; review: WordReview | null };

/** `name` is the file's name, for the sentence that refuses a document too large to import. */
export async function docxToHtml(bytes: Uint8Array, name = 'dokumentet'): Promise<WordHtml> {
  if (startsWith(bytes, OLE_MAGIC)) throw new PlanverkError('NOT_DOCX', 'eldre Word-format (.doc): lagre som .docx i Word først');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new PlanverkError('NOT_DOCX', 'filen er ikke en .docx-pakke');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const xml = checkDocxSize(buffer, name);
  const prepared = prepareWordReview(xml, name);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    // mammoth keeps images as data: URLs; the importer turns them into assets after sanitising.
    result = await mammoth.convertToHtml({ buffer: prepared?.bytes ?? buffer });
  } catch (err) {
    throw new PlanverkError('NOT_DOCX', String((err as Error)?.message ?? err).slice(0, 200));
  }
  const warnings = result.messages.filter((m) => m.type === 'error').map((m) => wordImportWarning('mammoth', { message: m.message.slice(0, 200) }));
  warnings.push(...acceptedReviewWarnings(xml));
  return { html: result.value, warnings, review: prepared?.review ?? null };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
