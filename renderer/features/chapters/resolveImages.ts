// Images in a chapter body point at plan assets by id. Their src is rebuilt from the asset (a data: URL), so a body
// can never make the app fetch a remote address (tracking pixels, CSP noise); alt text comes from the asset too.
import type { Asset, RichText } from '../../../shared/domain/plan';

type JsonNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };

export function resolveImages(body: RichText, assets: readonly Asset[]): RichText {
  const byId = new Map(assets.map((a) => [a.id, a]));
  const visit = (node: unknown): unknown => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
    const n = node as JsonNode;
    const next: JsonNode = { ...n };
    if (n.type === 'image') {
      const asset = typeof n.attrs?.assetId === 'string' ? byId.get(n.attrs.assetId) : undefined;
      const decorative = asset?.decorative ?? n.attrs?.decorative === true;
      const alt = typeof n.attrs?.alt === 'string' && n.attrs.alt.trim() !== '' ? n.attrs.alt : (asset?.alt ?? '');
      next.attrs = {
        ...n.attrs,
        src: asset && asset.mime.startsWith('image/') && asset.mime !== 'image/svg+xml' ? `data:${asset.mime};base64,${asset.dataBase64}` : null,
        alt: decorative ? '' : alt,
      };
    }
    if (Array.isArray(n.content)) next.content = n.content.map(visit);
    return next;
  };
  return visit(body) as RichText;
}
