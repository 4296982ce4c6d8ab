// An SVG picture for Word: the SVG itself plus the PNG fallback Word requires beside it (drawn by a rasterizer the caller
// passes in, since shared/ cannot load a native module). Without a rasterizer, or when it declines, there is no picture.
import { ImageRun } from 'docx';
import { base64ToBytes, imageSize } from '../imageSize';

/**
 * Draws an SVG as PNG bytes `widthPx` pixels wide (height from the SVG's aspect ratio). Returns null for an SVG it will
 * not draw (one that reaches outside itself, or is unreadable); the picture then falls back to its alt text.
 */
export type SvgRasterizer = (svg: string, widthPx: number) => Uint8Array | null;

/** The fallback is drawn at twice the size shown (about 190 dpi on the page), so it stays sharp when printed. */
const RASTER_SCALE = 2;

export type SvgPictureOptions = {
  dataBase64: string;
  /** Width in pixels (96 dpi) the picture is shown at in the document. */
  displayWidthPx: number;
  altText: { name: string; description: string; title: string };
  rasterize: SvgRasterizer;
};

/** The ImageRun for an SVG with its PNG fallback, sized from the fallback's own aspect ratio; null if none was drawn. */
export function svgPictureRun(options: SvgPictureOptions): ImageRun | null {
  const svgBytes = base64ToBytes(options.dataBase64);
  const svg = new TextDecoder().decode(svgBytes);
  const png = options.rasterize(svg, Math.round(options.displayWidthPx * RASTER_SCALE));
  const size = png ? imageSize(png) : null;
  if (!png || !size) return null;
  const width = Math.round(options.displayWidthPx);
  return new ImageRun({
    type: 'svg',
    data: svgBytes,
    fallback: { type: 'png', data: png },
    transformation: { width, height: Math.max(1, Math.round((width * size.height) / size.width)) },
    altText: options.altText,
  });
}
