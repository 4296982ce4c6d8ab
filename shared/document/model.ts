// The document model: what a hearing document contains, decided once by the builder and drawn by the DOCX and HTML renderers.
// Numbers, captions and generated words are already resolved here; a renderer never counts or translates.

export type DocLang = 'nb-NO' | 'nn-NO';
export type Watermark = 'utkast' | 'horingsutkast' | 'none';
/** Where the watermark goes: large and diagonal across every page (Word's classic), or as a line at the top of every page. */
export type WatermarkPlacement = 'diagonal' | 'top';
/** Which part of the plan a document holds: the whole plan, the matrix alone, one working group's work package, or the hearing table. */
export type DocPart = 'plan' | 'matrix' | 'merknadsbehandling' | { group: string };

/**
 * Review content (only when the builder is asked for it, or in a compare redline): a run inserted or deleted by a
 * person, drawn as Word's w:ins/w:del, HTML's ins/del and underline/strike in PDF. date is ISO 8601 or null (unknown).
 */
export type TrackedChange = {
  kind: 'ins' | 'del';
  author: string;
  initials: string;
  date: string | null;
  /** The suggestion it belongs to: a deletion and an insertion of one suggestion are a move (Word's moveFrom/moveTo). */
  suggestion?: string;
};

/**
 * A comment or a reply (parentId names the comment it answers; replies have no range of their own). Its range is the
 * text between the commentStart and commentEnd inlines with its id; a comment without them is on the document.
 */
export type DocComment = { id: number; parentId: number | null; author: string; initials: string; date: string | null; text: string; resolved: boolean };

/** Inline content of a paragraph or cell. */
export type Inline =
  | {
      kind: 'text';
      text: string;
      bold?: boolean;
      italic?: boolean;
      underline?: boolean;
      /** only http(s)/mailto, checked by the builder */ link?: string;
      /** review content: the run is a suggested insertion or deletion */ change?: TrackedChange;
      /** the run is in this målform, not the document's (a quoted passage, a chapter in the other målform) */ lang?: 'nb' | 'nn';
    }
  | { kind: 'break' }
  | { kind: 'footnoteRef'; id: number }
  | { kind: 'commentStart'; id: number }
  | { kind: 'commentEnd'; id: number };

export type Caption = { label: string; number: number; text: string; /** "Tabell 3: text" */ full: string; id: string };

export type ImageRef = {
  assetId: string;
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/svg+xml' | 'image/webp';
  dataBase64: string;
  /** Intrinsic size in pixels, or null when the bytes did not tell. */
  widthPx: number | null;
  heightPx: number | null;
};

/** rowHeader: the cell names its row (th scope=row in HTML, bold in DOCX), as in a key/value table. */
export type TableCell = { blocks: Block[]; colSpan?: number; align?: 'left' | 'right'; rowHeader?: boolean };
/** emphasis marks grouping rows (a theme row, a unit heading) and sum rows, drawn bold by both renderers. */
export type TableRow = { cells: TableCell[]; emphasis?: 'group' | 'subtotal' | 'total' };

export type TableOrientation = 'portrait' | 'landscape';

export type TocEntry = { level: 1 | 2 | 3; number: string | null; text: string; id: string };

/**
 * Where a block's text comes from, set only when the builder is asked for it (a compare redline, to name who changed
 * it): a chapter's title or text; a block without it (live tables, the merknadsbehandling) shows the plan's fields;
 * `frame`: the cover and the footer, the frame's fields with words around them («Frist for innspill: 15.08.2025»).
 */
export type BlockOrigin = { chapter: string; part: 'title' | 'text' } | { fields: true } | { frame: true };

export type Block = BlockContent & { origin?: BlockOrigin };

type BlockContent =
  | { kind: 'heading'; level: 1 | 2 | 3; number: string | null; text: string; id: string; /** Listed in Innhold. Word's TOC field lists every Heading 1–3, so the builder lists them all too; kept explicit for parts that may opt out. */ inToc: boolean; /** review content (a compare redline): the heading's text as runs with tracked changes; `text` stays the new text for Innhold and bookmarks */ runs?: Inline[]; /** the heading is in this målform, not the document's (a chapter in the other målform) */ lang?: 'nb' | 'nn' }
  | { kind: 'paragraph'; runs: Inline[]; /** review content: the break at the paragraph's end is a suggested insertion (a split) or deletion (a join) */ breakChange?: TrackedChange }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | {
      kind: 'table';
      caption: Caption | null;
      headerRows: TableCell[][];
      bodyRows: TableRow[];
      /** relative widths, one per column */
      columnWidths: number[];
      /** Landscape: the table gets pages of its own in landscape (a named page in PDF, a section in DOCX). Set by the
       * builder (see tableLayout.ts) when the columns do not fit portrait; a table that says so itself keeps it. */
      orientation?: TableOrientation;
    }
  | { kind: 'image'; image: ImageRef; alt: string; decorative: boolean; caption: Caption | null }
  | { kind: 'pageBreak' }
  | { kind: 'toc'; title: string; entries: TocEntry[] };

export type Cover = {
  municipality: string;
  logo: (ImageRef & { alt: string }) | null;
  /** "Kommunedelplan helse og omsorg 2025–2037" */
  title: string;
  subtitle: string;
  /** Status, case number, version and deadline lines, in this order, only those that apply. */
  lines: string[];
  /** Review content (a compare redline whose cover texts differ): the texts above as runs with tracked changes, drawn
   * instead of them; the strings stay the newer texts. A line's runs carry their own bold (the status line). */
  runs?: CoverRuns;
};

export type CoverRuns = { municipality: Inline[]; title: Inline[]; subtitle: Inline[]; lines: Inline[][] };

export type Footnote = { id: number; runs: Inline[] };

export type DocMeta = {
  title: string;
  lang: DocLang;
  subject?: string;
  author?: string;
  /** Left part of the footer: plan title and version. */
  footerText: string;
  /** Review content (a compare redline whose footer text differs): footerText as runs with tracked changes. */
  footerRuns?: Inline[];
  /** "Side" and "av" for "Side X av Y". */
  pageWord: string;
  ofWord: string;
  /** The watermark's text in the plan's målform and where it goes, or null. */
  watermark: { text: string; placement: WatermarkPlacement } | null;
  font: string;
  /** Primary colour as 6 hex digits without '#'. */
  color: string;
};

/** comments: review content only (see DocComment); absent in a clean document. */
export type DocModel = { meta: DocMeta; cover: Cover; blocks: Block[]; footnotes: Footnote[]; comments?: DocComment[] };

/** Text of inline runs, for alt texts, bookmarks and tests. */
export function inlineText(runs: Inline[]): string {
  return runs.map((r) => (r.kind === 'text' ? r.text : r.kind === 'break' ? '\n' : '')).join('');
}
