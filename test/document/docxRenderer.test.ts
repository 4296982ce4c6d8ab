// The DOCX as Word, pandoc, mammoth and LibreOffice see it: unzipped XML, read back, and converted to PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { fixturePlan, hostilePlan, HOSTILE, nynorskPlan } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = fixturePlan();
const model = buildDocument(plan, { part: 'plan', watermark: 'horingsutkast' });
let bytes: Uint8Array;
let documentXml: string;
let docPath: string;

beforeAll(async () => {
  bytes = await renderDocx(model, { date: new Date('2025-04-15T08:00:00Z') });
  docPath = join(dir, 'plan.docx');
  writeFileSync(docPath, bytes);
  documentXml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
});

const part = async (name: string) => (await JSZip.loadAsync(bytes)).file(name)?.async('string');

describe('DOCX renderer', () => {
  it('uses the built-in Heading 1–3, Title and Caption styles', () => {
    for (const style of ['Heading1', 'Heading2', 'Heading3', 'Title', 'Caption']) {
      expect(documentXml, style).toContain(`<w:pStyle w:val="${style}"/>`);
    }
    // A heading is a style, never bold body text: every chapter title sits in a Heading paragraph.
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?5 Vedlegg: tall og tabeller/s);
  });

  it('writes the table of contents with its entries, hyperlinks and page numbers, clean so Word does not prompt', () => {
    const sdt = /<w:sdt>.*?<\/w:sdt>/s.exec(documentXml)?.[0] ?? '';
    expect(sdt).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(sdt).not.toContain('w:dirty="true"');
    const entries = [...sdt.matchAll(/<w:hyperlink[^>]*w:anchor="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/gs)];
    const texts = entries.map((e) => [...e[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('|'));
    const tocModel = model.blocks[0]!;
    expect(tocModel.kind).toBe('toc');
    if (tocModel.kind !== 'toc') return;
    expect(entries.length).toBe(tocModel.entries.length);
    tocModel.entries.forEach((e, i) => expect(texts[i]).toContain(e.number ? `${e.number} ${e.text}` : e.text));
    // Every entry's anchor is a bookmark in the body.
    for (const e of entries) expect(documentXml).toContain(`w:name="${e[1]}"`);
    // Nothing in the document asks Word to update fields when it opens.
    expect(documentXml).not.toContain('w:dirty="true"');
  });

  it('writes page numbers into the TOC when asked to lay out the pages', async () => {
    const small = buildDocument(plan, { part: { group: '2' }, watermark: 'none' });
    const laidOut = await renderDocx(small, { pageNumbers: true });
    const xml = await (await JSZip.loadAsync(laidOut)).file('word/document.xml')!.async('string');
    const sdt = /<w:sdt>.*?<\/w:sdt>/s.exec(xml)?.[0] ?? '';
    expect(sdt).toMatch(/Hjemmetjenester og koordinering[^<]*<\/w:t>.*PAGEREF \S+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>3<\/w:t>/s);
    expect(xml).not.toContain('w:dirty="true"');
  });

  it('marks header rows to repeat on every page and gives images alt text', () => {
    const headerRows = documentXml.match(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/gs) ?? [];
    const tableCount = (documentXml.match(/<w:tbl>/g) ?? []).length;
    expect(tableCount).toBeGreaterThanOrEqual(6);
    expect(headerRows.length).toBeGreaterThanOrEqual(tableCount);
    const image = plan.assets.find((a) => a.name === 'befolkning.png')!;
    expect(documentXml).toMatch(new RegExp(`<wp:docPr [^>]*descr="${image.alt}"`));
    const logo = plan.assets.find((a) => a.name === 'kommunevapen.png')!;
    expect(documentXml).toMatch(new RegExp(`<wp:docPr [^>]*descr="${logo.alt}"`));
  });

  it('sets title, language, footer "Side X av Y" and the watermark', async () => {
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>Kommunedelplan helse og omsorg 2025–2037</dc:title>');
    expect(core).toContain('<dc:language>nb-NO</dc:language>');
    const styles = await part('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="nb-NO"\/>.*<\/w:docDefaults>/s);
    const footers = await Promise.all(['word/footer1.xml', 'word/footer2.xml'].map(part));
    const footer = footers.find((f) => f?.includes('NUMPAGES')) ?? '';
    expect(footer).toContain('Side\u00a0');
    expect(footer).toMatch(/PAGE.*av\u00a0.*NUMPAGES/s);
    const headers = await Promise.all(['word/header1.xml', 'word/header2.xml'].map(part));
    expect(headers.some((h) => h?.includes('HØRINGSUTKAST'))).toBe(true);
  });

  it('draws the watermark diagonally as the Word text watermark, or as a centred line at the top of the page', async () => {
    const headerXml = async (docx: Uint8Array) => {
      const zip = await JSZip.loadAsync(docx);
      const names = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
      return (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
    };
    const diagonal = await headerXml(bytes);
    // Word's watermark: a VML text path shape rotated 315° behind the text.
    expect(diagonal).toMatch(/<v:textpath[^>]*string="HØRINGSUTKAST"/);
    expect(diagonal).toMatch(/rotation:315/);
    const top = await headerXml(await renderDocx(buildDocument(plan, { part: 'plan', watermark: 'utkast', watermarkPlacement: 'top' })));
    expect(top).not.toContain('v:textpath');
    expect(top).toMatch(/<w:jc w:val="center"\/>.*<w:t[^>]*>UTKAST<\/w:t>/s);
    const none = await renderDocx(buildDocument(plan, { part: 'plan', watermark: 'none' }));
    expect(await headerXml(none)).not.toMatch(/UTKAST/);
  });

  it('survives reading back with mammoth and pandoc: headings, tables and captions', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const bookmarks = '(?:<a id="[^"]*"></a>)*';
    expect(html).toMatch(new RegExp(`<h1>${bookmarks}5 Vedlegg: tall og tabeller</h1>`));
    expect(html).toMatch(new RegExp(`<h2>${bookmarks}2\\.1 Rapport fra arbeidsgruppe`));
    expect(html).toMatch(new RegExp(`<h3>${bookmarks}Kilder</h3>`));
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(html).toContain('Tabell 2: Nøkkeltall for tjenestene');
    const md = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', docPath], { encoding: 'utf8' });
    expect(md).toMatch(/^# .*1 Innledning/m);
    expect(md).toMatch(/^## .*2\.1 Rapport fra arbeidsgruppe/m);
    expect(md).toContain('Tabell 4: Handlingsplan');
    expect(md).toContain('Figur 1: Befolkningsutvikling 80 år og eldre');
    expect(md).toMatch(/Hjemmesykepleie/);
  });

  it('converts with LibreOffice, which shows the written TOC entries', () => {
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docPath], { stdio: 'pipe', timeout: 90_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
    const tocStart = text.indexOf('Innhold');
    expect(tocStart).toBeGreaterThan(text.indexOf('Eksempel kommune'));
    expect(text.indexOf('Eksempel kommune')).toBeGreaterThanOrEqual(0);
    const toc = text.slice(tocStart, tocStart + 3000);
    expect(toc).toMatch(/1 Innledning/);
    expect(toc).toMatch(/2\.1 Rapport fra arbeidsgruppe/);
    expect(toc).toMatch(/5 Vedlegg: tall og tabeller/);
  });

  it('writes a nynorsk plan with nn-NO and "Innhald"', async () => {
    const nn = await renderDocx(buildDocument(nynorskPlan(), { part: 'plan', watermark: 'none' }));
    const zip = await JSZip.loadAsync(nn);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:language>nn-NO</dc:language>');
    expect(await zip.file('word/document.xml')!.async('string')).toContain('>Innhald<');
  });

  it('keeps hostile text as text', async () => {
    const hostile = await renderDocx(buildDocument(hostilePlan(), { part: 'plan', watermark: 'none' }));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(hostile) });
    expect(text).toContain(HOSTILE);
    const xml = await (await JSZip.loadAsync(hostile)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('javascript:');
    expect(readFileSync(docPath).byteLength).toBeGreaterThan(0);
  });
});
