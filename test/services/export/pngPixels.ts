// Reading a PNG's pixels in tests, to tell a drawn picture from a blank one.
import { Resvg } from '@resvg/resvg-js';
import { imageSize } from '../../../shared/document/imageSize';

/** PNG bytes → RGBA pixels, read back by resvg's PNG decoder (the file drawn as an <image> at its natural size). */
export function decodePng(png: Uint8Array): { width: number; height: number; pixels: Buffer } {
  const size = imageSize(png)!;
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><image href="${href}" width="${size.width}" height="${size.height}"/></svg>`;
  const image = new Resvg(wrapper).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Pixels darker than mid-grey inside a rectangle given as fractions of the picture. */
export function darkPixels(png: Uint8Array, x0 = 0, x1 = 1, y0 = 0, y1 = 1): number {
  const { width, height, pixels } = decodePng(png);
  let dark = 0;
  for (let y = Math.floor(y0 * height); y < Math.floor(y1 * height); y++) {
    for (let x = Math.floor(x0 * width); x < Math.floor(x1 * width); x++) {
      const i = (y * width + x) * 4;
      if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 3 * 128) dark++;
    }
  }
  return dark;
}
