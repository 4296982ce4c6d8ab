// Issue 12 item 13: control characters never reach a plan, a DOCX or a terminal, and an unbalanced right-to-left override
// in the title cannot turn the generated text around it (cover, footer, captions) in DOCX, HTML or PDF.
/* eslint-disable no-control-regex -- the tests look for control characters */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../../cli/capture';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { importMatrixFile } from '../../../electron/services/matrix/importFile';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { seededIds } from '../../../shared/domain/ids';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { balanceBidi, cleanDeep, cleanText, terminalSafe } from '../../../shared/domain/text';
import { smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-controls-');
afterAll(() => tmp.cleanup());

const HOSTILE = 'Helse\u001b[31m og\u0007 omsorg\u0000\u000b2025';
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;


/** A plan file written by an older build (or by hand): the control characters are in the file already. */
function fileWithRawTitle(name: string, title: string, versionLabel = ''): string {
  const path = tmp.file(`${name}.planverk`);
  createPlanFile(path, { ...smallPlan(), plan: { ...smallPlan().plan, periodFrom: 2025, periodTo: 2037 } }).close();
  const db = new Database(path);
  db.prepare('UPDATE plan SET title = ?, versionLabel = ?').run(title, versionLabel);
  db.close();
  return path;
}

function unzipPart(docx: string, part: string): string {
  const r = spawnSync('unzip', ['-p', docx, part], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`unzip ${part}: ${r.stderr}`);
  return r.stdout;
}

/** True when the text is well-formed XML 1.0 (jsdom's strict XML parser reports ill-formed input as a parsererror). */
function wellFormed(xml: string): boolean {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}

describe('control characters (issue 12 item 13)', () => {
  it('strips C0 controls from text at the boundary: plan JSON, plan.mutate and rich text; tab and line breaks stay', async () => {
    const path = tmp.file('boundary.planverk');
    const plan = smallPlan();
    plan.plan.title = HOSTILE;
    plan.themes[0]!.name = 'Tema\u0001 med\ttab';
    plan.chapters[0]!.body.content![1] = { type: 'paragraph', content: [{ type: 'text', text: 'Avsnitt\u001b[2J med\u0008 slett' }] };
    createPlanFile(path, plan).close();
    const session = createSession({ recentFilePath: tmp.file('recent.json') });
    const handlers = createHandlers(session);
    expect((await dispatch(handlers, 'file.open', { path })).ok).toBe(true);
    const r = await dispatch(handlers, 'plan.mutate', { changes: [{ table: 'plan', id: plan.plan.id, column: 'subtitle', value: 'Under\u001btittel\nlinje 2' }] });
    expect(r.ok).toBe(true);
    session.close();
    const back = openPlanFile(path, { readOnly: true });
    const read = back.readPlan();
    back.close();
    expect(read.plan.title).toBe('Helse[31m og omsorg 2025');
    expect(read.plan.subtitle).toBe('Undertittel\nlinje 2');
    expect(read.themes[0]!.name).toBe('Tema med\ttab');
    expect(JSON.stringify(read.chapters[0]!.body)).toContain('Avsnitt[2J med slett');
    expect(JSON.stringify(read)).not.toMatch(RAW_CONTROL);
  });

  it('strips them from a spreadsheet import too (matrix CSV with ESC and BEL in names)', async () => {
    const path = tmp.file('sheet.planverk');
    createPlanFile(path, buildSamplePlan()).close();
    const csv = tmp.file('matrise.csv');
    writeFileSync(csv, 'Tema;Område;1\nHelse\u001b[31m;Bolig\u0007 og\u0000 omsorg;OpH\n');
    const file = openPlanFile(path);
    try {
      const report = await importMatrixFile(file, csv, seededIds('c'));
      expect(report).toMatchObject({ imported: true });
      const plan = file.readPlan();
      expect(plan.themes.map((t) => t.name)).toContain('Helse[31m');
      expect(plan.areas.map((a) => a.name)).toContain('Bolig og omsorg');
      expect(JSON.stringify(plan)).not.toMatch(RAW_CONTROL);
    } finally {
      file.close();
    }
  });

  it('exports a DOCX whose docProps/core.xml and document are well-formed XML from a file that already holds ESC and BEL', async () => {
    const path = fileWithRawTitle('raw', HOSTILE, 'v1\u0007');
    const docx = tmp.file('raw.docx');
    const r = await cli('export', path, '--format', 'docx', '--out', docx);
    expect(r.code).toBe(0);
    const core = unzipPart(docx, 'docProps/core.xml');
    expect(wellFormed(core)).toBe(true);
    expect(core).toContain('Helse[31m og omsorg 2025');
    for (const part of ['word/document.xml', 'word/footer1.xml']) expect(wellFormed(unzipPart(docx, part)), part).toBe(true);
  });

  it('the CLI prints no raw escape code or bidi control from a file (check shows the title made safe)', async () => {
    const path = fileWithRawTitle('cli', 'Plan\u001b]0;hacked\u0007\u001b[2J\r\u202eslutt');
    const r = await cli('check', path);
    expect(r.code).toBe(0);
    const all = [...r.out, ...r.err].join('\n');
    expect(all).toContain('Tittel: Plan');
    expect(all).not.toMatch(/[\u001b\u0007\r\u202e]/);
    expect(terminalSafe('a\u001bb\tc\nd')).toBe('a\uFFFDb\tc\nd');
  });

  it('closes an unbalanced right-to-left override at the end of the user’s text, and isolates it in generated lines', () => {
    expect(balanceBidi('abc\u202e')).toBe('abc\u202e\u202c');
    expect(balanceBidi('a\u2067b\u202ec')).toBe('a\u2067b\u202ec\u202c\u2069');
    expect(balanceBidi('a\u202eb\u202c')).toBe('a\u202eb\u202c');
    expect(cleanText('x\u0000\u202b')).toBe('x\u202b\u202c');
  });

  it('cleans every string of a nested value, copying only the arrays and objects on the way to a change', () => {
    const clean = { title: 'Plan', rows: [{ a: 'x', b: ['y', 1, null] }, { a: 'z' }], meta: { n: 2, on: true } };
    expect(cleanDeep(clean)).toBe(clean);
    const dirty = { title: 'Plan', rows: [{ a: 'x', b: ['y', 1, null] }, { a: 'z\u0007', c: 'w' }], meta: { n: 2 } };
    const out = cleanDeep(dirty);
    expect(out).toEqual({ title: 'Plan', rows: [{ a: 'x', b: ['y', 1, null] }, { a: 'z', c: 'w' }], meta: { n: 2 } });
    expect(Object.keys(out.rows[1]!)).toEqual(['a', 'c']);
    expect(out).not.toBe(dirty);
    expect(out.rows).not.toBe(dirty.rows);
    expect(out.rows[0]).toBe(dirty.rows[0]);
    expect(out.meta).toBe(dirty.meta);
    expect(dirty.rows[1]!.a).toBe('z\u0007');
    expect(cleanDeep(['a', 'b\u0000', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('an unbalanced U+202E in the title does not reverse the generated text of the DOCX, the HTML and the PDF', async () => {
    const path = fileWithRawTitle('rlo', 'Helse og omsorg \u202e', 'utkast 3');
    // DOCX: the title (as written: no plan type or period added) in the footer and the cover is isolated (FSI … PDI) and
    // its override closed before the version.
    const docx = tmp.file('rlo.docx');
    expect((await cli('export', path, '--format', 'docx', '--out', docx)).code).toBe(0);
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((p) => unzipPart(docx, p)).join('');
    expect(footers).toContain('\u2068Helse og omsorg \u202e\u202c\u2069 · Versjon utkast 3');
    // HTML: the same isolation in the running text.
    const html = tmp.file('rlo.html');
    expect((await cli('export', path, '--format', 'html', '--out', html)).code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('\u2068Helse og omsorg \u202e\u202c\u2069');
    expect(text).not.toMatch(/\u202e(?!\u202c)/);
    // PDF: the words after the title read left to right in the extracted text.
    const pdf = tmp.file('rlo.pdf');
    expect((await cli('export', path, '--format', 'pdf', '--out', pdf)).code).toBe(0);
    const extracted = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(extracted).toContain('Versjon utkast 3');
    expect(extracted).not.toContain('nojsreV');
    expect(extracted).not.toContain('7302–5202');
  }, 120_000);

  it('the CLI exits quietly when its reader goes away (piped into head): no EPIPE stack trace', async () => {
    const path = fileWithRawTitle('pipe', 'Plan');
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'check', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // as `head` does once it has its lines
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 60_000);
});
