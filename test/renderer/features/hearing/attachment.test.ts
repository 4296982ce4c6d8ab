// The attachment helpers: file types mapped onto the asset mimes, Norwegian file sizes, and base64 that survives
// binary bytes and files larger than one String.fromCharCode chunk.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSamplePlan } from '../../../../shared/sample/samplePlan';
import {
  assetInUse,
  assetMimeOf,
  base64ByteLength,
  base64ToBytes,
  bytesToBase64,
  formatFileSize,
  detachChanges,
  sha256Hex,
} from '../../../../renderer/features/hearing/attachment';

describe('attachment helpers', () => {
  it('maps the browser file type onto the asset mimes, by extension when the type is missing', () => {
    expect(assetMimeOf('application/pdf', 'brev.pdf')).toBe('application/pdf');
    expect(assetMimeOf('IMAGE/PNG', 'kart.png')).toBe('image/png');
    expect(assetMimeOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'brev.docx')).toBe('application/octet-stream');
    expect(assetMimeOf('', 'Skannet brev.PDF')).toBe('application/pdf');
    expect(assetMimeOf('', 'foto.jpeg')).toBe('image/jpeg');
    expect(assetMimeOf('', 'uten-endelse')).toBe('application/octet-stream');
  });

  it('writes file sizes the Norwegian way', () => {
    expect(formatFileSize(812)).toBe('812 byte');
    expect(formatFileSize(1536)).toBe('1,5 kB');
    expect(formatFileSize(34 * 1024 + 300)).toBe('34 kB');
    expect(formatFileSize(Math.round(1.25 * 1024 * 1024))).toBe('1,3 MB');
    expect(formatFileSize(26 * 1024 * 1024)).toBe('26 MB');
  });

  it('round-trips binary bytes through base64 beyond one chunk, and hashes them like Node', async () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 5 }, (_, i) => (i * 31 + (i >> 8)) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ByteLength(base64)).toBe(bytes.length);
    expect(base64ByteLength(bytesToBase64(bytes.subarray(0, 4)))).toBe(4);
    expect(base64ByteLength(bytesToBase64(bytes.subarray(0, 5)))).toBe(5);
    expect(Buffer.from(base64ToBytes(base64)).equals(Buffer.from(bytes))).toBe(true);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('removing an attachment', () => {
  const id = 'a'.repeat(64);
  it('tombstones the asset only when no other input, the profile logo or a chapter image uses it', () => {
    const plan = buildSamplePlan();
    const [first, second] = plan.inputs;
    const mine = { ...first!, attachmentAssetId: id };
    const alone = { ...plan, inputs: [mine, ...plan.inputs.slice(1)] };
    expect(detachChanges(alone, mine)).toEqual([
      { table: 'inputs', id: mine.id, column: 'attachmentAssetId', value: null },
      { table: 'assets', id, column: 'tombstone', value: true },
    ]);
    expect(assetInUse({ ...alone, inputs: [mine, { ...second!, attachmentAssetId: id }] }, id, mine.id)).toBe(true);
    expect(assetInUse({ ...alone, plan: { ...alone.plan, profileLogoAssetId: id } }, id, mine.id)).toBe(true);
    const chapter = { ...plan.chapters[0]!, body: { type: 'doc' as const, content: [{ type: 'image', attrs: { assetId: id } }] } };
    expect(assetInUse({ ...alone, chapters: [chapter] }, id, mine.id)).toBe(true);
    expect(detachChanges(alone, { ...mine, attachmentAssetId: null })).toEqual([]);
  });
});
