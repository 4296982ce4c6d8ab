// SVG logos are drawn to PNG when they enter a plan (profile file, «Velg logo»): a PNG cannot carry script, foreign
// HTML, external references or entities however the SVG spelled them (namespace prefixes, character references), so
// the promise «no script in SVG» holds for every document the plan is exported to. resvg draws nothing it would have
// to fetch: an SVG that refers outside itself (or has a DTD) is refused before it is drawn.
import { rasterizeSvg } from '../export/svgRaster';

/** Wide enough for a coat of arms on a cover page at print resolution. */
const LOGO_WIDTH_PX = 1200;

/** The SVG drawn as PNG bytes, or null when it cannot be drawn safely. */
export function svgLogoToPng(svg: Buffer): Buffer | null {
  const png = rasterizeSvg(svg.toString('utf8'), LOGO_WIDTH_PX);
  return png ? Buffer.from(png) : null;
}

/** `vapen.svg` → `vapen.png`. */
export const pngName = (name: string): string => `${name.replace(/\.svg$/i, '')}.png`;
