// Keep together: a heading with what follows it, a caption with its table, the header row with the first body row, a
// theme row with its first area. Checked on the real PDF and on the DOCX as LibreOffice draws it, with a plan made to
// put many theme rows near page ends (test/document/keepTogetherPlan.ts); before these rules 11 theme rows in the PDF and
// 18 in LibreOffice ended a page without their first area.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlan } from '../../../electron/services/export/exportPlan';
import { buildDocument } from '../../../shared/document/builder';
import { cellText } from '../../../shared/document/cellText';
import type { Block } from '../../../shared/document/model';
import { firstAreaWord, keepTogetherPlan, themeWord } from '../../document/keepTogetherPlan';
import { convertWithLibreOffice, readPdf, separatedPairs, type PdfPage } from '../../document/visualCheck';

const dir = mkdtempSync(join(tmpdir(), 'planverk-keep-'));
const plan = keepTogetherPlan();
const model = buildDocument(plan, { part: 'matrix', watermark: 'none' });
let pdfPages: PdfPage[] = [];
let loPages: PdfPage[] = [];
let docXml = '';

beforeAll(async () => {
  const pdf = join(dir, 'matrise.pdf');
  const docx = join(dir, 'matrise.docx');
  writeFileSync(pdf, (await renderPlan(plan, { format: 'pdf', part: 'matrix' })) as Uint8Array);
  const docxBytes = (await renderPlan(plan, { format: 'docx', part: 'matrix' })) as Uint8Array;
  writeFileSync(docx, docxBytes);
  docXml = await (await JSZip.loadAsync(docxBytes)).file('word/document.xml')!.async('string');
  pdfPages = readPdf(pdf);
  loPages = readPdf(convertWithLibreOffice(docx, join(dir, 'lo')));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const firstWord = (text: string): string => text.trim().split(/\s+/)[0] ?? '';
const themePairs = plan.themes.map((_, i): [string, string] => [themeWord(i + 1), firstAreaWord(i + 1)]);
/** Each caption ("Tabell 3:") with the first word of its table's first body row: caption, header row and that row go together. */
const captionPairs = model.blocks.flatMap((b): [string, string][] => {
  if (b.kind !== 'table' || !b.caption || !b.bodyRows[0]) return [];
  return [[`${b.caption.label} ${b.caption.number}:`, firstWord(cellText(b.bodyRows[0].cells[0]!))]];
});
/** Each numbered heading with the first word of what follows it (a caption's "Tabell", a paragraph's first word). */
const headingPairs = model.blocks.flatMap((b, i): [string, string][] => {
  const next: Block | undefined = model.blocks[i + 1];
  if (b.kind !== 'heading' || !b.number || !next) return [];
  const follower = next.kind === 'table' && next.caption ? next.caption.label : next.kind === 'paragraph' ? firstWord(next.runs.map((r) => (r.kind === 'text' ? r.text : '')).join('')) : '';
  return follower ? [[`${b.number} ${firstWord(b.text)}`, follower]] : [];
});

/** The pages after Innhold, whose entries repeat the headings: from the last page showing the first heading. */
function afterToc(pages: PdfPage[]): PdfPage[] {
  const [lead] = headingPairs[0]!;
  const start = pages.findLastIndex((p) => p.text.includes(lead));
  return pages.slice(start);
}

describe('keep together', () => {
  it('the plan is one that breaks pages inside theme groups, and every pair to check is in the PDF', () => {
    expect(pdfPages.length).toBeGreaterThan(20);
    expect(captionPairs.length).toBeGreaterThan(5);
    expect(headingPairs.length).toBeGreaterThan(5);
    const text = pdfPages.map((p) => p.text).join(' ');
    for (const [lead] of [...themePairs, ...captionPairs, ...headingPairs]) expect(text).toContain(lead);
  });

  it('keeps every theme row on the page of its first area in the PDF', () => {
    expect(separatedPairs(pdfPages, themePairs)).toEqual([]);
  });

  it('keeps every theme row on the page of its first area in the DOCX as LibreOffice draws it', () => {
    expect(separatedPairs(loPages, themePairs)).toEqual([]);
  });

  it('keeps each caption with its header row and first body row, and each heading with what follows it, in the PDF and in LibreOffice', () => {
    expect(separatedPairs(afterToc(pdfPages), [...captionPairs, ...headingPairs])).toEqual([]);
    expect(separatedPairs(afterToc(loPages), [...captionPairs, ...headingPairs])).toEqual([]);
  });

  it('writes the rules into the DOCX: headings and captions keep with next, header and theme rows keep with the row below, no row splits', () => {
    const tables = [...docXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) {
      const rows = [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
      const header = rows.filter((r) => r.includes('<w:tblHeader/>'));
      expect(header.length).toBeGreaterThan(0);
      // Every paragraph of a header row keeps with the next, so the header row never ends a page on its own.
      for (const r of header) expect(r.match(/<w:p>|<w:p /g)?.length).toBe(r.match(/<w:keepNext\/>/g)?.length);
    }
    // A theme row (one shaded cell across the table) keeps with its first area; an area row does not need to.
    const themeRows = tables.flatMap((t) => [...t.matchAll(/<w:tr>((?:(?!<\/w:tr>)[\s\S])*?Tema\d\drad[\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!));
    expect(themeRows.length).toBeGreaterThanOrEqual(plan.themes.length);
    expect(themeRows.every((r) => r.includes('<w:keepNext/>'))).toBe(true);
    const areaRow = /<w:tr>((?:(?!<\/w:tr>)[\s\S])*?Område 1\.2[\s\S]*?)<\/w:tr>/.exec(tables.join(''))?.[1] ?? '';
    expect(areaRow).not.toContain('<w:keepNext/>');
    // Headings and captions keep with what follows.
    for (const style of ['Heading2', 'Caption']) {
      const paragraphs = [...docXml.matchAll(new RegExp(`<w:pPr><w:pStyle w:val="${style}"/>[\\s\\S]*?</w:pPr>`, 'g'))].map((m) => m[0]);
      expect(paragraphs.length).toBeGreaterThan(0);
      expect(paragraphs.every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    }
  });
});
