// Columns sized from their content, once, on the model: figure columns as wide as their widest figure, text columns
// the rest, no column narrower than its longest word; the DOCX and the HTML draw exactly those widths.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { columnNeeds } from '../../shared/document/columnWidths';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../shared/document/html/htmlRenderer';
import type { Block, DocModel, TableCell } from '../../shared/document/model';
import { columnWidthsPt, layOutTables, textWidthPt } from '../../shared/document/tableLayout';
import { textWidthPt as textWidth } from '../../shared/document/textWidth';
import { fixturePlan } from './fixtures';

type TableBlock = Extract<Block, { kind: 'table' }>;
const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text }] }], ...extra });
const table = (header: string[], rows: string[][], columnWidths = header.map(() => 1)): TableBlock => ({
  kind: 'table',
  caption: null,
  headerRows: [header.map((h) => cell(h))],
  bodyRows: rows.map((r) => ({ cells: r.map((t) => cell(t)) })),
  columnWidths,
});
const laid = (t: TableBlock): TableBlock => layOutTables([t])[0] as TableBlock;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const LONG = 'Kommunen skal styrke samarbeidet mellom tjenestene og sikre at brukere og pårørende får medvirke i utformingen av tilbudet.';

describe('columns sized from their content', () => {
  it('gives a column of dates, amounts and law ids just its widest figure, and the text column the rest', () => {
    const t = laid(table(['Tiltak', 'Dato', 'Kostnad', 'Hjemmel'], [[LONG, '15.08.2024', '19 246 500,50', 'LOV-2011-06-24-30'], ['Kort', '01.01.2025', '450 000', 'LOV-2009-06-19-89']], [1, 1, 1, 1]));
    const widths = columnWidthsPt(t);
    expect(sum(t.columnWidths)).toBeCloseTo(1, 6);
    expect(sum(widths)).toBeCloseTo(textWidthPt('portrait'), 3);
    // Each figure column is as wide as its widest figure (plus padding), far less than an equal share …
    const needs = columnNeeds(t);
    for (const i of [1, 2, 3]) {
      expect(needs[i]!.figures).toBe(true);
      expect(widths[i]).toBeCloseTo(needs[i]!.min, 3);
      expect(widths[i]).toBeLessThan(textWidthPt('portrait') / 4);
    }
    // … and the text column takes everything else.
    expect(widths[0]).toBeCloseTo(textWidthPt('portrait') - sum(widths.slice(1)), 3);
    expect(widths[0]).toBeGreaterThan(Math.max(...widths.slice(1)));
  });

  it('never makes a column narrower than its longest word, header words included, at the table text size', () => {
    const header = ['Delplanområde', 'Institusjonstjenester og struktur', 'Prosjektgruppen', 'Merknad'];
    const t = laid(table(header, [['Velferdsteknologi', 'OpH', '', LONG]]));
    const widths = columnWidthsPt(t);
    // Header words are bold; body words regular.
    const word = (w: string, bold: boolean) => textWidth(w, 9.5, bold);
    expect(widths[0]).toBeGreaterThanOrEqual(Math.max(word('Delplanområde', true), word('Velferdsteknologi', false)));
    expect(widths[1]).toBeGreaterThanOrEqual(word('Institusjonstjenester', true));
    expect(widths[2]).toBeGreaterThanOrEqual(word('Prosjektgruppen', true));
    // The long text gets the most room of all.
    expect(Math.max(...widths)).toBe(widths[3]);
  });

  it('right-aligns a column of amounts and counts, its header too, but leaves dates and text left-aligned', () => {
    const t = laid(table(['Tiltak', 'Årsverk', 'Kostnad (kr)', 'Frist'], [['A', '1,5', '1 820 000', '15.08.2024'], ['B', '', '450 000', '01.01.2025']]));
    const aligns = (cells: TableCell[]) => cells.map((c) => c.align ?? 'left');
    expect(aligns(t.headerRows[0]!)).toEqual(['left', 'right', 'right', 'left']);
    expect(t.bodyRows.map((r) => aligns(r.cells))).toEqual([
      ['left', 'right', 'right', 'left'],
      ['left', 'right', 'right', 'left'],
    ]);
  });

  it('reads the grid through cells spanning columns: a sum row under a two-column label still sizes its amount column', () => {
    const t = table(['Tiltak', 'Enhet', 'Kostnad'], [['A', 'Helse', '450 000']]);
    t.bodyRows.push({ cells: [cell('Sum for hele kommunen', { colSpan: 2 }), cell('19 246 500,50', { align: 'right' })], emphasis: 'total' });
    const widths = columnWidthsPt(laid(t));
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth('19 246 500,50', 9.5, true));
  });
});

describe('the same widths in DOCX and PDF', () => {
  const model = buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' });
  const tables = model.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const docXml = async (m: DocModel) => (await JSZip.loadAsync(await renderDocx(m))).file('word/document.xml')!.async('string');

  it('writes every table in the DOCX with a fixed layout and the grid the model decided, in twips', async () => {
    const xml = await docXml(model);
    const grids = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])));
    expect(grids).toHaveLength(tables.length);
    expect((xml.match(/<w:tblLayout w:type="fixed"\/>/g) ?? []).length).toBe(tables.length);
    grids.forEach((grid, i) => {
      const expected = columnWidthsPt(tables[i]!).map((pt) => pt * 20);
      grid.forEach((twips, j) => expect(Math.abs(twips - expected[j]!)).toBeLessThanOrEqual(1));
    });
    // Cells say their width too (w:tcW), which LibreOffice reads instead of the grid.
    const firstRow = /<w:tbl>[\s\S]*?<w:tr>([\s\S]*?)<\/w:tr>/.exec(xml)![1]!;
    const tcW = [...firstRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(tcW).toEqual(grids[0]!.slice(0, tcW.length));
  });

  it('draws table text in the DOCX at the size the columns were measured for', async () => {
    const xml = await docXml(model);
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const sizes = new Set([...firstTable.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect([...sizes]).toEqual(['19']);
  });

  it('gives the HTML (the PDF source) the same fractions in its colgroup, laid out fixed', () => {
    const html = renderHtml(model);
    const groups = [...html.matchAll(/<colgroup>([\s\S]*?)<\/colgroup>/g)].map((m) => [...m[1]!.matchAll(/width:([\d.]+)%/g)].map((w) => Number(w[1])));
    expect(groups).toHaveLength(tables.length);
    groups.forEach((cols, i) => cols.forEach((pct, j) => expect(pct).toBeCloseTo(tables[i]!.columnWidths[j]! * 100, 1)));
    expect(html).toMatch(/table\{[^}]*table-layout:fixed/);
  });
});
