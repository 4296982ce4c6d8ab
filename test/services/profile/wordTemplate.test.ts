// The municipality's Word template through the real dispatcher on real plan files: a template LibreOffice made (Heading 1
// in red Georgia, a header, a footer with a page number) is set in «Dokumentprofil» → the exported DOCX carries its
// styles and parts, in every section, and LibreOffice shows them; hostile templates are refused, the plan file untouched.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import type { CallName } from '../../../shared/api/contract';
import type { WordTemplateSummary } from '../../../shared/api/calls/profile';
import type { PlanView } from '../../../shared/domain/planView';
import { decodePng } from '../export/pngPixels';
import { sha256File, tempDir } from '../store/helpers';
import {
  alteredTemplate,
  BILLION_LAUGHS,
  CONTENT_TYPES_MACRO,
  libreOfficeTemplate,
  soffice,
  TEMPLATE_FOOTER_TEXT,
  TEMPLATE_HEADER_TEXT,
  TEMPLATE_RED,
  zipBomb,
} from './wordTemplateFixtures';

const tmp = tempDir('planverk-wordmal-');
afterAll(() => tmp.cleanup());
let template: Buffer;
beforeAll(() => {
  template = libreOfficeTemplate(tmp.dir);
}, 120_000);

function openApi(name: string) {
  const session = createSession({ recentFilePath: tmp.file(`${name}-recent.json`) });
  const handlers = createHandlers(session, {});
  const raw = (call: CallName, args: unknown) => dispatch(handlers, call, args);
  const ok = async <T>(call: CallName, args: unknown = {}): Promise<T> => {
    const r = await raw(call, args);
    if (!r.ok) throw new Error(`${call}: ${r.error.code} ${r.error.message} ${r.error.detail ?? ''}`);
    return r.value as T;
  };
  return { raw, ok, load: () => ok<PlanView>('plan.load') };
}

const setTemplate = (bytes: Buffer, name = 'kommunemal.dotx') => ({ name, dataBase64: bytes.toString('base64') });

async function exportDocx(api: ReturnType<typeof openApi>, out: string): Promise<Record<string, string>> {
  await api.ok('export.run', { format: 'docx', out });
  const files = unzipSync(readFileSync(out));
  return Object.fromEntries(Object.entries(files).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, d]) => [n, strFromU8(d)]));
}

const styleXml = (styles: string, id: string): string => styles.match(new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`))?.[0] ?? '';

describe('Word template in Dokumentprofil (made with LibreOffice)', () => {
  it('lists the template with the styles and parts it found, and one undo removes it', async () => {
    const api = openApi('summary');
    await api.ok('file.new', { path: tmp.file('summary.planverk'), sample: false });
    const set = await api.ok<WordTemplateSummary>('profile.setWordTemplate', setTemplate(template));
    expect(set.name).toBe('kommunemal.dotx');
    expect(set.styles.map((s) => s.role)).toEqual(expect.arrayContaining(['Normal', 'Heading1', 'Caption']));
    expect(set.headers).toEqual(['default']);
    expect(set.footers).toEqual(['default']);
    expect((await api.load()).plan.profileWordTemplateAssetId).toMatch(/^[0-9a-f]{64}$/);
    expect(await api.ok<WordTemplateSummary | null>('profile.wordTemplate')).toMatchObject({ name: 'kommunemal.dotx', headers: ['default'] });
    await api.ok('plan.undo');
    expect((await api.load()).plan.profileWordTemplateAssetId ?? null).toBeNull();
    expect(await api.ok('profile.wordTemplate')).toBeNull();
  });

  it('exports a DOCX whose Heading 1 is the template\'s red Georgia, with its header and page-numbered footer in every section, and LibreOffice shows them', async () => {
    const api = openApi('export');
    await api.ok('file.new', { path: tmp.file('export.planverk'), sample: true });
    await api.ok('profile.setWordTemplate', setTemplate(template));
    const out = tmp.file('med-mal.docx');
    const files = await exportDocx(api, out);
    const styles = files['word/styles.xml']!;
    const heading1 = styleXml(styles, 'Heading1');
    expect(heading1).toMatch(/w:ascii="Georgia"/);
    expect(heading1).toContain(`w:val="${TEMPLATE_RED}"`);
    // Accessibility kept: a real heading style with its outline level, no list numbering from the template.
    expect(heading1).toMatch(/<w:outlineLvl w:val="0"\/>/);
    expect(heading1).not.toContain('numPr');
    expect(styleXml(styles, 'Heading2')).toMatch(/<w:outlineLvl w:val="1"\/>/);
    // The document's language is ours (the template said en-US).
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="nb-NO"\/>/);
    expect(styles).not.toContain('en-US');
    const doc = files['word/document.xml']!;
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    // Every section (the portrait ones and the landscape ones of wide tables) points at a header and a footer.
    const sections = doc.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.some((s) => /w:orient="landscape"/.test(s))).toBe(true);
    const rels = files['word/_rels/document.xml.rels']!;
    for (const s of sections) {
      const headerId = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(s)?.[1];
      const footerId = /<w:footerReference w:type="default" r:id="([^"]+)"/.exec(s)?.[1];
      const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
      expect(files[`word/${target(headerId)}`]).toContain(TEMPLATE_HEADER_TEXT);
      const footer = files[`word/${target(footerId)}`]!;
      expect(footer).toContain(TEMPLATE_FOOTER_TEXT);
      expect(footer).toMatch(/<w:instrText[^>]*> PAGE </);
    }
    expect(Object.values(files).some((x) => x.includes('PLANVERK-MAL'))).toBe(false);

    // LibreOffice reads the exported DOCX: its Heading 1 style is red Georgia, and the header text is on the pages.
    soffice(['--convert-to', 'fodt', out], tmp.dir);
    const fodt = readFileSync(tmp.file('med-mal.fodt'), 'utf8');
    const loHeading = fodt.match(/<style:style style:name="Heading_20_1"[\s\S]*?<\/style:style>/)?.[0] ?? '';
    expect(loHeading).toContain('style:font-name="Georgia"');
    expect(loHeading.toLowerCase()).toContain('fo:color="#c00000"');
    soffice(['--convert-to', 'pdf', out], tmp.dir);
    const pdf = tmp.file('med-mal.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.filter((p) => p.includes(TEMPLATE_HEADER_TEXT)).length).toBe(pages.length - 1); // all but the cover
    // Georgia is not installed here: LibreOffice draws a substitute, so the colour is what the PDF can prove.
    const firstChapter = pages.findIndex((p, i) => i > 1 && /^\s*1 /m.test(p)) + 1;
    execFileSync('pdftoppm', ['-f', String(firstChapter), '-l', String(firstChapter), '-r', '40', '-png', pdf, tmp.file('side')]);
    const png = readFileSync(execFileSync('sh', ['-c', `ls ${tmp.file('side')}*.png | head -1`], { encoding: 'utf8' }).trim());
    const { pixels } = decodePng(png);
    let red = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 150 && pixels[i + 1]! < 60 && pixels[i + 2]! < 60) red++;
    expect(red).toBeGreaterThan(20);
  }, 240_000);

  it('falls back to the profile where the template has no part: without a footer the page numbers are Planverk\'s own', async () => {
    const api = openApi('fallback');
    await api.ok('file.new', { path: tmp.file('fallback.planverk'), sample: false });
    const doc = strFromU8(unzipSync(template)['word/document.xml']!).replace(/<w:footerReference[^>]*\/>/, '');
    await api.ok('profile.setWordTemplate', setTemplate(alteredTemplate(template, { 'word/document.xml': doc })));
    const files = await exportDocx(api, tmp.file('fallback.docx'));
    const footers = Object.entries(files).filter(([n]) => /^word\/footer\d+\.xml$/.test(n)).map(([, x]) => x);
    expect(footers.some((f) => f.includes('NUMPAGES'))).toBe(true);
    expect(footers.some((f) => f.includes(TEMPLATE_FOOTER_TEXT))).toBe(false);
    expect(Object.entries(files).some(([n, x]) => /^word\/header\d+\.xml$/.test(n) && x.includes(TEMPLATE_HEADER_TEXT))).toBe(true);
  });
});

describe('hostile Word templates are refused with one sentence and the plan file unchanged', () => {
  async function expectRefused(name: string, bytes: Buffer, reason: RegExp) {
    const api = openApi(name);
    const path = tmp.file(`${name}.planverk`);
    await api.ok('file.new', { path, sample: false });
    const before = sha256File(path);
    const r = await api.raw('profile.setWordTemplate', setTemplate(bytes));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_WORD_TEMPLATE');
    expect(r.error.message).toMatch(/^Word-malen kan ikke brukes fordi [^;]+; planen er ikke endret\.$/);
    expect(r.error.message).toMatch(reason);
    expect(sha256File(path)).toBe(before);
    expect((await api.load()).plan.profileWordTemplateAssetId ?? null).toBeNull();
  }

  it('a zip bomb whose headers tell the truth (styles.xml inflating to 64 MB)', () => expectRefused('bomb-honest', zipBomb(template, 64 * 1024 * 1024, false), /pakker seg ut/));
  it('a zip bomb whose headers lie about the size', () => expectRefused('bomb-lying', zipBomb(template, 64 * 1024 * 1024, true), /pakker seg ut|skadet/));
  it('styles.xml with entity expansion (billion laughs)', () => expectRefused('laughs', alteredTemplate(template, { 'word/styles.xml': BILLION_LAUGHS }), /DTD/));
  it('a .docx with a macro part (vbaProject.bin)', () => expectRefused('macro', alteredTemplate(template, { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }), /makroer/));
  it('a macro-enabled document by its content type', () => expectRefused('macro-type', alteredTemplate(template, { '[Content_Types].xml': CONTENT_TYPES_MACRO }), /makroer/));
  it('a .docx with an ActiveX control', () => expectRefused('activex', alteredTemplate(template, { 'word/activeX/activeX1.xml': '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>' }), /ActiveX/));
  it('a file that is no Word document (a PNG renamed)', () => expectRefused('png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /ikke er et Word-dokument/));
  it('a spreadsheet renamed .dotx', async () => {
    const xlsx = alteredTemplate(template, { '[Content_Types].xml': CONTENT_TYPES_MACRO.replace('application/vnd.ms-word.document.macroEnabled.main+xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml').replace(/<Default Extension="bin"[^>]*\/>/, '') });
    await expectRefused('xlsx', xlsx, /ikke er et Word-dokument/);
  });

  it('a header that fetches a picture from the web is left out (the profile draws instead); the styles are still used', async () => {
    const api = openApi('remote');
    await api.ok('file.new', { path: tmp.file('remote.planverk'), sample: false });
    const files = unzipSync(template);
    const header = strFromU8(files['word/header1.xml']!).replace('</w:p>', '<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:link="rIdWeb"/></w:drawing></w:r></w:p>');
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="https://sporing.example/piksel.png" TargetMode="External"/></Relationships>`;
    const footer = strFromU8(files['word/footer1.xml']!).replace(' PAGE ', ' INCLUDEPICTURE "https://sporing.example/x.png" ');
    const set = await api.ok<WordTemplateSummary>('profile.setWordTemplate', setTemplate(alteredTemplate(template, { 'word/header1.xml': header, 'word/_rels/header1.xml.rels': rels, 'word/footer1.xml': footer })));
    expect(set.headers).toEqual([]);
    expect(set.footers).toEqual([]);
    expect(set.styles.map((s) => s.role)).toContain('Heading1');
    const out = await exportDocx(api, tmp.file('remote.docx'));
    const all = Object.values(out).join('\n');
    expect(all).not.toContain('sporing.example');
    expect(styleXml(out['word/styles.xml']!, 'Heading1')).toContain('Georgia');
  });
});

describe('the Word template travels in .planverkprofil files', () => {
  it('an exported profile file carries the template, and importing it into another plan restores it: the same stored template, used by the DOCX', async () => {
    const api = openApi('profil-ut');
    await api.ok('file.new', { path: tmp.file('profil-kilde.planverk'), sample: false });
    await api.ok('profile.setWordTemplate', setTemplate(template));
    const source = await api.load();
    const storedId = source.plan.profileWordTemplateAssetId!;
    const { path } = await api.ok<{ path: string }>('profile.exportFile', { path: tmp.file('Med mal') });
    const json = JSON.parse(readFileSync(path, 'utf8')) as { version: number; wordTemplate?: { name: string; dataBase64: string } };
    expect(json.version).toBe(2);
    expect(json.wordTemplate?.name).toBe('kommunemal.dotx');

    const target = openApi('profil-inn');
    const targetPath = tmp.file('profil-mål.planverk');
    await target.ok('file.new', { path: targetPath, sample: true });
    expect((await target.load()).plan.profileWordTemplateAssetId ?? null).toBeNull();
    await target.ok('profile.importFile', { path });
    const plan = await target.load();
    // Content-addressed: the very template the source plan stored, under its name.
    expect(plan.plan.profileWordTemplateAssetId).toBe(storedId);
    expect(await target.ok<WordTemplateSummary | null>('profile.wordTemplate')).toMatchObject({ name: 'kommunemal.dotx', headers: ['default'], footers: ['default'] });
    const files = await exportDocx(target, tmp.file('profil-mål.docx'));
    expect(styleXml(files['word/styles.xml']!, 'Heading1')).toContain(`w:val="${TEMPLATE_RED}"`);
    expect(Object.entries(files).some(([n, x]) => /^word\/header\d+\.xml$/.test(n) && x.includes(TEMPLATE_HEADER_TEXT))).toBe(true);
    // One undo takes the whole profile back, template included.
    await target.ok('plan.undo');
    expect((await target.load()).plan.profileWordTemplateAssetId ?? null).toBeNull();
  });

  it('a profile file without a template (as every file before) leaves the plan\'s own template; one with a hostile template is refused like an upload, the plan file unchanged', async () => {
    const api = openApi('profil-uten');
    const planPath = tmp.file('profil-uten.planverk');
    await api.ok('file.new', { path: planPath, sample: false });
    await api.ok('profile.setWordTemplate', setTemplate(template));
    const own = (await api.load()).plan.profileWordTemplateAssetId;
    const plain = tmp.file('uten-mal.planverkprofil');
    writeFileSync(plain, JSON.stringify({ format: 'planverk-profil', version: 1, color: '#004b87', font: 'Verdana', logo: null }));
    await api.ok('profile.importFile', { path: plain });
    expect((await api.load()).plan).toMatchObject({ profileColor: '#004b87', profileWordTemplateAssetId: own });

    const before = sha256File(planPath);
    const hostile = tmp.file('makro.planverkprofil');
    const macro = alteredTemplate(template, { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) });
    writeFileSync(hostile, JSON.stringify({ format: 'planverk-profil', version: 2, color: '#aa0000', font: 'Arial', logo: null, wordTemplate: { name: 'ond.dotm', dataBase64: macro.toString('base64') } }));
    const r = await api.raw('profile.importFile', { path: hostile });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_WORD_TEMPLATE');
      expect(r.error.message).toBe('Word-malen kan ikke brukes fordi den inneholder makroer eller ActiveX-kontroller; planen er ikke endret.');
    }
    expect(sha256File(planPath)).toBe(before);
  });
});
