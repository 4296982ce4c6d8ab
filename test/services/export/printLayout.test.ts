// The sample plan exported through the CLI as a user runs it, checked on the real PDF and on the DOCX as LibreOffice
// draws it (test/document/visualCheck.ts reads both with poppler): wide tables on landscape pages, nothing outside the
// text area, body text at its size, header words, figures, dates and ids whole, the footer on one line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { PAGE_MARGINS_MM } from '../../../electron/services/export/pdfPrinter';
import { buildDocument } from '../../../shared/document/builder';
import { cellText, isUnbreakable } from '../../../shared/document/cellText';
import { PAGE_MARGIN_TWIPS } from '../../../shared/document/docx/blocks';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import { TABLE_FONT_PT } from '../../../shared/document/tableLayout';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import {
  bodySize,
  convertWithLibreOffice,
  figuresNotOnOneLine,
  inkPerPage,
  marginsFromMm,
  readPdf,
  sizeDistribution,
  textRuns,
  wordsNotWhole,
  wordsOutsideTextArea,
  type MarginsPt,
  type PdfPage,
} from '../../document/visualCheck';

const dir = mkdtempSync(join(tmpdir(), 'planverk-print-layout-'));
const planPath = join(dir, 'eksempel.planverk');
const planPdf = join(dir, 'plan.pdf');
const merknadPdf = join(dir, 'merknad.pdf');
const planDocx = join(dir, 'plan.docx');
let loPdf = '';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
async function cli(...argv: string[]) {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => {}, err: (l) => err.push(l) });
  expect(code, `${argv.join(' ')}\n${err.join('\n')}`).toBe(0);
}

beforeAll(async () => {
  await cli('new', planPath, '--sample');
  await cli('export', planPath, '--format', 'pdf', '--out', planPdf);
  await cli('export', planPath, '--format', 'pdf', '--out', merknadPdf, '--part', 'merknadsbehandling');
  await cli('export', planPath, '--format', 'docx', '--out', planDocx);
  // The DOCX as a reader without Word sees it: one LibreOffice conversion for the whole file.
  loPdf = convertWithLibreOffice(planDocx, join(dir, 'lo'));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pages = (pdf: string): PdfPage[] => readPdf(pdf);
const landscape = (p: PdfPage) => p.landscape;
const PDF_MARGINS = marginsFromMm(PAGE_MARGINS_MM);
const DOCX_MARGIN_PT = PAGE_MARGIN_TWIPS / 20;
const DOCX_MARGINS: MarginsPt = { top: DOCX_MARGIN_PT, right: DOCX_MARGIN_PT, bottom: DOCX_MARGIN_PT, left: DOCX_MARGIN_PT };

/** What the sample's tables hold: every header word (headers must never break mid-word), every figure, date and id. */
const sampleTables = buildDocument(buildSamplePlan(), { part: 'plan', watermark: 'none' }).blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
const headerWords = sampleTables.flatMap((t) => t.headerRows.flat().flatMap((c) => cellText(c).split(/\s+/))).filter((w) => w.length > 1);
const figures = [
  ...sampleTables.flatMap((t) => t.bodyRows.flatMap((r) => r.cells)).filter(isUnbreakable).map(cellText),
  // Law ids also stand inside longer cells («Lov om … (LOV-2011-06-24-30)»): they never break at their hyphens either.
  ...buildSamplePlan().laws.flatMap((l) => (l.lovdataId ? [l.lovdataId] : [])),
];

/** The body size a document asks for: the HTML's root font-size, the DOCX's default run size (half-points). */
const htmlBodyPt = (): number => Number(/html\{[^}]*font-size:([\d.]+)pt/.exec(renderHtml(buildDocument(buildSamplePlan(), { part: 'plan', watermark: 'none' })))![1]);
const docxBodyPt = (docx: string): number => Number(/<w:docDefaults>[\s\S]*?<w:sz w:val="(\d+)"/.exec(run('unzip', ['-p', docx, 'word/styles.xml']))![1]) / 2;

/** «Side X av Y» with all four words on one line, on every page but the cover. */
function pageNumbersOnOneLine(ps: PdfPage[]): number[] {
  return ps.slice(1).flatMap((p) => {
    const side = p.words.filter((w) => w.text === 'Side').at(-1);
    const line = side ? p.words.filter((w) => Math.abs(w.y0 - side.y0) < 1 && w.x0 >= side.x0).map((w) => w.text) : [];
    return line.join(' ') === `Side ${p.number} av ${ps.length}` ? [] : [p.number];
  });
}

describe('laid out for print (sample plan through the CLI)', () => {
  it('puts the responsibility matrix and the measures table on landscape pages, and the chapters on portrait ones', () => {
    const ps = pages(planPdf);
    const sizes = run('pdfinfo', ['-f', '1', '-l', String(ps.length), planPdf]);
    const pdfinfoLandscape = [...sizes.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].filter((m) => Number(m[2]) > Number(m[3])).map((m) => Number(m[1]));
    expect(pdfinfoLandscape).toEqual(ps.flatMap((p, i) => (landscape(p) ? [i + 1] : [])));
    const matrixPage = ps.findIndex((p) => /Tabell \d+: Oversikt over delplanområder/.test(p.text));
    const measuresPage = ps.findIndex((p) => /Tabell \d+: Handlingsplan/.test(p.text));
    expect(matrixPage).toBeGreaterThan(0);
    expect(measuresPage).toBeGreaterThan(0);
    expect(pdfinfoLandscape).toContain(matrixPage + 1);
    expect(pdfinfoLandscape).toContain(measuresPage + 1);
    // Every group column's header is there whole (it used to be cut at the right margin: «Prosjekt»).
    expect(ps[matrixPage]!.text).toContain('Prosjektgruppen');
    expect(landscape(ps[1]!)).toBe(false);
    expect(ps.filter((p) => !landscape(p)).length).toBeGreaterThan(ps.filter(landscape).length);
  });

  it('leaves no word outside the text area on any page of the PDF, portrait or landscape', () => {
    expect(wordsOutsideTextArea(pages(planPdf), PDF_MARGINS)).toEqual([]);
  });

  it("keeps PDF body text at the profile's size (±0.5 pt) with the wide matrix in the document (no shrink-to-fit), tables at their size", () => {
    const ps = pages(planPdf);
    const runs = textRuns(planPdf);
    const body = bodySize(ps, runs, PDF_MARGINS);
    expect(Math.abs(body - htmlBodyPt())).toBeLessThanOrEqual(0.5);
    // The document without the matrix has the same body size; shrunk to 75 % it was about 8 pt.
    expect(Math.abs(bodySize(pages(merknadPdf), textRuns(merknadPdf), PDF_MARGINS) - body)).toBeLessThanOrEqual(0.5);
    // Table text is drawn at the size its columns were measured for, and nothing is smaller than the 7 pt chart labels.
    const sizes = sizeDistribution(runs);
    expect([...sizes.keys()].some((s) => Math.abs(s - TABLE_FONT_PT) <= 0.25)).toBe(true);
    expect(Math.min(...sizes.keys())).toBeGreaterThanOrEqual(7);
  });

  it('draws every PDF page with ink (pdftoppm): no blank page left by a heading or header row pushed over', () => {
    const ink = inkPerPage(planPdf);
    expect(ink).toHaveLength(pages(planPdf).length);
    expect(ink.flatMap((share, i) => (share < 0.002 ? [i + 1] : []))).toEqual([]);
  });

  it('shows every table header word whole and every figure, date and law id on one line in the PDF', () => {
    const ps = pages(planPdf);
    expect(headerWords.length).toBeGreaterThan(30);
    expect(figures.length).toBeGreaterThan(30);
    expect(wordsNotWhole(ps, headerWords)).toEqual([]);
    expect(figuresNotOnOneLine(ps, figures)).toEqual([]);
  });

  it('prints «Side X av Y» on one line on every page of the PDF', () => {
    expect(pageNumbersOnOneLine(pages(planPdf))).toEqual([]);
  });
  it('gives the matrix a landscape section of its own in the DOCX, with a repeating header row', () => {
    const xml = run('unzip', ['-p', planDocx, 'word/document.xml']);
    // A section's properties close it: the text before each w:sectPr belongs to that section.
    const sections = xml.split(/(?=<w:sectPr)/).reduce<{ body: string; sectPr: string }[]>((acc, part, i, all) => {
      const body = part.replace(/^<w:sectPr[\s\S]*?<\/w:sectPr>/, '');
      if (i + 1 < all.length) acc.push({ body, sectPr: /^<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(all[i + 1]!)?.[0] ?? '' });
      return acc;
    }, []);
    const matrix = sections.find((s) => /Oversikt over delplanområder og hovedansvar/.test(s.body));
    expect(matrix?.sectPr).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const firstRow = /<w:tbl>[\s\S]*?<w:tr>([\s\S]*?)<\/w:tr>/.exec(matrix!.body)?.[1] ?? '';
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(firstRow).toContain('<w:cantSplit/>');
    expect(sections[0]!.sectPr).toMatch(/w:orient="portrait"/);
    expect(sections.filter((s) => /w:orient="landscape"/.test(s.sectPr)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the DOCX as LibreOffice draws it (sample plan)', () => {
  it('leaves no word outside the text area on any page, the footer on one line', () => {
    const ps = pages(loPdf);
    expect(ps.some(landscape)).toBe(true);
    expect(wordsOutsideTextArea(ps, DOCX_MARGINS)).toEqual([]);
    expect(pageNumbersOnOneLine(ps)).toEqual([]);
  });

  it("keeps body text at the DOCX's own body size (±0.5 pt), and table text at the size its columns were measured for", () => {
    const ps = pages(loPdf);
    const runs = textRuns(loPdf);
    expect(Math.abs(bodySize(ps, runs, DOCX_MARGINS) - docxBodyPt(planDocx))).toBeLessThanOrEqual(0.5);
    expect([...sizeDistribution(runs).keys()].some((s) => Math.abs(s - TABLE_FONT_PT) <= 0.25)).toBe(true);
  });

  it('shows every table header word whole (no mid-word break in the matrix headers) and every figure, date and law id on one line', () => {
    const ps = pages(loPdf);
    expect(wordsNotWhole(ps, headerWords)).toEqual([]);
    expect(figuresNotOnOneLine(ps, figures)).toEqual([]);
  });
});
