// resvg drawing SVGs as PNG fallbacks: real pixels and glyphs, the requested width, and nothing read from outside the SVG.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { isSelfContained, rasterizeSvg } from '../../../electron/services/export/svgRaster';
import { imageSize } from '../../../shared/document/imageSize';
import { timelineSvg } from '../../../shared/plantables/timeline';
import type { Milestone } from '../../../shared/domain/plan';
import { darkPixels } from './pngPixels';

const dir = mkdtempSync(join(tmpdir(), 'planverk-raster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const milestone = (id: string, name: string, from: string, to: string | null = null): Milestone => ({ id, name, time: '', from, to, phase: null, sortKey: Number(id) });

describe('rasterizeSvg', () => {
  it('draws the milestone timeline as a PNG of the requested width with the SVG’s aspect ratio', () => {
    const svg = timelineSvg([milestone('1', 'Oppstart', '2024-01'), milestone('2', 'Høring', '2024-03-22', '2024-05-03')], 'nb', { width: 760 });
    const png = rasterizeSvg(svg, 1208)!;
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const svgHeight = Number(/\bheight="(\d+)"/.exec(svg)![1]);
    expect(imageSize(png)).toEqual({ width: 1208, height: Math.round((svgHeight * 1208) / 760) });
    // The bars are in the profile colour, on the right; the labels are dark text on the left (LABEL_WIDTH 300 of 760).
    expect(darkPixels(png, 0, 0.38)).toBeGreaterThan(200);
  });

  it('draws text with real glyphs when the SVG names only a font that is not installed', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="Ingen Slik Skrift"><text x="4" y="26" font-size="20">Høringsutkast</text></svg>';
    const png = rasterizeSvg(svg, 400)!;
    expect(darkPixels(png)).toBeGreaterThan(300);
    // The same picture without its text is blank: the dark pixels above are the glyphs.
    expect(darkPixels(rasterizeSvg(svg.replace('Høringsutkast', ''), 400)!)).toBe(0);
  });

  it('refuses an SVG that names a file on this machine, and never reads it', () => {
    const local = join(dir, 'privat.png');
    writeFileSync(local, new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#000"/></svg>').render().asPng());
    for (const svg of [
      `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><image href="${local}" width="8" height="8"/></svg>`,
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="8" height="8"><image xlink:href = 'file://${local}' width="8" height="8"/></svg>`,
      `<!DOCTYPE svg [<!ENTITY p "${local}">]><svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><image href="&p;" width="8" height="8"/></svg>`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><image href="&#47;${local.slice(1)}" width="8" height="8"/></svg>`,
    ]) {
      expect(isSelfContained(svg), svg).toBe(false);
      expect(rasterizeSvg(svg, 8), svg).toBeNull();
    }
  });

  it('draws SVGs whose references stay inside them (#ids and data: URIs)', () => {
    const dot = Buffer.from(new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"><rect width="8" height="4" fill="#000"/></svg>').render().asPng()).toString('base64');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs><rect width="8" height="4" fill="url(#g)"/><image href="data:image/png;base64,${dot}" y="4" width="8" height="4"/></svg>`;
    expect(isSelfContained(svg)).toBe(true);
    expect(darkPixels(rasterizeSvg(svg, 8)!)).toBe(64);
  });

  it('returns null for what is not an SVG, and for a picture too tall to draw', () => {
    expect(rasterizeSvg('ikke svg', 100)).toBeNull();
    expect(rasterizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="100000"/>', 1000)).toBeNull();
    expect(rasterizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 0)).toBeNull();
  });
});
