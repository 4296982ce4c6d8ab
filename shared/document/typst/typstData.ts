// DocModel → the JSON the fixed Typst program (typstProgram.ts) reads. Everything from the plan travels here as JSON
// data, never as Typst markup, so no text a user typed can become Typst code. Decisions a renderer must not make
// twice are taken here in TypeScript: page runs (tableLayout's orientation), rows padded to their table's columns,
// cells that never break, safe links, image files and sizes, Innhold entries that point at a real heading.
import { splitCodes } from '../codes';
import { safeTextColor } from '../contrast';
import type { Block, Caption, DocModel, Inline, TableCell, TableRow } from '../model';
import { columnWidthsPt, isUnbreakable, pageRuns, rowIsOneLine, wordsFitColumns } from '../tableLayout';
import { typstReview } from './typstReview';

export type TInline =
  /** code: a hyphenated code (codes.ts), drawn in a box so no line breaks at its hyphens. */
  | { kind: 'text'; text: string; bold?: true; italic?: true; underline?: true; link?: string; code?: true; /** a suggested insertion or deletion */ change?: 'ins' | 'del'; /** a passage in the other målform */ lang?: 'nb' | 'nn' }
  | { kind: 'break' }
  | { kind: 'footnote'; runs: TInline[] };

export type TCell = { blocks: TBlock[]; span: number; right: boolean; nowrap: TInline[] | null; rowHeader: boolean };
/** keep: unbreakable (never split across pages); only rows that could split are, see toTypstDoc's table(). */
export type TRow = { cells: TCell[]; emphasis: 'group' | 'subtotal' | 'total' | null; keep: boolean };

export type TBlock =
  /** runs: a redlined heading's words with their changes (drawn); `text` stays the new text for the bookmarks. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string; toc: boolean; chapter: boolean; runs?: TInline[]; /** the heading's målform, when not the document's */ lang?: 'nb' | 'nn' }
  | { kind: 'paragraph'; runs: TInline[] }
  | { kind: 'quote'; blocks: TBlock[] }
  | { kind: 'list'; ordered: boolean; items: TBlock[][] }
  /** hyphenate: only a table some column of which is narrower than its longest word (columnWidths.ts). */
  | { kind: 'table'; caption: string | null; widths: number[]; header: TCell[][]; rows: TRow[]; hyphenate: boolean }
  | { kind: 'image'; path: string | null; alt: string; decorative: boolean; caption: string | null; widthPt: number | null }
  | { kind: 'pageBreak' };

export type TRun = { landscape: boolean; blocks: TBlock[] };

export type TypstDoc = {
  meta: {
    title: string;
    lang: 'nb' | 'nn';
    author: string | null;
    footer: string;
    /** A compare redline's footer text with its changes, drawn instead of `footer`. */
    footerRuns?: TInline[];
    pageWord: string;
    ofWord: string;
    watermark: { text: string; placement: 'diagonal' | 'top' } | null;
    fonts: string[];
    /** Headings, header rows and links: the profile colour, darkened where white text on it would be too faint. */
    color: string;
  };
  cover: {
    municipality: string;
    title: string;
    subtitle: string;
    lines: string[];
    logo: { path: string; alt: string; widthMm: number; heightMm: number } | null;
    /** A compare redline's cover texts with their changes, drawn instead of the strings (the status line's bold in its runs). */
    runs?: { municipality: TInline[]; title: TInline[]; subtitle: TInline[]; lines: TInline[][] };
  };
  toc: { title: string; entries: { level: number; number: string | null; text: string; id: string }[] } | null;
  runs: TRun[];
  /** Comments on the document as a whole (their range is not in it), listed after the text; null without any. */
  comments: { title: string; notes: string[] } | null;
};

/** A file the program reads besides the JSON: the images, by the paths this module gave them. */
export type TypstFile = { path: string; base64: string };

/** Where the program finds its data and images: paths from the root of the compiler's (virtual) workspace. */
export const TYPST_DATA_PATH = '/doc.json';

/**
 * Fonts in order of preference: the profile's font, then Calibri's metric twin Carlito (shipped with the app, see
 * electron/services/export/typstFonts.ts), then common system sans fonts. Typst falls back along this list per glyph.
 */
export const FALLBACK_FONTS = ['Carlito', 'Calibri', 'Liberation Sans', 'Arial', 'DejaVu Sans'];

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const IMAGE_EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp' };
/** Rows shorter than this (in characters) surely fit one page, so they are never split; a longer one may break. */
const KEEP_ROW_CHARS = 2500;
const PX_TO_PT = 0.75;

export function toTypstDoc(model: DocModel): { doc: TypstDoc; files: TypstFile[] } {
  const files: TypstFile[] = [];
  const addImage = (mime: string, base64: string): string | null => {
    const ext = IMAGE_EXT[mime];
    const clean = base64.replace(/\s/g, '');
    if (!ext || !clean || !/^[A-Za-z0-9+/=]*$/.test(clean)) return null;
    const path = `/img/${files.length + 1}.${ext}`;
    files.push({ path, base64: clean });
    return path;
  };
  const footnotes = new Map(model.footnotes.map((f) => [f.id, f.runs]));
  const review = typstReview(model);

  const inlines = (runs: Inline[], depth = 0): TInline[] =>
    runs.flatMap((r): TInline[] => {
      if (r.kind === 'break') return [{ kind: 'break' }];
      if (r.kind === 'footnoteRef') {
        const note = footnotes.get(r.id);
        // A footnote inside a footnote is not something Word or Typst draws; its text stays, the mark goes.
        return note && depth === 0 ? [{ kind: 'footnote', runs: inlines(note, depth + 1) }] : [];
      }
      if (r.kind === 'commentStart') return [];
      if (r.kind === 'commentEnd') {
        // A comment is a note at the end of its range, numbered with the footnotes (tagged as a note in the PDF).
        const note = depth === 0 ? review.notes.get(r.id) : undefined;
        return note ? [{ kind: 'footnote', runs: [{ kind: 'text', text: note }] }] : [];
      }
      // Law ids and other hyphenated codes (codes.ts) become pieces of their own, as the DOCX and HTML renderers keep them.
      return splitCodes(r.text).map((piece): TInline => {
        const out: TInline = { kind: 'text', text: piece.text };
        if (piece.code) out.code = true;
        if (r.bold) out.bold = true;
        if (r.italic) out.italic = true;
        if (r.underline) out.underline = true;
        if (r.link && SAFE_LINK.test(r.link)) out.link = r.link;
        if (r.change) out.change = r.change.kind;
        if (r.lang) out.lang = r.lang;
        return out;
      });
    });

  const cell = (c: TableCell): TCell => ({
    blocks: blocks(c.blocks),
    span: Math.max(1, Math.floor(c.colSpan ?? 1)),
    right: c.align === 'right',
    nowrap: isUnbreakable(c) ? c.blocks.flatMap((b) => (b.kind === 'paragraph' ? inlines(b.runs) : [])) : null,
    rowHeader: !!c.rowHeader,
  });

  /** Cells laid out in the table's columns: spans cut to what is left, short rows filled, so no cell lands in the next row. */
  const fitRow = (cells: TCell[], columns: number): TCell[] => {
    const out: TCell[] = [];
    let used = 0;
    for (const c of cells) {
      if (used >= columns) break;
      const span = Math.min(c.span, columns - used);
      out.push({ ...c, span });
      used += span;
    }
    if (used < columns) out.push({ blocks: [], span: columns - used, right: false, nowrap: null, rowHeader: false });
    return out;
  };

  const table = (b: Extract<Block, { kind: 'table' }>): TBlock => {
    const columns = Math.max(1, b.columnWidths.length);
    const total = b.columnWidths.reduce((x, y) => x + (y > 0 ? y : 0), 0);
    const widths = b.columnWidths.length && total > 0 ? b.columnWidths.map((w) => (w > 0 ? w / total : 0.01)) : [1];
    const widthsPt = columnWidthsPt(b);
    // Typst measures an unbreakable row at unbounded height and then lays it out again at its height (each cell's
    // text shaped twice); a row of one line cannot split anyway, so only taller rows are marked (same pages, less work).
    const row = (r: TableRow): TRow => ({
      cells: fitRow(r.cells.map(cell), columns),
      emphasis: r.emphasis ?? null,
      keep: rowChars(r) < KEEP_ROW_CHARS && !rowIsOneLine(r, widthsPt),
    });
    return {
      kind: 'table',
      caption: captionText(b.caption),
      widths,
      header: b.headerRows.map((r) => fitRow(r.map(cell), columns)),
      rows: b.bodyRows.map(row),
      // Columns are sized to hold their longest word, so the text breaks between words, as in the DOCX and the HTML;
      // hyphenating where nothing needs it only cost time (Typst tries every syllable at every line end).
      hyphenate: !wordsFitColumns(b, widthsPt),
    };
  };

  const block = (b: Block): TBlock[] => {
    switch (b.kind) {
      case 'heading':
        return [
          {
            kind: 'heading',
            level: b.level,
            text: b.number ? `${b.number} ${b.text}` : b.text,
            id: b.id,
            toc: b.inToc,
            chapter: b.level === 1 && b.inToc,
            ...(b.lang ? { lang: b.lang } : {}),
            ...(b.runs ? { runs: inlines(b.number ? [{ kind: 'text', text: `${b.number} ` }, ...b.runs] : b.runs) } : {}),
          },
        ];
      case 'paragraph':
        return [{ kind: 'paragraph', runs: inlines(b.runs) }];
      case 'quote':
        return [{ kind: 'quote', blocks: blocks(b.blocks) }];
      case 'list':
        return [{ kind: 'list', ordered: b.ordered, items: b.items.map(blocks) }];
      case 'table':
        return [table(b)];
      case 'image':
        return [
          {
            kind: 'image',
            path: addImage(b.image.mime, b.image.dataBase64),
            alt: b.alt,
            decorative: b.decorative,
            caption: captionText(b.caption),
            widthPt: b.image.widthPx ? b.image.widthPx * PX_TO_PT : null,
          },
        ];
      case 'pageBreak':
        return [{ kind: 'pageBreak' }];
      case 'toc':
        return []; // drawn once, after the cover
    }
  };
  const blocks = (list: Block[]): TBlock[] => list.flatMap(block);

  const { meta, cover } = model;
  const headingIds = new Set(collectHeadingIds(model.blocks));
  const tocBlock = model.blocks.find((b) => b.kind === 'toc');
  const logo = cover.logo ? addImage(cover.logo.mime, cover.logo.dataBase64) : null;
  const doc: TypstDoc = {
    meta: {
      title: meta.title,
      lang: meta.lang === 'nn-NO' ? 'nn' : 'nb',
      author: meta.author?.trim() || null,
      footer: meta.footerText,
      ...(meta.footerRuns ? { footerRuns: inlines(meta.footerRuns) } : {}),
      pageWord: meta.pageWord,
      ofWord: meta.ofWord,
      watermark: meta.watermark,
      fonts: [...new Set([meta.font.trim(), ...FALLBACK_FONTS].filter(Boolean))],
      color: safeTextColor(`#${meta.color}`),
    },
    cover: {
      municipality: cover.municipality,
      title: cover.title,
      subtitle: cover.subtitle,
      lines: cover.lines,
      logo: logo && cover.logo ? { path: logo, alt: cover.logo.alt, ...logoSizeMm(cover.logo.widthPx, cover.logo.heightPx) } : null,
      ...(cover.runs
        ? { runs: { municipality: inlines(cover.runs.municipality), title: inlines(cover.runs.title), subtitle: inlines(cover.runs.subtitle), lines: cover.runs.lines.map((l) => inlines(l)) } }
        : {}),
    },
    // An entry whose heading is missing would make Typst fail on its link; the builder never writes one, but a
    // document is drawn whole rather than refused for it.
    toc: tocBlock?.kind === 'toc' && tocBlock.entries.length ? { title: tocBlock.title, entries: tocBlock.entries.filter((e) => headingIds.has(e.id)) } : null,
    runs: pageRuns(model.blocks.filter((b) => b.kind !== 'toc')).map((run) => {
      const landscape = run.orientation === 'landscape';
      const drawn = blocks(run.blocks);
      // A landscape run starts pages of its own; a chapter's page break at its top would leave one page empty.
      const first = drawn[0];
      if (landscape && first?.kind === 'heading') drawn[0] = { ...first, chapter: false };
      return { landscape, blocks: drawn };
    }),
    comments: review.loose.length ? { title: review.title, notes: review.loose } : null,
  };
  return { doc, files };
}

const captionText = (c: Caption | null): string | null => (c ? c.full : null);

function rowChars(r: TableRow): number {
  const size = (list: Block[]): number =>
    list.reduce((n, b) => {
      if (b.kind === 'paragraph') return n + b.runs.reduce((m, x) => m + (x.kind === 'text' ? x.text.length : 1), 0);
      if (b.kind === 'list') return n + b.items.reduce((m, item) => m + size(item), 0);
      if (b.kind === 'quote') return n + size(b.blocks);
      return n + 200;
    }, 0);
  return r.cells.reduce((n, c) => n + size(c.blocks), 0);
}

function collectHeadingIds(list: Block[]): string[] {
  return list.flatMap((b) => (b.kind === 'heading' ? [b.id] : b.kind === 'quote' ? collectHeadingIds(b.blocks) : []));
}

/** The cover logo fits 60 × 30 mm, keeping its aspect ratio (the HTML's max-width/max-height). */
function logoSizeMm(widthPx: number | null, heightPx: number | null): { widthMm: number; heightMm: number } {
  if (!widthPx || !heightPx) return { widthMm: 60, heightMm: 30 };
  // Never drawn larger than at 96 dpi (0.2646 mm per pixel), as the HTML shows it.
  const scale = Math.min(60 / widthPx, 30 / heightPx, 0.2646);
  return { widthMm: widthPx * scale, heightMm: heightPx * scale };
}
