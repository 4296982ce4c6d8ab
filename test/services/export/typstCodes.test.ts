// Law ids and other hyphenated codes never break at their hyphens in the Typst PDF, as in the DOCX (non-breaking
// hyphens) and the HTML (nowrap): checked on the real PDF, read back with pdftotext, in a narrow table column where
// the codes fall at every place of a line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printTypstPdf } from '../../../electron/services/export/pdfTypst';
import { buildDocument } from '../../../shared/document/builder';
import type { Block, DocModel, TableRow } from '../../../shared/document/model';
import { fixturePlan } from '../../document/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-typst-codes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Law ids (hyphen before digits), a plan code with letters after a hyphen, and a case number. */
const CODES = ['LOV-1999-07-02-63', 'FOR-2017-10-27-1714', 'KDP-2024-HO', 'A1-B2-C3', '2024-1234'];

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ kind: 'text', text }] });

/** Rows whose narrow first cell has the codes after 0..15 short words, so each code meets a line end somewhere. */
function codeTable(): Block {
  const rows: TableRow[] = [];
  for (let words = 0; words < 16; words++)
    for (const code of CODES) rows.push({ cells: [{ blocks: [para(`${'ved '.repeat(words)}${code} gjelder`)] }, { blocks: [para('Tekst')] }] });
  return { kind: 'table', caption: null, headerRows: [], bodyRows: rows, columnWidths: [1, 5] };
}

describe('hyphenated codes in the Typst PDF', () => {
  it('keeps every law id and hyphenated code on one line in a narrow column and in running text', async () => {
    const base = buildDocument(fixturePlan(), { part: 'plan', watermark: 'none', watermarkPlacement: 'diagonal' });
    const narrowText = Array.from({ length: 40 }, (_, i) => `${'ord '.repeat(i % 9)}${CODES[i % CODES.length]}`).join(' ');
    const model: DocModel = { ...base, blocks: [codeTable(), para(narrowText)] };
    const pdf = join(dir, 'koder.pdf');
    writeFileSync(pdf, await printTypstPdf(model));
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    const lines = text.split('\n').map((l) => l.trim());
    for (const code of CODES) {
      const whole = lines.reduce((n, l) => n + l.split(code).length - 1, 0);
      // Every occurrence is whole on its line: 16 in the table and 8 in the paragraph.
      expect(whole, `${code} is split across lines`).toBe(16 + 8);
    }
    // No line ends in a hyphen (a code cut at one of its hyphens).
    expect(lines.filter((l) => /[\p{L}\d]-$/u.test(l))).toEqual([]);
  });
});
