// SVG → PNG with resvg (a Rust renderer shipped as a prebuilt N-API addon): the raster fallback Word needs beside an
// SVG picture in a DOCX. Lives in services because shared/ may not load native modules; passed to renderDocx.
import { Resvg } from '@resvg/resvg-js';
import type { SvgRasterizer } from '../../../shared/document/docx/svgPicture';

/** Larger than any picture a page can need at print resolution; keeps a hostile SVG's aspect ratio from eating memory. */
const MAX_SIDE_PX = 8000;

/**
 * Fonts tried after the SVG's own font-family list fails, in order: Windows and macOS have Arial, Linux usually has
 * Liberation Sans (metric-compatible with Arial) or DejaVu Sans. resvg takes the first installed font if none is there.
 */
const FALLBACK_FONT = process.platform === 'linux' ? 'Liberation Sans' : 'Arial';

/**
 * resvg reads any file an <image href> names, and an SVG comes from a plan that may have arrived by email. Only SVGs
 * that reference nothing outside themselves are drawn: every href and url() points inside the document (#id) or is a
 * data: URI, and there is no DTD (whose entities could build such references out of sight).
 */
export function isSelfContained(svg: string): boolean {
  if (/<!DOCTYPE|<!ENTITY|@import|<\?xml-stylesheet/i.test(svg)) return false;
  const hrefs = [...svg.matchAll(/href\s*=\s*(["'])(.*?)\1/gis)].map((m) => m[2]!.trim());
  const urls = [...svg.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/gis)].map((m) => m[2]!.trim());
  const unquoted = /href\s*=\s*[^\s"']/i.test(svg);
  return !unquoted && hrefs.every((h) => h.startsWith('#') || /^data:/i.test(h)) && urls.every((u) => u.startsWith('#'));
}

/** Draws the SVG `widthPx` wide, as PNG bytes; null when the SVG is not self-contained, unreadable or absurdly tall. */
export const rasterizeSvg: SvgRasterizer = (svg, widthPx) => {
  if (!isSelfContained(svg) || !(widthPx > 0 && widthPx <= MAX_SIDE_PX)) return null;
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: Math.round(widthPx) },
      background: '#ffffff',
      font: { loadSystemFonts: true, defaultFontFamily: FALLBACK_FONT, sansSerifFamily: FALLBACK_FONT },
      logLevel: 'off',
    });
    const height = (resvg.height * widthPx) / resvg.width;
    if (!Number.isFinite(height) || height < 1 || height > MAX_SIDE_PX) return null;
    return new Uint8Array(resvg.render().asPng());
  } catch {
    return null; // not an SVG resvg can read: the picture falls back to its alt text
  }
};
