// End-to-end export: the PDF as poppler reads it (tags, outline, text order), the files written atomically,
// refusals that leave the previous file untouched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan } from '../../../electron/services/export/exportPlan';
import { PlanverkError } from '../../../shared/api/errors';
import { buildDocument } from '../../../shared/document/builder';
import type { DocModel, TocEntry } from '../../../shared/document/model';
import { fixturePlan, hostilePlan, HOSTILE, nynorskPlan, pngAsset } from '../../document/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-export-'));
const plan = fixturePlan();
const pdfPath = join(dir, 'plan.pdf');

beforeAll(async () => {
  await exportPlan(plan, { format: 'pdf', out: pdfPath, part: 'plan', watermark: 'horingsutkast' });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The /Alt entries of a PDF's structure elements, decoded from UTF-16BE hex or literal strings. */
function altTexts(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/Alt\s*(?:<([0-9A-Fa-f]+)>|\(((?:[^()\\]|\\.)*)\))/g)].map((m) => {
    if (m[2] !== undefined) return m[2];
    const bytes = Buffer.from(m[1]!, 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
  });
}

const tocEntries = (model: DocModel): TocEntry[] => model.blocks.flatMap((b) => (b.kind === 'toc' ? b.entries : []));

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('PDF export', () => {
  it('is tagged, A4 and titled', () => {
    const info = run('pdfinfo', [pdfPath]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Kommunedelplan helse og omsorg 2025–2037$/m);
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
  });

  it('tags headings H1–H3, table header cells TH and the figure with its alt text', () => {
    const struct = run('pdfinfo', ['-struct-text', pdfPath]);
    for (const tag of ['H1', 'H2', 'H3', 'Table', 'TH', 'TD', 'Caption', 'L', 'LI']) expect(struct, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    expect(struct).toMatch(/^\s*Figure/m);
    expect(struct).toMatch(/^\s*H1 "5 Vedlegg: tall og tabeller"/m);
    expect(struct).toMatch(/^\s*Caption\n(?:\s*(?:Span|\/)[^\n]*\n)*\s*"Tabell 2: Nøkkeltall for tjenestene"/m);
    // poppler does not print /Alt; the structure dictionaries are uncompressed, so read the entries from the file.
    const alts = altTexts(readFileSync(pdfPath));
    for (const name of ['befolkning.png', 'kommunevapen.png']) expect(alts).toContain(plan.assets.find((a) => a.name === name)!.alt);
  });

  it('shows cover, Innhold and headings in reading order, with the footer "Side X av Y" and the watermark', () => {
    // Reading order is the structure tree's (what assistive technology follows), not pdftotext's guess from positions.
    const struct = run('pdfinfo', ['-struct-text', pdfPath]);
    const order = ['Eksempel kommune', 'Kommunedelplan helse og omsorg', 'Høringsdokument vedtatt og lagt ut på høring', 'Frist for innspill', 'Innhold', '1 Innledning', '2.1 Rapport fra arbeidsgruppe', '5 Vedlegg: tall og tabeller', 'Figur 1: Befolkningsutvikling', 'Tabell 2: Nøkkeltall for tjenestene'];
    let at = -1;
    for (const s of order) {
      const next = struct.indexOf(s, at + 1);
      expect(next, `«${s}» after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    const text = run('pdftotext', [pdfPath, '-']);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdfPath]))?.[1]);
    expect(text).toContain(`Side 2 av ${pages}`);
    // Diagonal (the default), the watermark comes out of pdftotext a letter or two per line.
    expect(text.replace(/\s+/g, '')).toContain('HØRINGSUTKAST');
  });

  it('has an outline (bookmark) entry for every heading', () => {
    const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdfPath]);
    const items = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => m[1]);
    expect(items).toContain('1 Innledning');
    expect(items).toContain('2.1 Rapport fra arbeidsgruppe for utvikling og innovasjon');
    expect(items).toContain('5 Vedlegg: tall og tabeller');
    expect(items).toContain('Kilder');
    const headingsInStruct = (run('pdfinfo', ['-struct', pdfPath]).match(/^\s*H[123]\b/gm) ?? []).length;
    expect(items.length).toBe(headingsInStruct);
  });

  it('numbers Innhold with the page on which pdftotext finds each heading', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdfPath]))?.[1]);
    // Each page's lines from the words' boxes, leaving out the diagonal watermark's large letters, which -layout would
    // otherwise lay out between an entry and its page number.
    const pageText = Array.from({ length: pages }, (_, i) => {
      const bbox = run('pdftotext', ['-bbox', '-f', String(i + 1), '-l', String(i + 1), pdfPath, '-']);
      const lines = new Map<number, { x: number; text: string }[]>();
      for (const m of bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        if (Number(m[3]) - Number(m[2]) > 25) continue;
        const y = Math.round(Number(m[2]));
        lines.set(y, [...(lines.get(y) ?? []), { x: Number(m[1]), text: m[4]! }]);
      }
      return [...lines].sort((a, b) => a[0] - b[0]).map(([, words]) => words.sort((a, b) => a.x - b.x).map((w) => w.text).join(' ')).join('\n');
    });
    const tocPage = pageText.findIndex((t) => /^\s*Innhold\s*$/m.test(t));
    expect(tocPage).toBeGreaterThanOrEqual(0);
    const entries = tocEntries(buildDocument(plan, { part: 'plan', watermark: 'horingsutkast' }));
    expect(entries.length).toBeGreaterThan(10);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const entry of entries) {
      const label = entry.number ? `${entry.number} ${entry.text}` : entry.text;
      // In the TOC: the entry, then its page number at the end of the line.
      const line = pageText[tocPage]!.split('\n').find((l) => squash(l).startsWith(`${label} `) && /\d+\s*$/.test(l));
      expect(line, `TOC line for «${label}»`).toBeDefined();
      const listed = Number(/(\d+)\s*$/.exec(line!)![1]);
      // In the body: the first page after the TOC with the heading as a line of its own.
      const found = pageText.findIndex((t, i) => i > tocPage && t.split('\n').some((l) => squash(l) === label)) + 1;
      expect(listed, `page of «${label}»`).toBe(found);
    }
  });

  it('writes a nynorsk PDF with "Innhald" and a hostile plan as plain text', async () => {
    const nn = join(dir, 'nn.pdf');
    await exportPlan(nynorskPlan(), { format: 'pdf', out: nn, part: 'plan', watermark: 'none' });
    const text = run('pdftotext', [nn, '-']);
    expect(text).toContain('Innhald');
    expect(text).not.toContain('Innhold');
    const bad = join(dir, 'hostile.pdf');
    await exportPlan(hostilePlan(), { format: 'pdf', out: bad, part: 'plan', watermark: 'none' });
    expect(run('pdftotext', [bad, '-']).replace(/\s+/g, ' ')).toContain(HOSTILE.slice(0, 30));
  });
});

describe('export files', () => {
  it('writes DOCX, HTML and the matrix and group parts', async () => {
    for (const [format, part, name] of [
      ['docx', 'plan', 'plan.docx'],
      ['html', 'plan', 'plan.html'],
      ['docx', 'matrix', 'matrise.docx'],
      ['html', { group: '2' }, 'gruppe2.html'],
    ] as const) {
      const out = join(dir, name);
      const result = await exportPlan(plan, { format, out, part, watermark: 'none' });
      expect(result.bytes).toBe(readFileSync(out).byteLength);
      expect(result.warnings.filter((w) => w.severity === 'error')).toEqual([]);
    }
    expect(readFileSync(join(dir, 'plan.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'gruppe2.html'), 'utf8')).toMatch(/<h1 id="h1" class="chapter">1 Arbeidsgruppe 2: /);
  });

  it('refuses an image without alt text and leaves the previous file as it was, with no temp file behind', async () => {
    const out = join(dir, 'refused.docx');
    writeFileSync(out, 'forrige versjon');
    const bare = pngAsset('uten-alt.png', '', 8, 8, 9);
    const broken = {
      ...plan,
      assets: [...plan.assets, bare],
      chapters: [...plan.chapters, { ...plan.chapters[0]!, id: 'uten-alt', body: { type: 'doc' as const, content: [{ type: 'image', attrs: { assetId: bare.id } }] } }],
    };
    const err = await exportPlan(broken, { format: 'docx', out, watermark: 'none' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanverkError);
    expect((err as PlanverkError).code).toBe('EXPORT_BLOCKED');
    expect((err as PlanverkError).detail).toContain('uten-alt.png');
    expect(readFileSync(out, 'utf8')).toBe('forrige versjon');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no file when cancelled, and the previous file when a render fails', async () => {
    const out = join(dir, 'cancelled.pdf');
    const controller = new AbortController();
    const pending = exportPlan(plan, { format: 'pdf', out, watermark: 'none', signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(dir).filter((f) => f.startsWith('cancelled') || f.includes('cancelled.pdf'))).toEqual([]);

    const previous = join(dir, 'gruppe.docx');
    writeFileSync(previous, 'forrige');
    await expect(exportPlan(plan, { format: 'docx', out: previous, part: { group: 'finnes ikke' }, watermark: 'none' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(readFileSync(previous, 'utf8')).toBe('forrige');
  });

  it('reports a missing folder in one sentence instead of a stack trace', async () => {
    const err = await exportPlan(plan, { format: 'html', out: join(dir, 'finnes-ikke', 'x.html'), watermark: 'none' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanverkError);
    expect((err as PlanverkError).message).toMatch(/\.$/);
  });
});
