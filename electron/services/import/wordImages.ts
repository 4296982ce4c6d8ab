// Images of an imported document become assets of the plan (content-addressed), referenced as `cid:<sha256>`.
import { createHash } from 'node:crypto';
import type { Asset } from '../../../shared/domain/plan';
import { ASSET_SRC_PREFIX } from '../../../shared/editor/nodes';

const DATA_URL = /^data:(image\/(?:png|jpeg|gif|webp));base64,(.*)$/is;
const EXTENSION: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** Swaps each sanitised data:image in `root` for an asset reference; returns the assets by id. */
export function extractImages(root: Element, baseName: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const match = DATA_URL.exec(img.getAttribute('src') ?? '');
    if (!match) continue;
    const mime = match[1]!.toLowerCase() as Asset['mime'];
    const bytes = Buffer.from(match[2]!.replace(/\s+/g, ''), 'base64');
    const id = createHash('sha256').update(bytes).digest('hex');
    const alt = (img.getAttribute('alt') ?? '').trim();
    if (!assets.has(id)) {
      const name = `${baseName}-bilde-${assets.size + 1}.${EXTENSION[mime] ?? 'bin'}`;
      assets.set(id, { id, mime, name, alt, decorative: false, dataBase64: bytes.toString('base64') });
    }
    img.setAttribute('src', `${ASSET_SRC_PREFIX}${id}`);
    img.setAttribute('data-asset-id', id);
  }
  return assets;
}
