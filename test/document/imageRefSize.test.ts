// A picture's pixel size, read by the builder from the start of its bytes (the DOCX draws it at that size): a short
// head for PNG, GIF and most JPEGs, further in only for a JPEG whose frame header comes after large metadata.
import { describe, expect, it } from 'vitest';
import type { Asset } from '../../shared/domain/plan';
import { BuildContext } from '../../shared/document/build/context';
import { wordsFor } from '../../shared/document/words';
import { fixturePlan } from './fixtures';

const id = (n: number) => String(n).repeat(64).slice(0, 64);
const asset = (n: number, mime: Asset['mime'], bytes: Uint8Array): Asset => ({ id: id(n), mime, name: `bilde${n}`, alt: 'Bilde', decorative: false, dataBase64: Buffer.from(bytes).toString('base64') });

function png(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

/** A JPEG with `metadataBytes` of APP1 segments (EXIF, XMP) before its start-of-frame. */
function jpeg(width: number, height: number, metadataBytes: number): Uint8Array {
  const parts: Buffer[] = [Buffer.from([0xff, 0xd8])];
  for (let left = metadataBytes; left > 0; left -= 60_000) {
    const len = Math.min(60_000, left);
    const seg = Buffer.alloc(len + 4);
    seg.writeUInt16BE(0xffe1, 0);
    seg.writeUInt16BE(len + 2, 2);
    parts.push(seg);
  }
  const sof = Buffer.alloc(19);
  sof.writeUInt16BE(0xffc0, 0);
  sof.writeUInt16BE(17, 2);
  sof[4] = 8;
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  parts.push(sof, Buffer.alloc(64));
  return Buffer.concat(parts);
}

describe('a picture’s size in the document model', () => {
  it('is read from a PNG, a JPEG with its frame header at once, and one behind 100 KB of metadata; unknown bytes have none', () => {
    const assets = [asset(1, 'image/png', png(600, 360)), asset(2, 'image/jpeg', jpeg(1024, 768, 200)), asset(3, 'image/jpeg', jpeg(4000, 3000, 100_000)), asset(4, 'image/png', new Uint8Array(10_000))];
    const ctx = new BuildContext({ ...fixturePlan(), assets }, wordsFor('nb'));
    const size = (n: number) => {
      const ref = ctx.imageRef(id(n));
      return ref && [ref.widthPx, ref.heightPx];
    };
    expect(size(1)).toEqual([600, 360]);
    expect(size(2)).toEqual([1024, 768]);
    expect(size(3)).toEqual([4000, 3000]);
    expect(size(4)).toEqual([null, null]);
  });
});
