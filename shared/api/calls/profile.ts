// The document profile (logo, primary colour, font): set the logo, keep a reusable default profile in the user data
// folder, and share a profile between advisers as a small `.planverkprofil` JSON file (docs/plan-format.md).
import { z } from 'zod';
import { call, result } from '../define';
import type { MutateResult } from './plan';

/** Logos may be raster pictures or SVG (Word gets a PNG fallback); nothing else is a coat of arms. */
export const LOGO_MIMES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoMime = (typeof LOGO_MIMES)[number];
/** A coat of arms is small; 2 MB leaves room for a large PNG and keeps profile files mailable. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const PROFILE_EXTENSION = '.planverkprofil';

/** A profile as the UI sees it: the logo without its bytes. */
export type ProfileSummary = {
  color: string;
  font: string;
  logo: { mime: LogoMime; name: string; alt: string; byteLength: number } | null;
};

const FilePath = z.string().min(1).max(4096);

/** A Word template (.dotx/.docx) of at most 10 MB: a municipality's letterhead with styles and a logo. */
export const MAX_WORD_TEMPLATE_BYTES = 10 * 1024 * 1024;
export type TemplateStyleRole = 'Normal' | 'Title' | 'Heading1' | 'Heading2' | 'Heading3' | 'Caption' | 'Table';
/** The plan's Word template as «Dokumentprofil» shows it: its file name, the styles DOCX export takes from it, and
 * which header/footer parts it has (default pages, the first page). */
export type WordTemplateSummary = {
  name: string;
  styles: { role: TemplateStyleRole; name: string }[];
  headers: ('default' | 'first')[];
  footers: ('default' | 'first')[];
};

export const profileCalls = {
  /** Stores the logo as an asset and makes it the plan's logo: one plan.mutate, one undo step. */
  'profile.setLogo': call(
    z.object({
      name: z.string().max(300),
      mime: z.enum(LOGO_MIMES),
      dataBase64: z
        .string()
        .min(1)
        .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
      alt: z.string().max(2000),
    }),
    result<MutateResult & { id: string }>(),
  ),
  /** The saved default profile, or null when none is saved. */
  'profile.getDefault': call(z.object({}), result<ProfileSummary | null>()),
  /** Saves the open plan's profile (logo bytes, alt text, colour, font) as the app's default. */
  'profile.saveDefault': call(z.object({}), result<ProfileSummary>()),
  /** Applies the default profile to the open plan: one undoable plan.mutate. */
  'profile.applyDefault': call(z.object({}), result<MutateResult & ProfileSummary>()),
  /** Forgets the default profile; new plans start with Planverk's own colour and font again. */
  'profile.clearDefault': call(z.object({}), result<{ removed: boolean }>()),
  /** Writes the open plan's profile to a `.planverkprofil` file (the extension is added when missing). */
  'profile.exportFile': call(z.object({ path: FilePath }), result<{ path: string }>()),
  /** Checks a Word template and makes it the plan's (one undo step); a broken or hostile file is refused, nothing changes. */
  'profile.setWordTemplate': call(
    z.object({
      name: z.string().min(1).max(300),
      dataBase64: z
        .string()
        .min(1)
        .max(Math.ceil(MAX_WORD_TEMPLATE_BYTES / 3) * 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
    }),
    result<MutateResult & WordTemplateSummary>(),
  ),
  /** The open plan's Word template, or null when it has none (or it can no longer be read: export then ignores it). */
  'profile.wordTemplate': call(z.object({}), result<WordTemplateSummary | null>()),
  /** Reads a `.planverkprofil` file and applies it to the open plan; a bad file is refused and nothing changes. */
  'profile.importFile': call(z.object({ path: FilePath }), result<MutateResult & ProfileSummary>()),
};
