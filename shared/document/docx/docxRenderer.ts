// DocModel → .docx bytes with the `docx` package: cover, a table of contents written with its entries (so Word and
// LibreOffice show it on first open), Word's built-in styles, footer "Side X av Y", optional watermark, language and title.
import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TableOfContents,
  TextRun,
  type Table,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { safeTextColor } from '../contrast';
import { base64ToBytes } from '../imageSize';
import type { Block, DocModel, TableOrientation } from '../model';
import { FOOTER_FONT_PT } from '../footerLine';
import { pageRuns } from '../tableLayout';
import { A4_TWIPS, blocksToDocx, LANDSCAPE_TEXT_WIDTH_TWIPS, PAGE_MARGIN_TWIPS, runsOf, TEXT_WIDTH_TWIPS, type DocxContext } from './blocks';
import { hasReviewContent } from '../review';
import { docxComments, docxReview, documentCommentMarkers, type DocxReview } from './review';
import { svgPictureRun, type SvgRasterizer } from './svgPicture';
import { sectionChrome } from './sectionChrome';
import { applyTemplate } from './templatePackage';
import { templateRoleStyles } from './templateStyles';
import { watermarkParagraph } from './watermark';
import type { WordTemplate } from './wordTemplate';

/** w:kern's threshold in half-points: text of 12 pt and up is kerned. */
const KERN_FROM = 24;

export type DocxOptions = {
  /** Write page numbers into the TOC by laying out the pages (slow: seconds for a long plan). Without it the entries
   * are written without numbers, and Word fills them in when the user updates the table. */
  pageNumbers?: boolean;
  /** Written as the document's created/modified time; fixed in tests so output is byte-stable. */
  date?: Date;
  /** Draws PNG fallbacks so SVG pictures (the milestone timeline) appear in Word; the export service passes resvg's. */
  rasterize?: SvgRasterizer;
  /** The municipality's Word template (read and checked by the services): its styles and headers/footers win. */
  template?: WordTemplate;
};

export function buildDocx(model: DocModel, options: DocxOptions = {}): Document {
  const { meta } = model;
  const color = safeTextColor(`#${meta.color}`).replace('#', '');
  let instances = 0;
  const tableStyle = options.template?.styles ? templateRoleStyles(options.template.styles).find((s) => s.role === 'Table')?.id : undefined;
  const review = hasReviewContent(model) ? docxReview(model) : undefined;
  const ctx: DocxContext = { headerFill: color, nextListInstance: () => ++instances, rasterize: options.rasterize, tableStyle, review };
  const front: (Paragraph | Table | TableOfContents)[] = [...coverParagraphs(model, options.rasterize, review)];
  const tocBlock = model.blocks.find((b) => b.kind === 'toc');
  if (tocBlock?.kind === 'toc') front.push(...tocParagraphs(tocBlock, !!options.pageNumbers));
  // A wide table gets a landscape section of its own (see tableLayout.ts); the rest stays portrait.
  const runs = pageRuns(model.blocks.filter((b) => b.kind !== 'toc'));
  const bodies: { orientation: TableOrientation; children: (Paragraph | Table | TableOfContents)[] }[] = runs.map((run) => ({
    orientation: run.orientation,
    children: blocksToDocx(run.blocks, ctx),
  }));
  if (bodies[0]?.orientation === 'portrait') bodies[0].children.unshift(...front);
  else bodies.unshift({ orientation: 'portrait', children: front });
  const watermark = meta.watermark ? watermarkParagraph(meta.watermark, meta.font) : undefined;
  const pageNumber = [`${meta.pageWord}\u00a0`, PageNumber.CURRENT, `\u00a0${meta.ofWord}\u00a0`, PageNumber.TOTAL_PAGES];
  // The page number sits at the right margin, which is further out on a landscape page.
  const footer = (width: number) =>
    new Footer({
      children: [
        new Paragraph({
          style: 'Footer',
          tabStops: [{ type: TabStopType.RIGHT, position: width }],
          // The footer's size (the builder shortened the title to fit it) and no-break spaces: «Side X av Y» never wraps.
          children: meta.footerRuns
            ? // A compare redline's footer: the title and version with their changes, then the page number as always.
              [...runsOf(meta.footerRuns, review, { size: FOOTER_FONT_PT * 2 }), new TextRun({ size: FOOTER_FONT_PT * 2, children: ['\t', ...pageNumber] })]
            : [new TextRun({ size: FOOTER_FONT_PT * 2, children: [meta.footerText, '\t', ...pageNumber] })],
        }),
      ],
    });
  const lang = { value: meta.lang };
  return new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author ?? 'Planverk',
    description: meta.subject,
    lastModifiedBy: 'Planverk',
    features: { updateFields: false },
    ...(review ? { comments: docxComments(review) } : {}),
    // Laying the pages out as Word would gives the TOC page numbers, but costs seconds per hundred pages; off by default.
    ...(options.pageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    styles: {
      default: {
        document: { run: { font: meta.font, size: 22, language: lang }, paragraph: { spacing: { after: 120, line: 276 } } },
        // Kerning from 12 pt up (w:kern, half-points), as Word's own heading styles have it: headings and the title
        // are kerned, body and table text not (Word's default, which the PDF follows too: typstProgram.ts).
        title: { run: { font: meta.font, size: 52, bold: true, color, kern: KERN_FROM } },
        heading1: { run: { font: meta.font, size: 32, bold: true, color, kern: KERN_FROM }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: meta.font, size: 26, bold: true, color, kern: KERN_FROM }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font: meta.font, size: 24, bold: true, color: '1F1F1F', kern: KERN_FROM }, paragraph: { spacing: { before: 160, after: 80 } } },
        caption: { run: { font: meta.font, size: 20, bold: true, italics: false, color: '1F1F1F' }, paragraph: { spacing: { before: 120, after: 60 } } },
      },
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', run: { italics: true }, paragraph: { indent: { left: 720, right: 720 } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 32, color: '404040' } },
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true, color }, paragraph: { spacing: { after: 200 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes: Object.fromEntries(model.footnotes.map((f) => [String(f.id), { children: [new Paragraph({ children: runsOf(f.runs, review) })] }])),
    sections: bodies.map((b, i) => ({
      properties: {
        // Only the first section has the cover, which has no footer.
        titlePage: i === 0,
        page: {
          size: { ...A4_TWIPS, orientation: b.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: PAGE_MARGIN_TWIPS, bottom: PAGE_MARGIN_TWIPS, left: PAGE_MARGIN_TWIPS, right: PAGE_MARGIN_TWIPS },
        },
      },
      ...sectionChrome({ cover: i === 0, template: options.template, watermark, footer: () => footer(b.orientation === 'landscape' ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS) }),
      children: b.children,
    })),
  });
}

function coverParagraphs(model: DocModel, rasterize: SvgRasterizer | undefined, review: DocxReview | undefined): Paragraph[] {
  const { cover } = model;
  const out: Paragraph[] = [];
  // An SVG coat of arms (the profile allows one) is drawn like other SVG pictures: itself plus a PNG fallback for Word.
  const svgLogo =
    cover.logo?.mime === 'image/svg+xml' && rasterize
      ? svgPictureRun({ dataBase64: cover.logo.dataBase64, displayWidthPx: 120, altText: { name: cover.logo.alt.slice(0, 100), description: cover.logo.alt, title: cover.logo.alt }, rasterize })
      : null;
  if (svgLogo) out.push(new Paragraph({ children: [svgLogo] }));
  if (cover.logo && (cover.logo.mime === 'image/png' || cover.logo.mime === 'image/jpeg' || cover.logo.mime === 'image/gif')) {
    const w = cover.logo.widthPx ?? 120;
    const h = cover.logo.heightPx ?? 120;
    const scale = Math.min(1, 120 / h);
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: cover.logo.mime === 'image/png' ? 'png' : cover.logo.mime === 'image/jpeg' ? 'jpg' : 'gif',
            data: base64ToBytes(cover.logo.dataBase64),
            transformation: { width: Math.round(w * scale), height: Math.round(h * scale) },
            altText: { name: cover.logo.alt.slice(0, 100), description: cover.logo.alt, title: cover.logo.alt },
          }),
        ],
      }),
    );
  }
  // A compare redline's cover texts are runs with their changes (the status line's bold is in its runs).
  const r = cover.runs;
  const municipality = r ? runsOf(r.municipality, review, { bold: true, size: 32 }) : cover.municipality ? [new TextRun({ text: cover.municipality, bold: true, size: 32 })] : [];
  if (municipality.length) out.push(new Paragraph({ spacing: { before: 240, after: 1200 }, children: municipality }));
  const onDocument = review ? documentCommentMarkers(review) : { before: [], after: [] };
  out.push(new Paragraph({ style: 'Title', children: [...onDocument.before, ...(r ? runsOf(r.title, review) : [new TextRun(cover.title)]), ...onDocument.after] }));
  const subtitle = r ? runsOf(r.subtitle, review) : cover.subtitle ? [new TextRun(cover.subtitle)] : [];
  if (subtitle.length) out.push(new Paragraph({ style: 'Subtitle', children: subtitle }));
  const lines = r ? r.lines.map((line) => runsOf(line, review, { size: 24 })) : cover.lines.map((line, i) => [new TextRun({ text: line, bold: i === 0, size: 24 })]);
  lines.forEach((children, i) => out.push(new Paragraph({ spacing: { before: i === 0 ? 1200 : 0 }, children })));
  return out;
}

/**
 * The table of contents: Word's TOC field with its result written in advance (one hyperlinked entry per heading, the
 * same list the HTML TOC shows), clean, so Word and LibreOffice show it on first open and Word does not ask to update.
 */
function tocParagraphs(block: Extract<Block, { kind: 'toc' }>, laidOut: boolean): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [new TextRun(block.title)] }),
    new TableOfContents(block.title, {
      hyperlink: true,
      headingStyleRange: '1-3',
      beginDirty: false,
      // Our own entries (clean, hyperlinked to the heading bookmarks) unless the pages are laid out, when the docx
      // package writes them itself with PAGEREF page numbers.
      ...(laidOut ? {} : { cachedEntries: block.entries.map((e) => ({ title: e.number ? `${e.number} ${e.text}` : e.text, level: e.level, href: e.id })) }),
    }),
  ];
}

/** The .docx file as bytes; works in Node and in the browser. */
export async function renderDocx(model: DocModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const doc = buildDocx(model, options);
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc, false, coreOverride(model, options)));
  return options.template ? applyTemplate(bytes, options.template, model.meta.lang) : bytes;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the document language, which the docx package does not write. */
function coreOverride(model: DocModel, options: DocxOptions): { path: string; data: string }[] {
  const { meta } = model;
  const when = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const data =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(meta.title)}</dc:title>` +
    (meta.subject ? `<dc:subject>${xml(meta.subject)}</dc:subject>` : '') +
    `<dc:creator>${xml(meta.author ?? 'Planverk')}</dc:creator>` +
    `<cp:lastModifiedBy>Planverk</cp:lastModifiedBy>` +
    `<dc:language>${meta.lang}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>';
  return [{ path: 'docProps/core.xml', data }];
}
