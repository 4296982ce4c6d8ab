// What a table asks of Typst, kept to what its layout needs (issue 14, the cold PDF's time): only rows that could split
// across pages are unbreakable (Typst lays such a row out twice), text is hyphenated only in a table squeezed narrower
// than its longest words (as in the DOCX and HTML, which never hyphenate), and a one-paragraph cell holds its text
// directly. Checked on the JSON Typst reads and on the real PDF: no row split, the cells' text in the structure tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printTypstPdf } from '../../../electron/services/export/pdfTypst';
import { buildDocument } from '../../../shared/document/builder';
import type { Block, DocModel, TableCell, TableRow } from '../../../shared/document/model';
import { layOutTables } from '../../../shared/document/tableLayout';
import { toTypstDoc, type TBlock } from '../../../shared/document/typst/typstData';
import { fixturePlan } from '../../document/fixtures';

type TableBlock = Extract<Block, { kind: 'table' }>;
const dir = mkdtempSync(join(tmpdir(), 'planverk-typst-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

const par = (text: string): Block => ({ kind: 'paragraph', runs: [{ kind: 'text', text }] });
const cell = (...texts: string[]): TableCell => ({ blocks: texts.map(par) });
const LONG = 'Kommunen skal styrke samarbeidet mellom tjenestene og sikre at brukere og pårørende får medvirke i utformingen av tilbudet';
const table = (rows: TableRow[], header = ['Nr', 'Tiltak', 'Ansvar'], orientation?: 'portrait'): TableBlock =>
  layOutTables([{ kind: 'table', caption: null, headerRows: [header.map((h) => cell(h))], bodyRows: rows, columnWidths: header.map(() => 1), ...(orientation ? { orientation } : {}) }])[0] as TableBlock;
const model = (blocks: Block[]): DocModel => ({ ...buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' }), blocks });
const typstTable = (t: TableBlock): Extract<TBlock, { kind: 'table' }> => {
  const found = toTypstDoc(model([t])).doc.runs.flatMap((r) => r.blocks).find((b) => b.kind === 'table');
  if (found?.kind !== 'table') throw new Error('no table');
  return found;
};

/** Each page's words, in order (pdftotext -bbox). */
function pageWords(pdf: string): string[][] {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  return [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((m) => [...m[1]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]!));
}

describe('the rows Typst keeps unbreakable', () => {
  it('are those that could split: a row of short one-line cells is not marked, a wrapping, two-paragraph or bold-wider row is', () => {
    const t = typstTable(
      table([
        { cells: [cell('1'), cell('Kort tiltak'), cell('Kommunedirektøren')] },
        { cells: [cell('2'), cell(LONG), cell('Helse')] },
        { cells: [cell('3'), cell('Første avsnitt', 'Andre avsnitt'), cell('Helse')] },
        { cells: [cell('4'), cell('Kort tiltak'), { blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'a' }, { kind: 'break' }, { kind: 'text', text: 'b' }] }] }] },
        { cells: [cell('Tema: ' + LONG)], emphasis: 'group' },
      ]),
    );
    expect(t.rows.map((r) => r.keep)).toEqual([false, true, true, true, true]);
  });
});

describe('hyphenation in tables', () => {
  it('is off where every column holds its longest word, and on in a table squeezed narrower than its words', () => {
    expect(typstTable(table([{ cells: [cell('1'), cell(LONG), cell('Kommunedirektøren')] }])).hyphenate).toBe(false);
    // Twelve columns of long words kept portrait (the per-table override): far narrower than their words.
    const words = Array.from({ length: 12 }, (_, i) => `Samhandlingsreformen${i}`);
    expect(typstTable(table([{ cells: words.map((w) => cell(w)) }], words, 'portrait')).hyphenate).toBe(true);
  });

  it('leaves no hyphenated line end in the PDF of a table whose columns hold their words, while its long text wraps', async () => {
    const rows = Array.from({ length: 6 }, (_, i): TableRow => ({ cells: [cell(String(i + 1)), cell(`${LONG} ${LONG}`), cell('Kommunedirektøren og virksomhetslederne')] }));
    const pdf = join(dir, 'orddeling.pdf');
    writeFileSync(pdf, await printTypstPdf(model([table(rows)])));
    const text = run('pdftotext', ['-layout', pdf, '-']);
    expect(text.split('\n').filter((l) => l.includes('Kommunen skal')).length).toBeGreaterThanOrEqual(6);
    expect(text).not.toMatch(/[\u00ad-]\s*$/m);
  });
});

describe('table rows in the PDF', () => {
  it('never split across pages, one-line and wrapping rows alike, and every cell’s text stays in the structure tree', async () => {
    // Long enough for several page breaks to fall among the rows; every fourth row wraps over several lines.
    const rows = Array.from({ length: 140 }, (_, i): TableRow => ({
      cells: [cell(`R${i}`), cell(i % 4 === 0 ? `${LONG} ${LONG} slutt${i}` : `Tiltak slutt${i}`), i % 4 === 1 ? cell('Første', `Andre${i}`) : cell('Helse')],
    }));
    const pdf = join(dir, 'rader.pdf');
    writeFileSync(pdf, await printTypstPdf(model([table(rows)])));
    const pages = pageWords(pdf);
    expect(pages.length).toBeGreaterThan(3);
    const pageOf = (word: string) => pages.findIndex((p) => p.includes(word));
    for (let i = 0; i < rows.length; i++) {
      expect(pageOf(`R${i}`), `row ${i}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(`slutt${i}`), `row ${i}`).toBe(pageOf(`R${i}`));
      if (i % 4 === 1) expect(pageOf(`Andre${i}`), `row ${i}`).toBe(pageOf(`R${i}`));
    }
    // One-paragraph cells hold their text in the TD itself; a cell of two paragraphs keeps them as P.
    const struct = run('pdfinfo', ['-struct-text', pdf]);
    expect(struct).toMatch(/^\s*TD\b/m);
    for (const word of ['R0', 'slutt0', 'R139', 'Første', 'Andre1']) expect(struct, word).toContain(word);
    expect(struct).toMatch(/^\s*P\b[\s\S]*Andre1\b/m);
  }, 60_000);
});
