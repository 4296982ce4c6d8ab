// Chapter images get their pixels from plan assets only: a body can never point the app at a remote address.
import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../shared/domain/plan';
import { resolveImages } from '../../../renderer/features/chapters/resolveImages';

const asset: Asset = { id: 'a'.repeat(64), mime: 'image/png', name: 'f.png', alt: 'Figur 1', decorative: false, dataBase64: 'iVBORw0KGgo=' };

describe('resolveImages', () => {
  it('replaces src with the asset data URL and alt text, and drops any other src', () => {
    const body = resolveImages(
      {
        type: 'doc',
        content: [
          { type: 'image', attrs: { assetId: asset.id, src: 'https://tracker.example/p.png', alt: null } },
          { type: 'paragraph', content: [{ type: 'image', attrs: { src: 'https://tracker.example/q.png', alt: 'x' } }] },
          { type: 'image', attrs: { assetId: 'b'.repeat(64), src: 'javascript:alert(1)', decorative: true, alt: 'pynt' } },
        ],
      },
      [asset],
    );
    const [first, para, third] = body.content as { attrs?: Record<string, unknown>; content?: { attrs: Record<string, unknown> }[] }[];
    expect(first!.attrs).toMatchObject({ src: `data:image/png;base64,${asset.dataBase64}`, alt: 'Figur 1' });
    expect(para!.content![0]!.attrs).toMatchObject({ src: null, alt: 'x' });
    expect(third!.attrs).toMatchObject({ src: null, alt: '' });
  });
});
