// The PDF sets type as Word sets the DOCX by default (issue 14: the same Calibri/Carlito metrics, so the same line
// breaks; and the cold PDF's time, kerning and ligatures being ≈ 18 % of Typst's work): body and table text neither
// kerned nor ligatured, headings and other text of 12 pt and up kerned, in the PDF and in the DOCX's heading styles.
// Checked on the real PDF: word widths from pdftotext -bbox (kerning pulls «AVA» in, never «AAV», the same three
// letters) and the subset fonts' ToUnicode maps (a ligature is one glyph standing for several letters).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { printTypstPdf } from '../../../electron/services/export/pdfTypst';
import { buildDocument } from '../../../shared/document/builder';
import { renderDocx } from '../../../shared/document/docx/docxRenderer';
import type { Block, DocModel } from '../../../shared/document/model';
import { fixturePlan } from '../../document/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-typst-typography-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

const par = (text: string): Block => ({ kind: 'paragraph', runs: [{ kind: 'text', text }] });
const heading = (text: string): Block => ({ kind: 'heading', level: 1, text, id: 'h-typo', number: null, inToc: false });
const table = (text: string): Block => ({ kind: 'table', caption: null, headerRows: [[{ blocks: [par('Tiltak')] }]], bodyRows: [{ cells: [{ blocks: [par(text)] }] }], columnWidths: [1] });
const model = (blocks: Block[]): DocModel => ({ ...buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' }), blocks });

/** Width in points of each word pdftotext finds (the last one where a word occurs twice). */
function wordWidths(pdf: string): Map<string, number> {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  return new Map([...xml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => [m[3]!, Number(m[2]) - Number(m[1])]));
}

/** Every ToUnicode entry of the PDF's fonts that maps one glyph to more than one character (a ligature). */
function ligatureGlyphs(pdf: string): string[] {
  const plain = join(dir, 'plain.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, plain]);
  const text = readFileSync(plain, 'latin1');
  const maps = [...text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)].map((m) => m[1]!);
  return maps.flatMap((m) => [...m.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)].filter((e) => e[2]!.length > 4 && !/^D[89AB]/i.test(e[2]!)).map((e) => e[0]!));
}

describe('type in the PDF', () => {
  it('leaves body and table text unkerned and without ligatures, and kerns headings', async () => {
    const pdf = join(dir, 'typografi.pdf');
    writeFileSync(pdf, await printTypstPdf(model([heading('HAVA HAAV'), par('Tekst AVA AAV med fil og flyt offisielt.'), table('Rad AVAT AAVT finne')])));
    const widths = wordWidths(pdf);
    // Body 11 pt, table 9.5 pt: the same letters in another order are exactly as wide.
    expect(widths.get('AVA')).toBeCloseTo(widths.get('AAV')!, 2);
    expect(widths.get('AVAT')).toBeCloseTo(widths.get('AAVT')!, 2);
    // The 18 pt heading is kerned: «AV» and «VA» pull together, so HAVA is narrower than HAAV (one pair less).
    expect(widths.get('HAAV')! - widths.get('HAVA')!).toBeGreaterThan(0.5);
    // «fi», «fl», «ffi» as separate letters: no glyph stands for two.
    expect(ligatureGlyphs(pdf)).toEqual([]);
    expect(run('pdftotext', [pdf, '-'])).toContain('med fil og flyt offisielt');
  }, 60_000);
});

describe('type in the DOCX', () => {
  it('kerns the title and heading styles from 12 pt up, as Word’s own headings, and leaves body text as Word does', async () => {
    const bytes = await renderDocx(model([heading('HAVA'), par('AVA')]), {});
    const styles = strFromU8(unzipSync(bytes)['word/styles.xml']!);
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      const style = styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';
      expect(style, id).toContain('<w:kern w:val="24"/>');
    }
    const normal = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    expect(normal).not.toContain('w:kern');
  });
});
