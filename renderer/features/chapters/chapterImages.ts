// Chapter images in the editor: object URLs from the asset cache (bytes fetched with asset.get on first sight), held
// while the chapter is open so the cache never drops a picture on screen; new images go through asset.add.
import { useCallback, useEffect, useRef } from 'react';
import type { AssetMeta } from '../../../shared/domain/planView';
import { api } from '../../api/client';
import { assetCache, isDrawableImage } from '../../api/assetBytes';
import type { AssetLease } from '../../api/assetCache';
import { usePlanStore } from '../../app/planStore';
import { cacheRows } from '../../commands/commandBus';
import type { ResolveAsset } from '../../editor/editorExtensions';
import { imageFileToAsset } from './imageFile';

export function useChapterImages(chapterId: string): {
  resolveAsset: ResolveAsset;
  addImage: (file: File, text: { alt: string; decorative: boolean }) => Promise<string>;
} {
  const leases = useRef(new Map<string, AssetLease>());

  useEffect(() => {
    const held = leases.current;
    return () => {
      for (const lease of held.values()) lease.release();
      held.clear();
    };
  }, [chapterId]);

  const resolveAsset = useCallback<ResolveAsset>((id) => {
    const meta = usePlanStore.getState().plan?.assets.find((a) => a.id === id);
    if (!meta || !isDrawableImage(meta)) return null;
    let lease = leases.current.get(id);
    if (!lease) {
      lease = assetCache.acquireUrl(meta);
      leases.current.set(id, lease);
    }
    return assetCache.peekUrl(id) ?? lease.url;
  }, []);

  const addImage = useCallback(async (file: File, text: { alt: string; decorative: boolean }) => {
    const args = await imageFileToAsset(file, text);
    const result = await api.call('asset.add', args);
    if (!result.ok) throw new Error(result.error.message);
    // The cache gets the asset's metadata before the image node is drawn, so the editor can fetch and show it at once.
    if (!usePlanStore.getState().plan?.assets.some((a) => a.id === result.value.id)) {
      const meta: AssetMeta = { id: result.value.id, mime: args.mime, name: args.name, alt: args.alt, decorative: args.decorative, byteLength: file.size };
      cacheRows({ assets: [meta] });
    }
    return result.value.id;
  }, []);

  return { resolveAsset, addImage };
}
