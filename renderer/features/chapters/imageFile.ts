// An image file picked in the editor as asset.add's arguments: the bytes as base64 and a mime type the plan allows.
import type { ArgsOf } from '../../../shared/api/contract';
import { sayInUiLanguage } from '../../app/i18n';

const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
type ImageMime = (typeof IMAGE_MIMES)[number];
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const isImageMime = (mime: string): mime is ImageMime => (IMAGE_MIMES as readonly string[]).includes(mime);

/** Base64 of bytes in chunks (String.fromCharCode cannot take millions of arguments). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function imageFileToAsset(file: File, text: { alt: string; decorative: boolean }): Promise<ArgsOf<'asset.add'>> {
  if (!isImageMime(file.type)) throw new Error(sayInUiLanguage({ key: 'entry.notAnImage', params: { type: file.type || { key: 'fallback.unknownType' } } }));
  if (file.size > MAX_IMAGE_BYTES) throw new Error(sayInUiLanguage({ key: 'entry.imageTooLarge' }));
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name.slice(0, 300), mime: file.type, dataBase64: bytesToBase64(bytes), alt: text.decorative ? '' : text.alt, decorative: text.decorative };
}
