// Word's review content that Planverk cannot hold as suggestions, so it reads as accepted, as mammoth reads it: tracked
// changes in footnotes and endnotes (a Planverk footnote is plain text in an attribute) and formatting changes (Planverk
// suggests text, not formatting: the text shows the formatting as changed). Nothing of the text is lost; the import says
// what was accepted, so nobody takes it for an oversight of the sender.
import { wordImportWarning, type WordImportWarning } from '../../../../shared/i18n/wordImportMessages';
import type { DocxXml } from '../docxLimits';

const TEXT_CHANGE = /<(?:[\w.-]+:)?(?:ins|del|moveTo|moveFrom)[\s/>]/;
const FORMAT_CHANGE = /<(?:[\w.-]+:)?(?:rPrChange|pPrChange|tblPrChange|tblPrExChange|trPrChange|tcPrChange|tblGridChange|sectPrChange|numberingChange)[\s/>]/g;

export function acceptedReviewWarnings(xml: DocxXml): WordImportWarning[] {
  const warnings: WordImportWarning[] = [];
  const notes = [xml.text(xml.paths.related('footnotes')), xml.text(xml.paths.related('endnotes'))];
  if (notes.some((part) => TEXT_CHANGE.test(part ?? ''))) warnings.push(wordImportWarning('noteChangesAccepted'));
  const formatting = xml.text(xml.paths.main)?.match(FORMAT_CHANGE)?.length ?? 0;
  if (formatting > 0) warnings.push(wordImportWarning('formatChangesAccepted', { count: formatting }));
  return warnings;
}
