// A logo file picked on the Plan page as profile.setLogo's arguments: PNG, JPEG or SVG, at most 2 MB.
import { LOGO_MIMES, MAX_LOGO_BYTES, type LogoMime } from '../../../shared/api/calls/profile';
import type { ArgsOf } from '../../../shared/api/contract';
import { bytesToBase64 } from '../chapters/imageFile';

const isLogoMime = (mime: string): mime is LogoMime => (LOGO_MIMES as readonly string[]).includes(mime);

export type LogoFileProblem = 'wrong-type' | 'too-large';

export async function logoFileToArgs(file: File, alt: string): Promise<ArgsOf<'profile.setLogo'> | LogoFileProblem> {
  // Some systems give .svg files no type; the extension decides then.
  const mime = file.type || (/\.svg$/i.test(file.name) ? 'image/svg+xml' : '');
  if (!isLogoMime(mime)) return 'wrong-type';
  if (file.size > MAX_LOGO_BYTES) return 'too-large';
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name.slice(0, 300), mime, dataBase64: bytesToBase64(bytes), alt };
}

/** "Kommunevåpen for Levanger": the alt text the document builder falls back to (shared/document/build/cover.ts). */
export function defaultLogoAlt(logoOf: string, municipality: string): string {
  return `${logoOf} ${municipality.trim()}`.trim();
}
