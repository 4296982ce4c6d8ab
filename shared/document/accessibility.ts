// The accessibility check before export ("Tilgjengelighetssjekk"): problems that would make the document fail
// universal-design rules, each with where it is, so the UI can link to it and export can refuse on errors.
import type { PlanData } from '../domain/plan';
import { findingNb, quotedOr, type FindingText } from '../i18n/findingMessages';
import { profileColorProblem } from './contrast';

export type AccessibilityProblem = {
  severity: 'error' | 'warning';
  code: 'image-without-alt' | 'missing-asset' | 'low-contrast' | 'missing-title' | 'empty-heading' | 'table-without-header';
  message: string;
  /** The sentence as key + params, for the UI language (message is its bokmål). */
  text: FindingText;
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
  const push = (p: Omit<AccessibilityProblem, 'message'>) => problems.push({ ...p, message: findingNb(p.text) });
  const assets = new Map(plan.assets.map((a) => [a.id, a]));
  if (!plan.plan.title.trim()) {
    push({ severity: 'error', code: 'missing-title', text: { key: 'a11y.missingTitle' }, place: { kind: 'plan' } });
  }
  const contrast = profileColorProblem(plan.plan.profileColor);
  if (contrast) push({ severity: 'warning', code: 'low-contrast', text: contrast.text, place: { kind: 'plan' } });
  const logo = plan.plan.profileLogoAssetId ? assets.get(plan.plan.profileLogoAssetId) : undefined;
  if (logo && !logo.decorative && !logo.alt.trim()) {
    push({ severity: 'warning', code: 'image-without-alt', text: { key: 'a11y.logoWithoutAlt' }, place: { kind: 'asset', assetId: logo.id } });
  }
  for (const chapter of plan.chapters) {
    const where = quotedOr(chapter.title, 'fallback.untitledQuoted');
    walk(chapter.body, (n) => {
      const attrs = (typeof n.attrs === 'object' && n.attrs ? n.attrs : {}) as Json;
      if (n.type === 'image') {
        const asset = typeof attrs.assetId === 'string' ? assets.get(attrs.assetId) : undefined;
        const alt = typeof attrs.alt === 'string' ? attrs.alt : (asset?.alt ?? '');
        const decorative = typeof attrs.decorative === 'boolean' ? attrs.decorative : (asset?.decorative ?? false);
        if (!asset) {
          push({ severity: 'warning', code: 'missing-asset', text: { key: 'a11y.missingAsset', params: { where } }, place: { kind: 'chapter', chapterId: chapter.id } });
        } else if (!decorative && !alt.trim()) {
          push({
            severity: 'error',
            code: 'image-without-alt',
            text: { key: 'a11y.imageWithoutAlt', params: { name: asset.name, where } },
            place: { kind: 'chapter', chapterId: chapter.id },
          });
        }
      }
      if (n.type === 'heading' && !JSON.stringify(n.content ?? []).includes('"text":"')) {
        push({ severity: 'warning', code: 'empty-heading', text: { key: 'a11y.emptyHeading', params: { where } }, place: { kind: 'chapter', chapterId: chapter.id } });
      }
      if (n.type === 'table') {
        const first = Array.isArray(n.content) ? (n.content[0] as Json | undefined) : undefined;
        const cells = first && Array.isArray(first.content) ? (first.content as Json[]) : [];
        if (!cells.length || !cells.every((c) => c.type === 'tableHeader')) {
          push({ severity: 'warning', code: 'table-without-header', text: { key: 'a11y.tableWithoutHeader', params: { where } }, place: { kind: 'chapter', chapterId: chapter.id } });
        }
      }
    });
  }
  return problems;
}
