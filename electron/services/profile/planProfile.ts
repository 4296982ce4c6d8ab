// Between a plan and a profile: read the open plan's colour, font, logo and Word template, and turn a profile into one
// list of field changes (logo and template as content-addressed assets, as asset.add and the template upload store
// them) or into a new plan's data.
import { createHash } from 'node:crypto';
import { PlanverkError } from '../../../shared/api/errors';
import { LOGO_MIMES, type LogoMime } from '../../../shared/api/calls/profile';
import { TOMBSTONE, WORD_TEMPLATE_MIME, type FieldChange, type PlanData } from '../../../shared/domain/plan';
import type { PlanFile } from '../store';
import type { Profile, ProfileLogo, ProfileTemplate } from './profileFile';

export type ProfilePlan = Pick<PlanFile, 'readPlanView' | 'readAsset'>;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const isLogoMime = (mime: string): mime is LogoMime => (LOGO_MIMES as readonly string[]).includes(mime);

/** The open plan's profile with the logo's bytes; a logo the plan no longer holds (or not a picture) is left out. */
export function readPlanProfile(file: ProfilePlan): Profile {
  const view = file.readPlanView();
  const frame = view.plan;
  const meta = frame.profileLogoAssetId ? view.assets.find((a) => a.id === frame.profileLogoAssetId) : undefined;
  const bytes = meta && isLogoMime(meta.mime) ? file.readAsset(meta.id) : null;
  const logo: ProfileLogo | null = meta && bytes && isLogoMime(meta.mime) ? { mime: meta.mime, name: meta.name, alt: meta.alt, bytes } : null;
  const templateMeta = frame.profileWordTemplateAssetId ? view.assets.find((a) => a.id === frame.profileWordTemplateAssetId && a.mime === WORD_TEMPLATE_MIME) : undefined;
  const templateBytes = templateMeta ? file.readAsset(templateMeta.id) : null;
  const wordTemplate: ProfileTemplate | null = templateMeta && templateBytes ? { name: templateMeta.name, bytes: templateBytes } : null;
  return { color: frame.profileColor.toLowerCase(), font: frame.profileFont.trim() || 'Calibri', logo, wordTemplate };
}

/** The asset rows of a Word template, exactly as the template upload (planWordTemplate.ts) writes them. */
export function templateChanges(template: ProfileTemplate): { id: string; changes: FieldChange[] } {
  return assetChanges(template.bytes, { mime: WORD_TEMPLATE_MIME, name: template.name, alt: '' });
}

/** The asset rows of a logo, exactly as asset.add writes them (a logo removed earlier comes back). */
export function logoChanges(logo: ProfileLogo): { id: string; changes: FieldChange[] } {
  return assetChanges(logo.bytes, { mime: logo.mime, name: logo.name, alt: logo.alt });
}

/** The asset rows of content-addressed bytes, exactly as asset.add writes them (an asset removed earlier comes back). */
export function assetChanges(bytes: Buffer, meta: { mime: string; name: string; alt: string }): { id: string; changes: FieldChange[] } {
  const id = sha256(bytes);
  const fields = { ...meta, decorative: false, dataBase64: bytes.toString('base64') };
  const changes: FieldChange[] = Object.entries(fields).map(([column, value]) => ({ table: 'assets', id, column, value }));
  changes.push({ table: 'assets', id, column: TOMBSTONE, value: 0 });
  return { id, changes };
}

/** Everything a profile sets on a plan, as one mutation (one undo step). */
export function profileChanges(frameId: string, profile: Profile): FieldChange[] {
  const logo = profile.logo ? logoChanges(profile.logo) : null;
  const frame = (column: string, value: unknown): FieldChange => ({ table: 'plan', id: frameId, column, value });
  // A profile without a template (every file written before templates travelled) leaves the plan's own template.
  const template = profile.wordTemplate ? templateChanges(profile.wordTemplate) : null;
  const templateFields = template ? [...template.changes, frame('profileWordTemplateAssetId', template.id)] : [];
  return [...(logo?.changes ?? []), frame('profileLogoAssetId', logo?.id ?? null), frame('profileColor', profile.color), frame('profileFont', profile.font), ...templateFields];
}

/** A new plan's data with the profile on its frame and the logo among its assets. */
export function withProfile(plan: PlanData, profile: Profile): PlanData {
  type Asset = PlanData['assets'][number];
  const asset = (bytes: Buffer, mime: Asset['mime'], name: string, alt: string): Asset => ({ id: sha256(bytes), mime, name, alt, decorative: false, dataBase64: bytes.toString('base64') });
  const logo = profile.logo ? asset(profile.logo.bytes, profile.logo.mime, profile.logo.name, profile.logo.alt) : null;
  const template = profile.wordTemplate ? asset(profile.wordTemplate.bytes, WORD_TEMPLATE_MIME, profile.wordTemplate.name, '') : null;
  const added = [logo, template].filter((a): a is Asset => a !== null);
  return {
    ...plan,
    plan: { ...plan.plan, profileColor: profile.color, profileFont: profile.font, profileLogoAssetId: logo?.id ?? null, ...(template ? { profileWordTemplateAssetId: template.id } : {}) },
    assets: [...plan.assets.filter((a) => !added.some((b) => b.id === a.id)), ...added],
  };
}

export function requirePlan<T>(file: T | null): T {
  if (!file) throw new PlanverkError('NO_PLAN_OPEN');
  return file;
}
