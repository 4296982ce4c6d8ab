// Visual checks of any PDF (Chromium's, Typst's, or LibreOffice's conversion of our DOCX), read with poppler: where each
// word lies (pdftotext -bbox), how large the text is drawn (pdftohtml -xml font sizes) and page images (pdftoppm).
// The checks say what a reader would see on paper: text outside the page's text area, body text shrunk, words and
// figures broken across lines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PdfWord = { x0: number; y0: number; x1: number; y1: number; text: string };
export type PdfPage = {
  number: number;
  width: number;
  height: number;
  landscape: boolean;
  words: PdfWord[];
  /** The words joined by spaces, for finding a caption or a phrase. */
  text: string;
  /** pdftotext's reading order, one line per line */
  lines: string[];
};
/** Page margins in points; the bottom one holds the footer. */
export type MarginsPt = { top: number; right: number; bottom: number; left: number };

export const MM = 72 / 25.4;
export const marginsFromMm = (m: MarginsPt): MarginsPt => ({ top: m.top * MM, right: m.right * MM, bottom: m.bottom * MM, left: m.left * MM });

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** Word's and our no-break characters read back as their plain twins. */
export const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');

export function readPdf(pdf: string): PdfPage[] {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  const pages = [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m, i) => {
    const words = [...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: plain(unescapeXml(w[5]!)),
    }));
    const width = Number(m[1]);
    const height = Number(m[2]);
    return { number: i + 1, width, height, landscape: width > height, words, text: words.map((w) => w.text).join(' '), lines: [] as string[] };
  });
  // One text per page, in reading order, split at form feeds: its lines tell whether a figure broke across lines.
  run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])
    .split('\f')
    .forEach((text, i) => {
      if (pages[i]) pages[i].lines = text.split('\n').map((l) => plain(l).trim());
    });
  return pages;
}

export type Outside = { page: number; words: string[] };

/**
 * Words that lie outside the page's text area (margins applied to portrait and landscape pages alike). A word is in
 * it when it lies within the side margins (give or take `tolerance` for glyph overhang) and its middle lies between
 * the top and bottom margins: a glyph box reaches above its line by the font's ascent. Page furniture is one line in
 * a margin: the lowest line in the bottom margin (the footer) and the highest in the top margin (a header or a
 * watermark line) only have to keep within the side margins; a second line there (a wrapped footer) is outside.
 */
export function wordsOutsideTextArea(pages: PdfPage[], margins: MarginsPt, tolerance = 1.5): Outside[] {
  return pages
    .map((p) => {
      const middle = (w: PdfWord) => (w.y0 + w.y1) / 2;
      const above = p.words.filter((w) => middle(w) < margins.top);
      const below = p.words.filter((w) => middle(w) > p.height - margins.bottom);
      const headerLine = Math.min(...above.map((w) => w.y0));
      const footerLine = Math.max(...below.map((w) => w.y0));
      const furniture = (w: PdfWord) => Math.abs(w.y0 - headerLine) < 2 || Math.abs(w.y0 - footerLine) < 2;
      const outside = p.words.filter((w) => {
        const sideways = w.x0 < margins.left - tolerance || w.x1 > p.width - margins.right + tolerance;
        const offPage = w.y0 < 0 || w.y1 > p.height;
        return sideways || offPage || ((above.includes(w) || below.includes(w)) && !furniture(w));
      });
      return { page: p.number, words: outside.map((w) => w.text) };
    })
    .filter((o) => o.words.length > 0);
}

/** A run of text as pdftohtml reads it: one line of one font, with its size and box in points. */
export type TextRun = { page: number; size: number; x: number; y: number; width: number; text: string };

/** Every run of text with the size it is drawn at (pdftohtml -xml: font sizes, unlike pdftotext's glyph boxes). */
export function textRuns(pdf: string): TextRun[] {
  const zoom = 3;
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', String(zoom), pdf]);
  // Font ids are declared once, on the first page that uses them; sizes are in zoomed pixels, rounded.
  const fonts = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(-?[\d.]+)"/g)].map((f) => [f[1]!, Number(f[2]) / zoom]));
  const runs: TextRun[] = [];
  for (const page of xml.matchAll(/<page number="(\d+)"[^>]*>([\s\S]*?)<\/page>/g)) {
    for (const t of page[2]!.matchAll(/<text top="(-?[\d.]+)" left="(-?[\d.]+)" width="([\d.]+)" height="[\d.]+" font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)) {
      runs.push({
        page: Number(page[1]),
        size: Math.round((fonts.get(t[4]!) ?? 0) * 10) / 10,
        y: Number(t[1]) / zoom,
        x: Number(t[2]) / zoom,
        width: Number(t[3]) / zoom,
        text: plain(unescapeXml(t[5]!.replace(/<[^>]+>/g, ''))).trim(),
      });
    }
  }
  return runs;
}

/** Characters drawn at each size (pt, one decimal). */
export function sizeDistribution(runs: TextRun[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const r of runs) sizes.set(r.size, (sizes.get(r.size) ?? 0) + r.text.length);
  return sizes;
}

/**
 * The size of the body text: the size most characters are drawn at in lines of running text, which fill more than
 * half the text column (table cells, headings and the footer do not), on portrait pages inside the margins.
 */
export function bodySize(pages: PdfPage[], runs: TextRun[], margins: MarginsPt): number {
  const body = runs.filter((r) => {
    const p = pages[r.page - 1];
    if (!p || p.landscape) return false;
    const textWidth = p.width - margins.left - margins.right;
    return r.width > textWidth / 2 && r.y > margins.top - 2 && r.y < p.height - margins.bottom;
  });
  return [...sizeDistribution(body)].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Words of `expected` that no page shows whole (a word broken across lines reads back as two pieces). */
export function wordsNotWhole(pages: PdfPage[], expected: string[]): string[] {
  const bare = (w: string) => plain(w).replace(/^[(«"]+|[.,:;)»"]+$/g, '');
  const seen = new Set(pages.flatMap((p) => p.words.map((w) => bare(w.text))));
  return [...new Set(expected.map(bare))].filter((w) => w && !seen.has(w));
}

/** Figures (dates, amounts, ids) that appear on no single line: broken across lines, or missing. */
export function figuresNotOnOneLine(pages: PdfPage[], figures: string[]): string[] {
  const lines = pages.flatMap((p) => p.lines).map((l) => l.replace(/\s+/g, ' '));
  return [...new Set(figures.map((f) => plain(f).replace(/\s+/g, ' ')))].filter((f) => !lines.some((l) => l.includes(f)));
}

/** The pages drawn as greyscale images (pdftoppm): page number → share of non-white pixels, proving each page has ink. */
export function inkPerPage(pdf: string, dpi = 20): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-ppm-'));
  try {
    run('pdftoppm', ['-gray', '-r', String(dpi), pdf, join(dir, 'p')]);
    return readdirSync(dir)
      .sort()
      .map((f) => {
        const bytes = readFileSync(join(dir, f));
        // PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'));
        const start = header ? header[0].length : 0;
        const pixels = bytes.subarray(start);
        let ink = 0;
        for (const v of pixels) if (v < 200) ink++;
        return ink / Math.max(1, pixels.length);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's PDF of a DOCX, as a reader of the DOCX would see it. Slow (~3–10 s): convert once per file. */
export function convertWithLibreOffice(docx: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'planverk-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'ignore', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, docx.replace(/^.*\//, '').replace(/\.docx$/i, '.pdf'));
}

/**
 * Pairs whose lead (a word, or words in a row) is not on the page of the next occurrence of the follower word after it,
 * in reading order: a theme row, a caption or a heading left alone at the foot of a page. Every occurrence of the lead
 * is checked.
 */
export function separatedPairs(pages: PdfPage[], pairs: [lead: string, follower: string][]): string[] {
  const words = pages.flatMap((p) => p.words.map((w) => ({ page: p.number, text: w.text })));
  const out: string[] = [];
  for (const [lead, follower] of pairs) {
    const leadWords = lead.split(/\s+/);
    words.forEach((w, i) => {
      if (!leadWords.every((l, j) => words[i + j]?.text === l)) return;
      const next = words.slice(i + leadWords.length).find((x) => x.text === follower);
      if (next && next.page !== w.page) out.push(`«${lead}» (side ${w.page}) / «${follower}» (side ${next.page})`);
    });
  }
  return out;
}
