// A hearing input's attached file as plan data: the content-addressed asset (id = sha256 of the bytes) and the field
// changes that store it in the plan file and point the input at it. Pure (Web Crypto only), so Node tests use it too.
import { TOMBSTONE, type Asset, type FieldChange, type HearingInput, type PlanData } from '../../../shared/domain/plan';

/** Larger files make the plan file (and every e-mailed copy) heavy; 25 MB fits a scanned letter with room to spare. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export type AssetMime = Asset['mime'];

const KNOWN_MIMES: readonly AssetMime[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml', 'application/pdf'];
const BY_EXTENSION: Readonly<Record<string, AssetMime>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/** The browser's file type mapped onto the asset mimes; the extension decides when the type is missing. */
export function assetMimeOf(type: string, name: string): AssetMime {
  const known = KNOWN_MIMES.find((m) => m === type.toLowerCase());
  if (known) return known;
  if (type !== '') return 'application/octet-stream';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || 'application/octet-stream';
}

/** "812 byte", "34 kB", "1,2 MB": Norwegian decimal comma. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kB'] : [bytes / (1024 * 1024), 'MB'];
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${String(rounded).replace('.', ',')} ${unit}`;
}

/** The size of the bytes a base64 string holds, without decoding it. */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode under the engines' argument limit for large files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The asset for a file's bytes: metadata for the change log, bytes for the content-addressed blob. */
export async function assetFromFile(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): Promise<Asset> {
  return {
    id: await sha256Hex(bytes),
    mime: assetMimeOf(type, name),
    name: name.slice(0, 300),
    alt: '',
    decorative: false,
    dataBase64: bytesToBase64(bytes),
  };
}

/**
 * Stores the asset and points the input at it, as one plan.mutate (one undo step). The tombstone is cleared because the
 * same bytes may have been attached before and removed since.
 */
export function attachChanges(input: Pick<HearingInput, 'id'>, asset: Asset): FieldChange[] {
  const row = (column: string, value: unknown): FieldChange => ({ table: 'assets', id: asset.id, column, value });
  return [
    row('dataBase64', asset.dataBase64),
    row('mime', asset.mime),
    row('name', asset.name),
    row('alt', asset.alt),
    row('decorative', asset.decorative),
    row(TOMBSTONE, false),
    { table: 'inputs', id: input.id, column: 'attachmentAssetId', value: asset.id },
  ];
}

/** Whether anything but `inputId` still uses the asset: another input, the profile logo or an image in a chapter. */
export function assetInUse(plan: Pick<PlanData, 'inputs' | 'chapters' | 'plan'>, assetId: string, inputId: string): boolean {
  if (plan.inputs.some((i) => i.id !== inputId && i.attachmentAssetId === assetId)) return true;
  if (plan.plan.profileLogoAssetId === assetId) return true;
  return plan.chapters.some((c) => JSON.stringify(c.body).includes(assetId));
}

/** Clears the input's attachment; the asset row is tombstoned when nothing else uses it (its bytes stay in the blob store). */
export function detachChanges(plan: Pick<PlanData, 'inputs' | 'chapters' | 'plan'>, input: Pick<HearingInput, 'id' | 'attachmentAssetId'>): FieldChange[] {
  const assetId = input.attachmentAssetId;
  if (assetId === null) return [];
  const changes: FieldChange[] = [{ table: 'inputs', id: input.id, column: 'attachmentAssetId', value: null }];
  if (!assetInUse(plan, assetId, input.id)) changes.push({ table: 'assets', id: assetId, column: TOMBSTONE, value: true });
  return changes;
}

/** Attaching a new file in place of another: the old asset is tombstoned when nothing else uses it. */
export function replaceChanges(plan: Pick<PlanData, 'inputs' | 'chapters' | 'plan'>, input: Pick<HearingInput, 'id' | 'attachmentAssetId'>, asset: Asset): FieldChange[] {
  const old = input.attachmentAssetId;
  const dropOld = old !== null && old !== asset.id ? detachChanges(plan, input).filter((c) => c.table === 'assets') : [];
  return [...dropOld, ...attachChanges(input, asset)];
}
