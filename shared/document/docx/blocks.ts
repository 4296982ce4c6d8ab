// DocModel blocks → docx paragraphs and tables. Headings use Word's built-in Heading 1–3 styles with a bookmark each,
// captions the built-in Caption style, header rows are marked to repeat on every page.
import {
  AlignmentType,
  Bookmark,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { withNonBreakingCodeHyphens } from '../codes';
import { base64ToBytes } from '../imageSize';
import type { Block, Caption, Inline, TableCell as ModelCell } from '../model';
import { columnWidthsPt, isUnbreakable, TABLE_FONT_PT } from '../tableLayout';
import { changedRun, commentMarkers, paragraphMark, type DocxReview } from './review';
import { svgPictureRun, type SvgRasterizer } from './svgPicture';

/** A4 with 2.5 cm margins: the text column in twips, and in pixels at 96 dpi for images. */
export const PAGE_MARGIN_TWIPS = 1418;
export const A4_TWIPS = { width: 11906, height: 16838 };
export const TEXT_WIDTH_TWIPS = A4_TWIPS.width - 2 * PAGE_MARGIN_TWIPS;
/** The text column of a landscape section, where wide tables go (see tableLayout.ts). */
export const LANDSCAPE_TEXT_WIDTH_TWIPS = A4_TWIPS.height - 2 * PAGE_MARGIN_TWIPS;
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH_TWIPS / 1440) * 96);

export type DocxContext = {
  /** Primary colour (hex without '#') used behind header cells, already checked for contrast with white. */
  headerFill: string;
  /** Numbering instances: every ordered list restarts at 1. */
  nextListInstance: () => number;
  /** Draws the PNG fallback Word needs for an SVG picture; without it an SVG shows as its alt text. */
  rasterize?: SvgRasterizer;
  /** The municipality template's table style id: its header row look replaces our coloured header cells. */
  tableStyle?: string | undefined;
  /** Suggestions and comments are drawn only when the document carries them (see review.ts). */
  review?: DocxReview | undefined;
};

/** The BCP 47 tag of a run's målform, as the document's own language is written. */
const RUN_LANG = { nb: 'nb-NO', nn: 'nn-NO' } as const;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function runsOf(runs: Inline[], review: DocxReview | undefined, extra: { bold?: boolean; color?: string; size?: number } = {}): ParagraphChild[] {
  return runs.flatMap((r): ParagraphChild | ParagraphChild[] => {
    if (r.kind === 'break') return new TextRun({ break: 1 });
    if (r.kind === 'footnoteRef') return new FootnoteReferenceRun(r.id);
    if (r.kind === 'commentStart' || r.kind === 'commentEnd') return review ? commentMarkers(r.kind, r.id, review) : [];
    const options = {
      text: withNonBreakingCodeHyphens(r.text),
      bold: r.bold || extra.bold,
      italics: r.italic,
      underline: r.underline ? {} : undefined,
      color: extra.color,
      size: extra.size,
      style: r.link ? 'Hyperlink' : undefined,
      // A passage in the other målform: Word's proofing and screen readers read it in that language (w:lang).
      language: r.lang ? { value: RUN_LANG[r.lang] } : undefined,
    };
    if (!r.change || !review) return r.link ? new ExternalHyperlink({ link: r.link, children: [new TextRun(options)] }) : new TextRun(options);
    const { before, run, after } = changedRun(r.change, options, review);
    return [...before, r.link ? new ExternalHyperlink({ link: r.link, children: [run] }) : run, ...after];
  });
}

function captionParagraph(caption: Caption, keepNext: boolean): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext, children: [new Bookmark({ id: caption.id, children: [new TextRun(caption.full)] })] });
}

export function blocksToDocx(blocks: Block[], ctx: DocxContext, listLevel = 0): (Paragraph | Table)[] {
  return blocks.flatMap((b) => blockToDocx(b, ctx, listLevel));
}

function blockToDocx(block: Block, ctx: DocxContext, listLevel: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': {
      const text = block.number ? `${block.number} ${block.text}` : block.text;
      // A heading in the other målform (a chapter written in it): w:lang on its runs, as on the chapter's text.
      const lang = block.lang ? { language: { value: RUN_LANG[block.lang] } } : {};
      // A compare redline's heading carries its words as runs with tracked changes (review content).
      const children = block.runs
        ? [...(block.number ? [new TextRun({ text: `${block.number} `, ...lang })] : []), ...runsOf(block.lang ? block.runs.map((r) => (r.kind === 'text' ? { lang: block.lang, ...r } : r)) : block.runs, ctx.review)]
        : [new TextRun({ text, ...lang })];
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore: block.level === 1 && block.inToc,
          keepNext: true,
          children: [new Bookmark({ id: block.id, children })],
        }),
      ];
    }
    case 'paragraph':
      return [new Paragraph({ ...paragraphMark(block.breakChange, ctx.review), children: runsOf(block.runs, ctx.review) })];
    case 'quote':
      // Word's built-in Quote style, so a municipality template restyles quotations from white papers too.
      return block.blocks.flatMap((b) => (b.kind === 'paragraph' ? [new Paragraph({ style: 'Quote', ...paragraphMark(b.breakChange, ctx.review), children: runsOf(b.runs, ctx.review) })] : blockToDocx(b, ctx, listLevel)));
    case 'list':
      return listToDocx(block, ctx, listLevel);
    case 'table':
      return tableToDocx(block, ctx);
    case 'image':
      return imageToDocx(block, ctx);
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'toc':
      return []; // written by the document renderer, which owns the field
  }
}

function listToDocx(block: Extract<Block, { kind: 'list' }>, ctx: DocxContext, level: number): Paragraph[] {
  const instance = block.ordered ? ctx.nextListInstance() : 0;
  const out: Paragraph[] = [];
  for (const item of block.items) {
    let first = true;
    for (const b of item) {
      if (b.kind === 'list') {
        out.push(...listToDocx(b, ctx, Math.min(level + 1, 8)));
        continue;
      }
      const runs = b.kind === 'paragraph' ? b.runs : b.kind === 'heading' ? [{ kind: 'text' as const, text: b.text }] : null;
      if (!runs) {
        out.push(...(blockToDocx(b, ctx, level).filter((p) => p instanceof Paragraph) as Paragraph[]));
        continue;
      }
      const marker = first
        ? block.ordered
          ? { numbering: { reference: 'ordered', level, instance } }
          : { bullet: { level } }
        : { indent: { left: 720 * (level + 1) } };
      out.push(new Paragraph({ ...marker, ...paragraphMark(b.kind === 'paragraph' ? b.breakChange : undefined, ctx.review), children: runsOf(runs, ctx.review) }));
      first = false;
    }
  }
  return out;
}

/** A figure or code kept on one line in Word: non-breaking spaces and hyphens (U+2011), which Word does not break at. */
function unbreakableRuns(runs: Inline[]): Inline[] {
  return runs.map((r) => (r.kind === 'text' ? { ...r, text: r.text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011') } : r));
}

/** Table text in half-points: the size tableLayout.ts measured the columns for. */
const TABLE_SIZE = Math.round(TABLE_FONT_PT * 2);
const twipsOf = (pt: number): number => Math.floor(pt * 20);

type CellPlace = { header: boolean; emphasis: boolean; /** keep this row on the page of the next one */ keepNext: boolean; widthTwips: number };

function cellToDocx(cell: ModelCell, ctx: DocxContext, place: CellPlace): TableCell {
  const { header, emphasis, keepNext } = place;
  const align = cell.align === 'right' ? AlignmentType.RIGHT : undefined;
  const keep = !header && isUnbreakable(cell);
  // With a template table style the style draws the header row; the cells stay bold, as header cells read.
  const styled = ctx.tableStyle !== undefined;
  const headerLook = styled ? { bold: true } : { bold: true, color: 'FFFFFF' };
  const look = { size: TABLE_SIZE, ...(header ? headerLook : emphasis || cell.rowHeader ? { bold: true } : {}) };
  const paragraphs = cell.blocks.flatMap((b) => {
    if (b.kind === 'paragraph') {
      const runs = keep ? unbreakableRuns(b.runs) : b.runs;
      return [new Paragraph({ alignment: align, keepNext, ...paragraphMark(b.breakChange, ctx.review), children: runsOf(runs, ctx.review, look) })];
    }
    return blockToDocx(b, ctx, 0).filter((p): p is Paragraph => p instanceof Paragraph);
  });
  return new TableCell({
    columnSpan: cell.colSpan,
    width: { size: place.widthTwips, type: WidthType.DXA },
    shading: header && !styled ? { type: ShadingType.CLEAR, color: 'auto', fill: ctx.headerFill } : header ? undefined : emphasis ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } : undefined,
    children: paragraphs.length ? paragraphs : [new Paragraph({ keepNext })],
  });
}

/** A row's cells with the width each spans, in twips, from the table's grid. */
function rowCells(cells: ModelCell[], widths: number[], place: Omit<CellPlace, 'widthTwips'>, ctx: DocxContext): TableCell[] {
  let column = 0;
  return cells.map((c) => {
    const span = c.colSpan ?? 1;
    const widthTwips = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return cellToDocx(c, ctx, { ...place, widthTwips });
  });
}

function tableToDocx(block: Extract<Block, { kind: 'table' }>, ctx: DocxContext): (Paragraph | Table)[] {
  // Fixed layout with the widths tableLayout.ts sized from the content, so Word and LibreOffice draw what the PDF draws.
  const widths = columnWidthsPt(block).map(twipsOf);
  const textWidth = widths.reduce((a, b) => a + b, 0);
  // Header rows repeat on every page and keep with the first body row; a theme row keeps with its first area; no row
  // is split across pages (Word still breaks one taller than a page).
  const rows = [
    ...block.headerRows.map((cells) => new TableRow({ tableHeader: true, cantSplit: true, children: rowCells(cells, widths, { header: true, emphasis: false, keepNext: true }, ctx) })),
    ...block.bodyRows.map(
      (row) => new TableRow({ cantSplit: true, children: rowCells(row.cells, widths, { header: false, emphasis: row.emphasis !== undefined, keepNext: row.emphasis === 'group' }, ctx) }),
    ),
  ];
  const out: (Paragraph | Table)[] = [];
  if (block.caption) out.push(captionParagraph(block.caption, true));
  if (rows.length) out.push(new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: textWidth, type: WidthType.DXA }, ...(ctx.tableStyle ? { style: ctx.tableStyle } : {}) }));
  // Word merges two tables that touch; a paragraph after each keeps them apart.
  out.push(new Paragraph({}));
  return out;
}

function imageToDocx(block: Extract<Block, { kind: 'image' }>, ctx: DocxContext): Paragraph[] {
  const { image } = block;
  const altText = block.decorative ? { name: 'Dekorativt bilde', description: '', title: '' } : { name: block.alt.slice(0, 100), description: block.alt, title: block.alt };
  const w = image.widthPx ?? 400;
  const h = image.heightPx ?? 300;
  const scale = Math.min(1, TEXT_WIDTH_PX / w);
  const run = pictureRun(block, Math.round(w * scale), Math.round(h * scale), altText, ctx);
  const out: Paragraph[] = [];
  // Without a picture (WebP, or an SVG nothing could draw a fallback for) the alt text stands in.
  if (!run) out.push(new Paragraph({ children: [new TextRun({ text: block.alt || block.image.assetId, italics: true })] }));
  else out.push(new Paragraph({ keepNext: block.caption !== null, children: [run] }));
  if (block.caption) out.push(captionParagraph(block.caption, false));
  return out;
}

function pictureRun(block: Extract<Block, { kind: 'image' }>, width: number, height: number, altText: { name: string; description: string; title: string }, ctx: DocxContext): ImageRun | null {
  const { image } = block;
  if (image.mime === 'image/svg+xml') return ctx.rasterize ? svgPictureRun({ dataBase64: image.dataBase64, displayWidthPx: width, altText, rasterize: ctx.rasterize }) : null;
  const type = image.mime === 'image/png' ? 'png' : image.mime === 'image/jpeg' ? 'jpg' : image.mime === 'image/gif' ? 'gif' : null;
  return type ? new ImageRun({ type, data: base64ToBytes(image.dataBase64), transformation: { width, height }, altText }) : null;
}
