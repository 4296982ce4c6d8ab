// The PDF as Typst writes it, read back with poppler and qpdf: PDF/A-2 metadata, embedded fonts, tags and bookmarks
// in the archival file too, the diagonal watermark centred on portrait and landscape pages alike, landscape pages for
// the sample plan's wide tables, Norwegian letters, and plan text that cannot become Typst code.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { exportPlan } from '../../../electron/services/export/exportPlan';
import { withCreator } from '../../../electron/services/export/pdfMetadata';
import { printTypstPdf } from '../../../electron/services/export/pdfTypst';
import type { Chapter, PlanData } from '../../../shared/domain/plan';
import { buildDocument } from '../../../shared/document/builder';
import { renderTypst } from '../../../shared/document/typst/typstRenderer';
import { TYPST_PROGRAM } from '../../../shared/document/typst/typstProgram';
import { fixturePlan } from '../../document/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-typst-'));
const planPath = join(dir, 'eksempel.planverk');
const draftPdf = join(dir, 'horingsutkast.pdf');
const pdfaPdf = join(dir, 'arkiv.pdf');
const topPdf = join(dir, 'topp.pdf');

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
async function cli(...argv: string[]): Promise<void> {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => {}, err: (l) => err.push(l) });
  expect(code, `${argv.join(' ')}\n${err.join('\n')}`).toBe(0);
}

beforeAll(async () => {
  await cli('new', planPath, '--sample');
  await cli('export', planPath, '--format', 'pdf', '--out', draftPdf, '--watermark', 'horingsutkast');
  await cli('export', planPath, '--format', 'pdf', '--out', pdfaPdf, '--watermark', 'horingsutkast', '--pdfa');
  await cli('export', planPath, '--format', 'pdf', '--out', topPdf, '--watermark', 'utkast', '--watermark-placement', 'top');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Word = { x0: number; y0: number; x1: number; y1: number; text: string };
type Page = { width: number; height: number; words: Word[] };

function pages(pdf: string): Page[] {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: w[5]!,
    })),
  }));
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
const headingCount = (pdf: string) => (run('pdfinfo', ['-struct', pdf]).match(/^\s*H[123]\b/gm) ?? []).length;
const outlineItems = (pdf: string) => [...run('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf]).matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => m[1]!);

describe('PDF/A-2 (cli export --pdfa)', () => {
  it('writes XMP metadata with PDF/A part 2, title, language and Planverk as creator tool and producer', () => {
    const xmp = run('pdfinfo', ['-meta', pdfaPdf]);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Kommunedelplan helse og omsorg 2025–2037</rdf:li>');
    expect(xmp).toMatch(/<dc:language><rdf:Bag><rdf:li>nb(-NO)?<\/rdf:li>/);
    expect(xmp).toContain('<xmp:CreatorTool>Planverk</xmp:CreatorTool>');
    expect(xmp).toContain('<pdf:Producer>Planverk</pdf:Producer>');
    const info = run('pdfinfo', [pdfaPdf]);
    expect(info).toMatch(/^Creator:\s+Planverk$/m);
    expect(info).toMatch(/^Producer:\s+Planverk$/m);
    // The plain (non-archival) export is not marked PDF/A.
    expect(run('pdfinfo', ['-meta', draftPdf])).not.toContain('pdfaid:part');
  });

  it('has an sRGB output intent for PDF/A', () => {
    const raw = readFileSync(pdfaPdf).toString('latin1');
    const intent = /\/Type \/OutputIntent[\s\S]*?>>/.exec(raw)?.[0] ?? '';
    expect(intent).toMatch(/\/S \/GTS_PDFA1/);
    expect(intent).toMatch(/\/DestOutputProfile \d+ 0 R/);
    expect(intent).toMatch(/sRGB/);
  });

  it('embeds every font, in the archival and the plain PDF', () => {
    for (const pdf of [pdfaPdf, draftPdf]) {
      const rows = run('pdffonts', [pdf]).split('\n').slice(2).filter((l) => l.trim());
      expect(rows.length, pdf).toBeGreaterThan(0);
      // Columns: name, type, encoding, emb, sub, uni, object id; "emb" is the fourth from the end.
      for (const row of rows) expect(row.trim().split(/\s+/).at(-4), row).toBe('yes');
    }
  });

  it('keeps the tags (headings, tables with header cells, language, title) and a bookmark for every heading', () => {
    const info = run('pdfinfo', [pdfaPdf]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Kommunedelplan helse og omsorg 2025–2037$/m);
    const struct = run('pdfinfo', ['-struct', pdfaPdf]);
    for (const tag of ['H1', 'H2', 'Table', 'THead', 'TH', 'TD', 'Caption', 'L', 'LI']) expect(struct, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    expect(readFileSync(pdfaPdf).toString('latin1')).toMatch(/\/Lang \((nb|nb-NO)\)/);
    const items = outlineItems(pdfaPdf);
    expect(items).toContain('1 Innledning');
    expect(items.length).toBe(headingCount(pdfaPdf));
  });

  it('passes qpdf --check (cross-reference table and streams intact after naming Planverk)', () => {
    for (const pdf of [pdfaPdf, draftPdf]) {
      const check = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
      if (check.error) return; // qpdf not installed: .ci/run installs it
      expect(check.status, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toContain('No syntax or stream encoding errors found');
    }
  });
});

describe('watermark', () => {
  const LETTERS = /^(H|Ø|HØ|R|I|RI|N|G|NG|S|U|SU|T|K|TK|A|ST)$/;
  /** The watermark's large letters on a page (over 20 pt high: table codes such as «H» are small). */
  const watermark = (p: Page) => p.words.filter((w) => w.y1 - w.y0 > 20 && LETTERS.test(w.text));

  it('is centred on portrait and landscape pages alike, inside the page box, and never leaves a fragment on the next page', () => {
    const ps = pages(draftPdf);
    const offsets: { landscape: boolean; dx: number; dy: number }[] = [];
    for (const [i, p] of ps.entries()) {
      const words = watermark(p);
      // The whole word on every page, read bottom-up along the diagonal: no page has only part of it.
      const read = [...words].sort((a, b) => b.y1 - a.y1).map((w) => w.text).join('');
      expect(read, `page ${i + 1}`).toBe('HØRINGSUTKAST');
      const box = { x0: Math.min(...words.map((w) => w.x0)), x1: Math.max(...words.map((w) => w.x1)), y0: Math.min(...words.map((w) => w.y0)), y1: Math.max(...words.map((w) => w.y1)) };
      expect(box.x0, `page ${i + 1}`).toBeGreaterThan(0);
      expect(box.y0, `page ${i + 1}`).toBeGreaterThan(0);
      expect(box.x1, `page ${i + 1}`).toBeLessThan(p.width);
      expect(box.y1, `page ${i + 1}`).toBeLessThan(p.height);
      const dx = (box.x0 + box.x1) / 2 - p.width / 2;
      const dy = (box.y0 + box.y1) / 2 - p.height / 2;
      // pdftotext's boxes of rotated glyphs are approximate: within 25 pt of the page's centre.
      expect(Math.abs(dx), `page ${i + 1} horizontal`).toBeLessThan(25);
      expect(Math.abs(dy), `page ${i + 1} vertical`).toBeLessThan(25);
      offsets.push({ landscape: p.width > p.height, dx, dy });
    }
    // Both orientations occur, and the watermark sits the same way on both (the old one slid off on landscape pages).
    const portrait = offsets.find((o) => !o.landscape)!;
    const landscape = offsets.find((o) => o.landscape)!;
    expect(portrait && landscape).toBeTruthy();
    expect(Math.abs(portrait.dx - landscape.dx)).toBeLessThan(2);
    expect(Math.abs(portrait.dy - landscape.dy)).toBeLessThan(2);
  });

  it('puts a top watermark as one line in the top margin of every page', () => {
    for (const [i, p] of pages(topPdf).entries()) {
      const line = p.words.filter((w) => w.text === 'UTKAST');
      expect(line.length, `page ${i + 1}`).toBe(1);
      expect(line[0]!.y1, `page ${i + 1}`).toBeLessThan(71); // inside the 25 mm top margin
      expect(Math.abs((line[0]!.x0 + line[0]!.x1) / 2 - p.width / 2), `page ${i + 1}`).toBeLessThan(2);
    }
  });

  it('is page furniture outside the structure tree, like the footer', async () => {
    // A short document: poppler takes a minute to print the structure of the whole sample plan.
    const model = buildDocument(fixturePlan(), { part: 'plan', watermark: 'horingsutkast' });
    const short = join(dir, 'kort.pdf');
    writeFileSync(short, await printTypstPdf({ ...model, blocks: model.blocks.slice(0, 12) }));
    expect(pageCount(short)).toBeGreaterThan(2);
    const struct = run('pdfinfo', ['-struct-text', short]);
    expect(struct).toContain('Innledning');
    expect(struct).not.toContain('HØRINGSUTKAST');
    expect(struct).not.toMatch(/Side \d+ av/);
  });
});

describe('print layout of the sample plan', () => {
  it('counts the hearing draft pages and puts the wide tables, and only them, on landscape pages', () => {
    const ps = pages(draftPdf);
    const text = (p: Page) => p.words.map((w) => w.text).join(' ');
    const landscape = ps.flatMap((p, i) => (p.width > p.height ? [i + 1] : []));
    console.info(`sample plan hearing draft: ${ps.length} pages, ${landscape.length} landscape (${landscape.join(', ')})`);
    expect(pageCount(draftPdf)).toBe(ps.length);
    expect(landscape.length).toBeGreaterThanOrEqual(2);
    for (const caption of [/Tabell \d+: Oversikt over delplanområder/, /Tabell \d+: Handlingsplan/]) {
      const at = ps.findIndex((p) => caption.test(text(p)));
      expect(landscape, String(caption)).toContain(at + 1);
    }
    // The cover, Innhold and the chapters' prose stay portrait.
    expect(landscape).not.toContain(1);
    expect(landscape).not.toContain(2);
    expect(ps.filter((p) => p.width < p.height).length).toBeGreaterThan(landscape.length);
  });

  it('repeats a table header row on every page the table runs over', () => {
    const ps = pages(draftPdf);
    const text = (p: Page) => p.words.map((w) => w.text).join(' ');
    const start = ps.findIndex((p) => /Tabell \d+: Handlingsplan/.test(text(p)));
    expect(start).toBeGreaterThan(0);
    // The measures table runs over more than one page; each of its pages starts with the header «Tiltak … Ansvar».
    let page = start;
    while (page + 1 < ps.length && ps[page + 1]!.width > ps[page + 1]!.height && !/Tabell \d+:/.test(text(ps[page + 1]!))) page++;
    expect(page).toBeGreaterThan(start);
    for (let i = start + 1; i <= page; i++) {
      const firstLine = run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), draftPdf, '-']).split('\n').find((l) => /^\s*[A-ZÆØÅ]\p{Ll}/u.test(l));
      expect(firstLine, `page ${i + 1}`).toMatch(/^\s*Tiltak\s+Ansvar\s+Årsverk/);
    }
  });

  it('extracts Norwegian letters æøå ÆØÅ as written', () => {
    const text = run('pdftotext', [draftPdf, '-']);
    for (const word of ['Høringsutkast', 'aktører', 'Gjennomføring', 'Årsverk', 'pårørende', 'Økt', 'Spørreundersøkelse']) expect(text, word).toContain(word);
    expect(text).toMatch(/[æøå]/);
    expect(text).toMatch(/[ÆØÅ]/);
  });
});

/** Typst syntax in every kind of plan text: markup, code, strings, escapes, file reads, labels and math. */
const TYPST_HOSTILE = String.raw`#import "/etc/passwd": * ] #read("/etc/passwd") "\" \\ #panic("x") $x^2$ @fig <lab> *fet* _kursiv_ = Ikke overskrift ÆØÅ æøå`;

function typstHostilePlan(): PlanData {
  const plan = fixturePlan();
  const para = (t: string) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
  const chapter: Chapter = {
    id: 'typst-hostile',
    sortKey: 999,
    parentId: null,
    kind: 'chapter',
    title: `Kapittel ${TYPST_HOSTILE}`,
    numbered: true,
    status: 'utkast',
    groupId: null,
    body: { type: 'doc', content: [para(TYPST_HOSTILE), para(`#{ panic("kode") } ${TYPST_HOSTILE}`)] },
  };
  return {
    ...plan,
    plan: { ...plan.plan, title: `Plan ${TYPST_HOSTILE}`, profileFont: `Carlito") #panic("font` },
    groups: plan.groups.map((g, i) => (i === 0 ? { ...g, name: `${g.name} ${TYPST_HOSTILE}` } : g)),
    chapters: [...plan.chapters, chapter],
  };
}

describe('plan text is data, never Typst code', () => {
  it('hostile text cannot inject: the program is the same constant for every plan, and every string prints as written', async () => {
    const plan = typstHostilePlan();
    const model = buildDocument(plan, { part: 'plan', watermark: 'horingsutkast' });
    const input = renderTypst(model);
    expect(input.main).toBe(TYPST_PROGRAM);
    expect(input.main).not.toContain('passwd');
    expect(input.data.json).toContain(JSON.stringify(TYPST_HOSTILE).slice(1, -1));

    const out = join(dir, 'fiendtlig.pdf');
    await exportPlan(plan, { format: 'pdf', out, part: 'plan', watermark: 'none' });
    const text = run('pdftotext', [out, '-']).replace(/\s+/g, ' ');
    // pdftotext puts line breaks where lines wrap; compare with whitespace squashed.
    expect(text).toContain(TYPST_HOSTILE.replace(/\s+/g, ' '));
    expect(text).toContain(`#{ panic("kode") }`);
    expect(text).not.toMatch(/root:.*:0:0/);
    expect(run('pdfinfo', [out])).toMatch(/^Title:.*#import "\/etc\/passwd": \* \] #read/m);
  });
});

describe('naming Planverk in the PDF', () => {
  it('leaves a PDF whose structure it does not know unchanged', () => {
    const odd = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    expect(withCreator(odd)).toBe(odd);
  });
});
