// The plan as the renderer receives it from plan.load: every row, but assets as metadata only. Their bytes are
// fetched on demand with asset.get, so undo, redo and reload never ship images and attachments again.
import type { Asset, PlanData } from './plan';

/**
 * An asset without its bytes: what the UI lists, names and sizes. `dataBase64?: never` keeps a full Asset (with bytes)
 * out of a PlanView, and makes reading `.dataBase64` from one a type error.
 */
export type AssetMeta = Omit<Asset, 'dataBase64'> & { byteLength: number; dataBase64?: never };

/** The plan's rows apart from assets: what code that never reads assets takes, so PlanData and PlanView both fit. */
export type PlanContent = Omit<PlanData, 'assets'>;

/** Every table of a plan, its assets with or without their bytes: PlanView in the renderer, PlanData in tests. */
export type PlanRows = PlanContent & { assets: readonly { id: string }[] };

/** plan.load's result: PlanData with asset metadata in place of assets. JSON interchange and export keep PlanData. */
export type PlanView = Omit<PlanData, 'assets'> & { assets: AssetMeta[] };

/** The number of bytes a base64 string holds, without decoding it. */
export function base64ByteLength(base64: string): number {
  if (base64.length === 0) return 0;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export function assetMetaOf(asset: Asset): AssetMeta {
  const { dataBase64, ...meta } = asset;
  return { ...meta, byteLength: base64ByteLength(dataBase64) };
}

/** The view of a whole plan (for code that holds PlanData, e.g. tests and the in-process transport). */
export function planViewOf(plan: PlanData): PlanView {
  return { ...plan, assets: plan.assets.map(assetMetaOf) };
}
