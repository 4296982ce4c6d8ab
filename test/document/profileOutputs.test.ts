// A plan whose profile came in through a `.planverkprofil` file exports with it: DOCX styles in the colour and font,
// table headers filled with the colour, the logo on the cover with its alt text and its exact bytes; the HTML (PDF
// source) likewise; an SVG logo is drawn to PNG when it enters the plan, so Word gets the PNG and never the SVG.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/api/handlers';
import { dispatch } from '../../electron/services/api/dispatch';
import { renderPlan } from '../../electron/services/export/exportPlan';
import { createSession, type Session } from '../../electron/services/session';
import type { CallName } from '../../shared/api/contract';
import type { PlanData } from '../../shared/domain/plan';
import { tempDir } from '../services/store/helpers';
import { makePng } from './fixtures';

const tmp = tempDir('planverk-profile-doc-');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const LOGO = makePng(60, 72, 5);
const SVG_LOGO = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120" viewBox="0 0 100 120"><path d="M0 0h100v80L50 120 0 80z" fill="#7a1f3d"/></svg>');

let session: Session;
const call = async (name: CallName, args: unknown = {}) => {
  const r = await dispatch(createHandlers(session), name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
};

/** The sample plan with a profile imported from a file, read back as the exporter reads it. */
async function planWithProfile(name: string, logo: { mime: string; bytes: Buffer }): Promise<PlanData> {
  await call('file.new', { path: tmp.file(`${name}.planverk`), sample: true });
  const profilePath = tmp.file(`${name}.planverkprofil`);
  const alt = 'Kommunevåpen for Levanger';
  writeFileSync(profilePath, JSON.stringify({ format: 'planverk-profil', version: 1, color: '#7A1F3D', font: 'Georgia', logo: { mime: logo.mime, name: 'vapen', alt, dataBase64: logo.bytes.toString('base64') } }));
  await call('profile.importFile', { path: profilePath });
  return session.requireCurrent().readPlan();
}

beforeAll(() => {
  session = createSession({ recentFilePath: tmp.file('recent.json') });
});
afterAll(() => {
  session.close();
  tmp.cleanup();
});

describe('exports of a plan with a document profile', () => {
  it('DOCX: headings and title in the colour and font, table headers filled with it, the logo with its alt text and exact bytes', async () => {
    const plan = await planWithProfile('png', { mime: 'image/png', bytes: LOGO });
    const zip = await JSZip.loadAsync((await renderPlan(plan, { format: 'docx', date: new Date('2025-04-15T08:00:00Z') })) as Uint8Array);
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const heading1 = /<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/s.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('<w:color w:val="7A1F3D"/>');
    expect(heading1).toMatch(/w:ascii="Georgia"/);
    expect(styles).not.toMatch(/w:ascii="Calibri"/);
    expect(document).toMatch(/<w:shd [^>]*w:fill="7A1F3D"/);
    expect(document).toContain('descr="Kommunevåpen for Levanger"');
    const media = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).map(async (f) => sha256(await zip.file(f)!.async('uint8array'))));
    expect(media).toContain(sha256(LOGO));
  });

  it('HTML (the PDF source): the font first in the stack, headings in the colour, the logo as an image with its alt text', async () => {
    const plan = await planWithProfile('html', { mime: 'image/png', bytes: LOGO });
    const html = (await renderPlan(plan, { format: 'html' })) as string;
    expect(html).toMatch(/font-family:"Georgia",/);
    expect(html).toMatch(/h1,h2,h3\{color:#7a1f3d/i);
    expect(html).toContain(`<img class="logo" src="data:image/png;base64,${LOGO.toString('base64')}" alt="Kommunevåpen for Levanger">`);
  });

  it('an SVG logo reaches Word as the PNG drawn when it entered the plan (no SVG markup), with its alt text', async () => {
    const plan = await planWithProfile('svg', { mime: 'image/svg+xml', bytes: SVG_LOGO });
    const zip = await JSZip.loadAsync((await renderPlan(plan, { format: 'docx', date: new Date('2025-04-15T08:00:00Z') })) as Uint8Array);
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // On the cover: before the title paragraph.
    const logoAt = document.indexOf('descr="Kommunevåpen for Levanger"');
    expect(logoAt).toBeGreaterThan(0);
    expect(logoAt).toBeLessThan(document.indexOf('<w:pStyle w:val="Title"/>'));
    const media = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).map(async (f) => ({ f, hash: sha256(await zip.file(f)!.async('uint8array')) })));
    expect(media.map((m) => m.hash)).not.toContain(sha256(SVG_LOGO));
    const logo = plan.assets.find((a) => a.alt === 'Kommunevåpen for Levanger');
    expect(logo?.mime).toBe('image/png');
    expect(media.map((m) => m.hash)).toContain(sha256(Buffer.from(logo!.dataBase64, 'base64')));
  });
});
