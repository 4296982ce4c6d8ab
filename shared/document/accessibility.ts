// The accessibility check before export ("Tilgjengelighetssjekk"): problems that would make the document fail
// universal-design rules, each with where it is, so the UI can link to it and export can refuse on errors.
import type { PlanData } from '../domain/plan';
import { profileColorProblem } from './contrast';

export type AccessibilityProblem = {
  severity: 'error' | 'warning';
  code: 'image-without-alt' | 'missing-asset' | 'low-contrast' | 'missing-title' | 'empty-heading' | 'table-without-header';
  message: string;
  /** Where the problem is: a chapter, an asset or the plan frame. */
  place: { kind: 'chapter'; chapterId: string } | { kind: 'asset'; assetId: string } | { kind: 'plan' };
};

type Json = Record<string, unknown>;

function walk(node: unknown, visit: (n: Json) => void): void {
  if (typeof node !== 'object' || node === null) return;
  visit(node as Json);
  const content = (node as Json).content;
  if (Array.isArray(content)) content.forEach((c) => walk(c, visit));
}

export function checkAccessibility(plan: PlanData): AccessibilityProblem[] {
  const problems: AccessibilityProblem[] = [];
  const assets = new Map(plan.assets.map((a) => [a.id, a]));
  if (!plan.plan.title.trim()) {
    problems.push({ severity: 'error', code: 'missing-title', message: 'Planen mangler tittel; dokumentet må ha en tittel.', place: { kind: 'plan' } });
  }
  const contrast = profileColorProblem(plan.plan.profileColor);
  if (contrast) problems.push({ severity: 'warning', code: 'low-contrast', message: contrast.message, place: { kind: 'plan' } });
  const logo = plan.plan.profileLogoAssetId ? assets.get(plan.plan.profileLogoAssetId) : undefined;
  if (logo && !logo.decorative && !logo.alt.trim()) {
    problems.push({ severity: 'warning', code: 'image-without-alt', message: 'Logoen mangler alternativ tekst; kommunenavnet brukes.', place: { kind: 'asset', assetId: logo.id } });
  }
  for (const chapter of plan.chapters) {
    const where = `«${chapter.title.trim() || 'uten tittel'}»`;
    walk(chapter.body, (n) => {
      const attrs = (typeof n.attrs === 'object' && n.attrs ? n.attrs : {}) as Json;
      if (n.type === 'image') {
        const asset = typeof attrs.assetId === 'string' ? assets.get(attrs.assetId) : undefined;
        const alt = typeof attrs.alt === 'string' ? attrs.alt : (asset?.alt ?? '');
        const decorative = typeof attrs.decorative === 'boolean' ? attrs.decorative : (asset?.decorative ?? false);
        if (!asset) {
          problems.push({ severity: 'warning', code: 'missing-asset', message: `Et bilde i kapittel ${where} finnes ikke i planfilen.`, place: { kind: 'chapter', chapterId: chapter.id } });
        } else if (!decorative && !alt.trim()) {
          problems.push({
            severity: 'error',
            code: 'image-without-alt',
            message: `Bildet «${asset.name}» i kapittel ${where} mangler alternativ tekst (eller merk det som dekorativt).`,
            place: { kind: 'chapter', chapterId: chapter.id },
          });
        }
      }
      if (n.type === 'heading' && !JSON.stringify(n.content ?? []).includes('"text":"')) {
        problems.push({ severity: 'warning', code: 'empty-heading', message: `Kapittel ${where} har en tom overskrift.`, place: { kind: 'chapter', chapterId: chapter.id } });
      }
      if (n.type === 'table') {
        const first = Array.isArray(n.content) ? (n.content[0] as Json | undefined) : undefined;
        const cells = first && Array.isArray(first.content) ? (first.content as Json[]) : [];
        if (!cells.length || !cells.every((c) => c.type === 'tableHeader')) {
          problems.push({ severity: 'warning', code: 'table-without-header', message: `En tabell i kapittel ${where} mangler overskriftsrad.`, place: { kind: 'chapter', chapterId: chapter.id } });
        }
      }
    });
  }
  return problems;
}
