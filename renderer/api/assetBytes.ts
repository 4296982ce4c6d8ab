// The app's asset cache over asset.get, and the rule for which assets may be drawn as images.
import { useEffect, useState } from 'react';
import type { AssetMeta } from '../../shared/domain/planView';
import { api } from './client';
import { createAssetCache } from './assetCache';

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const assetCache = createAssetCache(async (id) => {
  const result = await api.call('asset.get', { id });
  return result.ok ? { ok: true, bytes: decodeBase64(result.value.dataBase64) } : result;
});

/** Raster images only: an SVG can carry script, and a PDF or other file is not drawn as a picture. */
export function isDrawableImage(asset: Pick<AssetMeta, 'mime'>): boolean {
  return asset.mime.startsWith('image/') && asset.mime !== 'image/svg+xml';
}

/** An object URL for a drawable image asset while the component is mounted (null while loading or when missing). */
export function useAssetUrl(asset: Pick<AssetMeta, 'id' | 'mime'> | null | undefined): string | null {
  const id = asset && isDrawableImage(asset) ? asset.id : null;
  const mime = asset?.mime ?? '';
  const [shown, setShown] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!id) return;
    const lease = assetCache.acquireUrl({ id, mime });
    let alive = true;
    void lease.url.then((url) => alive && setShown({ id, url }));
    return () => {
      alive = false;
      lease.release();
    };
  }, [id, mime]);
  if (!id) return null;
  return shown?.id === id ? shown.url : assetCache.peekUrl(id);
}
