// The `.planverkprofil` file: a municipality's document profile (colour, font, logo with alt text, Word template) as
// JSON that advisers share. Read defensively: size caps before parsing, a strict schema, logo bytes that must be what
// they claim, and a Word template put through the same checks as one uploaded in «Dokumentprofil».
import { z } from 'zod';
import { PlanverkError, type ErrorSentence } from '../../../shared/api/errors';
import { sentenceText } from '../../../shared/i18n/errorText';
import { pngName, svgLogoToPng } from './svgLogo';
import { MAX_TEMPLATE_BYTES, readWordTemplate } from './wordTemplateFile';
import { LOGO_MIMES, MAX_LOGO_BYTES, type LogoMime, type ProfileSummary } from '../../../shared/api/calls/profile';

export const PROFILE_FORMAT = 'planverk-profil';
/**
 * Version 2 added the Word template. A profile without one is still written as version 1, so Planverk builds from
 * before can read it; one with a template says 2, and those builds refuse it as «made by a newer version».
 */
export const PROFILE_VERSION = 2;
const TEMPLATE_VERSION = 2;
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
/** The logo's and the template's base64 plus a little JSON: anything larger is not a profile. */
export const MAX_PROFILE_FILE_BYTES = base64Length(MAX_LOGO_BYTES) + base64Length(MAX_TEMPLATE_BYTES) + 16 * 1024;

export type ProfileLogo = { mime: LogoMime; name: string; alt: string; bytes: Buffer };
/** The Word template as the plan stores it (the checked parts, written as a small .dotx; see wordTemplateFile.ts). */
export type ProfileTemplate = { name: string; bytes: Buffer };
/** wordTemplate null: the profile carries none, and applying it leaves a plan's own template as it is. */
export type Profile = { color: string; font: string; logo: ProfileLogo | null; wordTemplate: ProfileTemplate | null };

const COLOR = /^#[0-9a-fA-F]{6}$/;
// Control characters in a font name would end up in Word's XML and the PDF's CSS.
const FONT = /^[^\p{Cc}]+$/u;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const ProfileJson = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.number().int(),
  color: z.string().regex(COLOR),
  font: z.string().trim().min(1).max(100).regex(FONT),
  logo: z
    .strictObject({
      mime: z.string(),
      name: z.string().max(300),
      alt: z.string().max(2000),
      dataBase64: z.string().regex(BASE64),
    })
    .nullable(),
  wordTemplate: z.strictObject({ name: z.string().trim().min(1).max(300), dataBase64: z.string().regex(BASE64) }).optional(),
});

/** Refuses a profile file with one sentence that says why; the plan and the default profile stay as they were. */
export function refuseProfile(reason: ErrorSentence, detail?: string): PlanverkError {
  return new PlanverkError('INVALID_PROFILE', detail ?? sentenceText('nb', reason), { key: 'profileRefused', params: { reason } });
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Whether the bytes are the kind of picture the mime type says (a renamed EXE or HTML is not a logo). */
export function logoBytesMatch(mime: LogoMime, bytes: Buffer): boolean {
  if (mime === 'image/png') return bytes.subarray(0, 8).equals(PNG_SIGNATURE);
  if (mime === 'image/jpeg') return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const text = bytes.toString('utf8');
  // An SVG is drawn as a picture, never run; still, one that carries script or foreign HTML is no coat of arms.
  return /<svg[\s>]/i.test(text) && !/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(text);
}

const isLogoMime = (mime: string): mime is LogoMime => (LOGO_MIMES as readonly string[]).includes(mime);

export function parseProfileFile(bytes: Buffer): Profile {
  if (bytes.length > MAX_PROFILE_FILE_BYTES) throw refuseProfile({ key: 'profile.tooLarge' });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw refuseProfile({ key: 'profile.notJson' });
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof json !== 'object' || json === null || format !== PROFILE_FORMAT) throw refuseProfile({ key: 'profile.notProfile' });
  const parsed = ProfileJson.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    if (field === 'color') throw refuseProfile({ key: 'profile.color' }, field);
    if (field === 'font') throw refuseProfile({ key: 'profile.font' }, field);
    throw refuseProfile({ key: 'profile.field', params: { field: field || 'profil' } }, `${field}: ${issue?.message ?? ''}`);
  }
  const data = parsed.data;
  if (data.version > PROFILE_VERSION) throw refuseProfile({ key: 'profile.newer' });
  if (data.version < 1) throw refuseProfile({ key: 'profile.version' });
  const logo = data.logo ? parseLogo(data.logo) : null;
  const wordTemplate = data.wordTemplate ? parseTemplate(data.wordTemplate) : null;
  return { color: data.color.toLowerCase(), font: data.font, logo, wordTemplate };
}

function parseLogo({ mime, name, alt, dataBase64 }: { mime: string; name: string; alt: string; dataBase64: string }): ProfileLogo {
  if (!isLogoMime(mime)) throw refuseProfile({ key: 'profile.logoType' }, mime.slice(0, 100));
  const logoBytes = Buffer.from(dataBase64, 'base64');
  if (logoBytes.length === 0) throw refuseProfile({ key: 'profile.logoEmpty' });
  if (logoBytes.length > MAX_LOGO_BYTES) throw refuseProfile({ key: 'profile.logoLarge' });
  if (!logoBytesMatch(mime, logoBytes)) throw refuseProfile({ key: 'profile.logoMismatch' });
  return rasterLogo({ mime, name, alt, bytes: logoBytes });
}

/** The template through the upload's checks (refused with the upload's sentence), kept as the plan would store it. */
function parseTemplate({ name, dataBase64 }: { name: string; dataBase64: string }): ProfileTemplate {
  return { name, bytes: readWordTemplate(Buffer.from(dataBase64, 'base64')).stored };
}

/** A logo as the plan stores it: an SVG becomes a PNG (svgLogo.ts), or is refused when it cannot be drawn safely. */
export function rasterLogo(logo: ProfileLogo): ProfileLogo {
  if (logo.mime !== 'image/svg+xml') return logo;
  const png = svgLogoToPng(logo.bytes);
  if (!png) throw refuseProfile({ key: 'profile.svgForeign' });
  return { ...logo, mime: 'image/png', name: pngName(logo.name), bytes: png };
}

export function serializeProfile(profile: Profile): string {
  const logo = profile.logo ? { mime: profile.logo.mime, name: profile.logo.name, alt: profile.logo.alt, dataBase64: profile.logo.bytes.toString('base64') } : null;
  const template = profile.wordTemplate;
  const json = template
    ? { format: PROFILE_FORMAT, version: TEMPLATE_VERSION, color: profile.color, font: profile.font, logo, wordTemplate: { name: template.name, dataBase64: template.bytes.toString('base64') } }
    : { format: PROFILE_FORMAT, version: 1, color: profile.color, font: profile.font, logo };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function summarizeProfile(profile: Profile): ProfileSummary {
  const { logo } = profile;
  return { color: profile.color, font: profile.font, logo: logo ? { mime: logo.mime, name: logo.name, alt: logo.alt, byteLength: logo.bytes.length } : null };
}
