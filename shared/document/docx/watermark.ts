// The watermark in DOCX: Word's own diagonal text watermark (a shape in the page header), or a line of text at the top
// of every page. Either sits in the header, so it is on every page and outside the document's reading order.
import { AlignmentType, Header, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { DocMeta } from '../model';

export function watermarkHeader(watermark: NonNullable<DocMeta['watermark']>, font: string): Header {
  return new Header({ children: [watermarkParagraph(watermark, font)] });
}

/** The watermark's paragraph, which a municipality template's header part can carry too. */
export function watermarkParagraph(watermark: NonNullable<DocMeta['watermark']>, font: string): Paragraph {
  const run =
    watermark.placement === 'diagonal'
      ? new TextWatermark({ text: watermark.text, font, color: 'C0C0C0' })
      : new TextRun({ text: watermark.text, font, bold: true, size: 18, color: '5A5A5A', characterSpacing: 40 });
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [run] });
}
