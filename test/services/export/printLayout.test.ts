// The sample plan exported through the CLI as a user runs it, checked on the real PDF (poppler) and DOCX: wide tables
// on landscape pages, nothing outside the text area, body text at its size whether or not the matrix is in it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';

const dir = mkdtempSync(join(tmpdir(), 'planverk-print-layout-'));
const planPath = join(dir, 'eksempel.planverk');
const planPdf = join(dir, 'plan.pdf');
const merknadPdf = join(dir, 'merknad.pdf');
const planDocx = join(dir, 'plan.docx');

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
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Word = { x0: number; y0: number; x1: number; y1: number; text: string };
type Page = { width: number; height: number; words: Word[]; text: string };

function pages(pdf: string): Page[] {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const words = [...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: w[5]!,
    }));
    return { width: Number(m[1]), height: Number(m[2]), words, text: words.map((w) => w.text).join(' ') };
  });
}

const MM = 72 / 25.4;
const landscape = (p: Page) => p.width > p.height;
/** The most common glyph height of a page's words: its body text. */
function bodyHeight(ps: Page[]): number {
  const counts = new Map<number, number>();
  for (const p of ps) for (const w of p.words) counts.set(Math.round((w.y1 - w.y0) * 10) / 10, (counts.get(Math.round((w.y1 - w.y0) * 10) / 10) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
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

  it('leaves no word outside the text area on any page, portrait or landscape', () => {
    for (const [i, p] of pages(planPdf).entries()) {
      const outside = p.words.filter((w) => w.x0 < 25 * MM - 1 || w.x1 > p.width - 25 * MM + 1 || w.y0 < 0 || w.y1 > p.height);
      expect(outside.map((w) => w.text), `page ${i + 1}`).toEqual([]);
    }
  });

  it('keeps body text at its size with the wide matrix in the document (no shrink-to-fit)', () => {
    const withMatrix = bodyHeight(pages(planPdf).filter((p) => !landscape(p)));
    const withoutMatrix = bodyHeight(pages(merknadPdf).filter((p) => !landscape(p)));
    expect(withMatrix).toBeCloseTo(withoutMatrix, 0);
    // 11 pt body text: Carlito's glyph box is about 10.6 pt; shrunk to 75 % it was 8.1.
    expect(withMatrix).toBeGreaterThan(10);
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
