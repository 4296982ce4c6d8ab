// The plan's Word template: stored as an asset (the checked parts, written as a small .dotx) that the frame's
// `profileWordTemplateAssetId` points at; set in one mutation (one undo step), read back through the same checks.
import type { WordTemplateSummary } from '../../../shared/api/calls/profile';
import { WORD_TEMPLATE_MIME, type PlanData } from '../../../shared/domain/plan';
import type { WordTemplate } from '../../../shared/document/docx/wordTemplate';
import type { PlanFile } from '../store';
import { assetChanges, requirePlan } from './planProfile';
import { readWordTemplate, type ReadTemplate } from './wordTemplateFile';

type TemplatePlan = Pick<PlanFile, 'readPlanView' | 'readAsset' | 'mutate'>;

/** Checks the file and points the plan at it; refused files leave the plan as it was. */
export function setWordTemplate(file: TemplatePlan | null, name: string, bytes: Buffer) {
  const plan = requirePlan(file);
  const read = readWordTemplate(bytes);
  const asset = assetChanges(read.stored, { mime: WORD_TEMPLATE_MIME, name, alt: '' });
  const frameId = plan.readPlanView().plan.id;
  const result = plan.mutate([...asset.changes, { table: 'plan', id: frameId, column: 'profileWordTemplateAssetId', value: asset.id }]);
  return { ...result, name, ...read.summary };
}

/** The open plan's template as «Dokumentprofil» lists it, or null (none, or no longer readable). */
export function wordTemplateSummary(file: TemplatePlan | null): WordTemplateSummary | null {
  const view = requirePlan(file).readPlanView();
  const id = view.plan.profileWordTemplateAssetId;
  const meta = id ? view.assets.find((a) => a.id === id && a.mime === WORD_TEMPLATE_MIME) : undefined;
  const bytes = meta ? requirePlan(file).readAsset(meta.id) : null;
  const read = bytes ? readSafely(bytes) : null;
  return meta && read ? { name: meta.name, ...read.summary } : null;
}

/** The template export uses for a plan, or undefined: a template that fails the checks is ignored, not trusted. */
export function planWordTemplate(plan: PlanData): WordTemplate | undefined {
  const id = plan.plan.profileWordTemplateAssetId;
  const asset = id ? plan.assets.find((a) => a.id === id && a.mime === WORD_TEMPLATE_MIME) : undefined;
  return asset ? readSafely(Buffer.from(asset.dataBase64, 'base64'))?.template : undefined;
}

function readSafely(bytes: Buffer): ReadTemplate | null {
  try {
    return readWordTemplate(bytes);
  } catch {
    return null;
  }
}
