// Which tables go landscape, decided once on the model: by the narrowest their columns can be, not by their number.
import { describe, expect, it } from 'vitest';
import type { Block, TableCell } from '../../shared/document/model';
import JSZip from 'jszip';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../shared/document/html/htmlRenderer';
import { buildDocument } from '../../shared/document/builder';
import { isUnbreakable, layOutTables, pageRuns } from '../../shared/document/tableLayout';
import { fixturePlan } from './fixtures';

const cell = (text: string, align?: 'right'): TableCell => ({ blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text }] }], ...(align ? { align } : {}) });
type TableBlock = Extract<Block, { kind: 'table' }>;
const table = (header: string[], rows: string[][], orientation?: TableBlock['orientation']): TableBlock => ({
  kind: 'table',
  caption: null,
  headerRows: [header.map((h) => cell(h))],
  bodyRows: rows.map((r) => ({ cells: r.map((t) => cell(t)) })),
  columnWidths: header.map(() => 1),
  ...(orientation ? { orientation } : {}),
});
const heading = (text: string): Block => ({ kind: 'heading', level: 1, number: '1', text, id: text, inToc: true });
const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ kind: 'text', text }] });
const orientationOf = (b: Block | undefined) => (b?.kind === 'table' ? b.orientation : undefined);

describe('table orientation', () => {
  it('puts a matrix whose group columns cannot fit portrait on landscape pages', () => {
    const groups = ['Institusjonstjenester og struktur', 'Hjemmetjenester og koordinering', 'Rus og psykiatri', 'Barn og unges helse', 'Utvikling og innovasjon', 'Prosjektgruppen'];
    const [laid] = layOutTables([table(['Delplanområde', ...groups], [['Demens', 'H', 'M', '', '', '', 'M']])]);
    expect(orientationOf(laid)).toBe('landscape');
  });

  it('keeps a table with many short columns portrait, and a two-column text table too', () => {
    const laid = layOutTables([
      table(['Nr', 'A', 'B', 'C', 'D', 'E', 'F', 'G'], [['1', '2', '3', '4', '5', '6', '7', '8']]),
      table(['Milepæl', 'Tid'], [['Oppstart og varsel om planarbeid med en lang tekst som kan brytes', 'Høst 2024']]),
    ]);
    expect(laid.map(orientationOf)).toEqual(['portrait', 'portrait']);
  });

  it('counts an amount as one unbreakable word, so wide figures in many columns go landscape', () => {
    const amounts = Array.from({ length: 7 }, () => cell('19 246 500,50', 'right'));
    const t: TableBlock = { ...table(['Tiltak', '2025', '2026', '2027', '2028', '2029', '2030', '2031'], []), bodyRows: [{ cells: [cell('Tiltak'), ...amounts] }] };
    expect(orientationOf(layOutTables([t])[0])).toBe('landscape');
  });

  it('keeps an orientation a table already has (the per-table override)', () => {
    const laid = layOutTables([table(['A', 'B'], [['1', '2']], 'landscape'), table(['Delplanområde', ...Array(9).fill('Prosjektgruppen')], [], 'portrait')]);
    expect(laid.map(orientationOf)).toEqual(['landscape', 'portrait']);
  });

  it('gives a landscape table its own run with its heading and short introduction, leaving the part heading above portrait', () => {
    const wide = table(['A'], [], 'landscape');
    const blocks: Block[] = [heading('Vedlegg'), heading('Oversikt'), para('Intro'), wide, para('Etter')];
    const runs = pageRuns(blocks);
    expect(runs.map((r) => [r.orientation, r.blocks.length])).toEqual([
      ['portrait', 1],
      ['landscape', 3],
      ['portrait', 1],
    ]);
    // Without a heading close above it, the text before stays portrait.
    expect(pageRuns([para('a'), para('b'), para('c'), para('d'), wide]).map((r) => r.blocks.length)).toEqual([4, 1]);
  });
});

describe('figures and codes never break', () => {
  it('recognises amounts, dates, percentages and law ids, not words or phrases', () => {
    for (const t of ['19 246 500,50', '15.08.2024', '12,5 %', 'LOV-2011-06-24-30', 'FOR-2017-10-27-1714', '2025–2037']) expect(isUnbreakable(cell(t)), t).toBe(true);
    for (const t of ['Prosjektgruppen', 'Høst 2024 og vinter', 'Tildelingskontoret,', '']) expect(isUnbreakable(cell(t)), t).toBe(false);
  });

  it('keeps a law id and a date on one line in the HTML and writes the id with non-breaking hyphens in the DOCX', async () => {
    const model = buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' });
    const t: TableBlock = { ...table(['Lov', 'Dato'], []), bodyRows: [{ cells: [cell('LOV-2011-06-24-30'), cell('15.08.2024')] }], orientation: 'portrait' };
    const withTable = { ...model, blocks: [...model.blocks, t] };
    expect(renderHtml(withTable)).toContain('<td class="nw"><p><span class="nw">LOV-2011-06-24-30</span></p></td><td class="nw"><p>15.08.2024</p></td>');
    const xml = await (await JSZip.loadAsync(await renderDocx(withTable))).file('word/document.xml')!.async('string');
    expect(xml).toContain('LOV\u20112011\u201106\u201124\u201130');
    expect(xml).not.toContain('LOV-2011-06-24-30');
  });
});
