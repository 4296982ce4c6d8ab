// The milestone timeline in an exported DOCX: the SVG with its PNG fallback, as Word's XML, LibreOffice and mammoth see it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlan } from '../../../electron/services/export/exportPlan';
import { buildDocument } from '../../../shared/document/builder';
import { renderDocx } from '../../../shared/document/docx/docxRenderer';
import { base64ToBytes, imageSize } from '../../../shared/document/imageSize';
import type { Block } from '../../../shared/document/model';
import { timelineDescription } from '../../../shared/plantables/timeline';
import { fixturePlan } from '../../document/fixtures';
import { darkPixels } from './pngPixels';

const dir = mkdtempSync(join(tmpdir(), 'planverk-timeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = fixturePlan();
const EMU_PER_PX = 9525;
/** The timeline's labels fill the left 300 of its 760 units; its bars sit to the right in the profile colour. */
const LABELS = 0.38;

let zip: JSZip;
let documentXml: string;
let drawing: string;
let targets: Map<string, string>;
const docPath = join(dir, 'plan.docx');

const timelineBlock = (): Extract<Block, { kind: 'image' }> => {
  const model = buildDocument(plan, { part: 'plan', watermark: 'none' });
  const block = model.blocks.find((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image' && b.image.mime === 'image/svg+xml');
  if (!block) throw new Error('the fixture plan has no timeline');
  return block;
};

beforeAll(async () => {
  const bytes = await renderPlan(plan, { format: 'docx', date: new Date('2025-04-15T08:00:00Z') });
  if (typeof bytes === 'string') throw new Error('DOCX came back as text');
  writeFileSync(docPath, bytes);
  zip = await JSZip.loadAsync(bytes);
  documentXml = await zip.file('word/document.xml')!.async('string');
  drawing = /<w:drawing>(?:(?!<\/w:drawing>).)*?asvg:svgBlip.*?<\/w:drawing>/s.exec(documentXml)?.[0] ?? '';
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  targets = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, `word/${m[2]!}`]));
});

const media = async (attr: RegExp): Promise<{ path: string; bytes: Uint8Array }> => {
  const id = attr.exec(drawing)?.[1] ?? '';
  const path = targets.get(id) ?? '';
  return { path, bytes: await zip.file(path)!.async('uint8array') };
};

describe('DOCX export of the milestone timeline', () => {
  it('embeds the timeline SVG with a PNG fallback: a:blip names the PNG, asvg:svgBlip the SVG, descr the alt text', async () => {
    expect(drawing).not.toBe('');
    const block = timelineBlock();
    const alt = timelineDescription(plan.milestones, plan.plan.malform);
    expect(block.alt).toBe(alt);
    expect(drawing).toContain(`descr="${alt}"`);
    const png = await media(/<a:blip r:embed="([^"]+)"/);
    const svg = await media(/<asvg:svgBlip[^>]*r:embed="([^"]+)"/);
    expect(png.path).toMatch(/^word\/media\/.+\.png$/);
    expect(svg.path).toMatch(/^word\/media\/.+\.svg$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The SVG is the builder's own, byte for byte.
    expect(Buffer.from(svg.bytes).equals(Buffer.from(base64ToBytes(block.image.dataBase64)))).toBe(true);
  });

  it('shows the picture across the text column, the PNG at twice that size with the same aspect ratio', async () => {
    const [cx, cy] = (/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(drawing) ?? []).slice(1).map(Number) as [number, number];
    const shownWidthPx = cx / EMU_PER_PX;
    // A4 minus 2.5 cm margins at 96 dpi: the 760-unit SVG is scaled down to fit.
    expect(shownWidthPx).toBe(Math.floor(((11906 - 2 * 1418) / 1440) * 96));
    const size = imageSize((await media(/<a:blip r:embed="([^"]+)"/)).bytes)!;
    expect(size.width).toBe(2 * shownWidthPx);
    expect(Math.abs(size.height / size.width - cy / cx)).toBeLessThan(0.005);
    const block = timelineBlock();
    expect(Math.abs(size.height / size.width - block.image.heightPx! / block.image.widthPx!)).toBeLessThan(0.005);
  });

  it('draws the fallback with glyphs and bars, not a blank picture', async () => {
    const png = (await media(/<a:blip r:embed="([^"]+)"/)).bytes;
    expect(darkPixels(png, 0, LABELS)).toBeGreaterThan(2000);
    expect(darkPixels(png, LABELS, 1)).toBeGreaterThan(2000);
  });

  it('keeps the caption after the picture', () => {
    const after = documentXml.slice(documentXml.indexOf(drawing) + drawing.length);
    expect(/<w:pStyle w:val="Caption"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/s.exec(after)?.[1]).toMatch(/^Figur \d+: Milepælsplan som tidslinje$/);
  });

  it('reads back in mammoth as a PNG image with the alt text', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(docPath) });
    const alt = timelineDescription(plan.milestones, plan.plan.malform);
    const img = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes('Oppstart og varsel'));
    expect(img).toBeDefined();
    expect(img).toContain('src="data:image/png;base64,');
    expect(img).toContain(`alt="${alt}"`);
  });

  it('converts with LibreOffice, whose PDF holds the picture with drawn pixels', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docPath], { stdio: 'pipe', timeout: 90_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = join(dir, 'plan.pdf');
    const size = imageSize((await media(/<a:blip r:embed="([^"]+)"/)).bytes)!;
    const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    const row = list.split('\n').find((l) => new RegExp(`^\\s*(\\d+)\\s+\\d+\\s+image\\s+${size.width}\\s+${size.height}\\s`).test(l));
    expect(row, list).toBeDefined();
    // poppler decodes the picture on its own: the label side holds dark glyph pixels.
    const page = row!.trim().split(/\s+/)[0]!;
    execFileSync('pdfimages', ['-f', page, '-l', page, pdf, join(dir, 'img')]);
    const ppm = readdirSync(dir).filter((f) => f.startsWith('img') && f.endsWith('.ppm')).map((f) => readFileSync(join(dir, f)));
    const picture = ppm.find((b) => b.toString('latin1', 0, 20).startsWith(`P6\n${size.width} ${size.height}\n`));
    expect(picture).toBeDefined();
    const header = `P6\n${size.width} ${size.height}\n255\n`.length;
    let dark = 0;
    for (let y = 0; y < size.height; y++) {
      for (let x = 0; x < Math.floor(size.width * LABELS); x++) {
        const i = header + (y * size.width + x) * 3;
        if (picture![i]! + picture![i + 1]! + picture![i + 2]! < 3 * 128) dark++;
      }
    }
    expect(dark).toBeGreaterThan(2000);
  });

  it('without a rasterizer writes the alt text in place of the SVG, as before', async () => {
    const model = buildDocument(plan, { part: 'plan', watermark: 'none' });
    const xml = await (await JSZip.loadAsync(await renderDocx(model))).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('svgBlip');
    expect(xml).toContain(`<w:t xml:space="preserve">${timelineDescription(plan.milestones, plan.plan.malform).split(';')[0]}`);
  });
});
