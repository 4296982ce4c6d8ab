// What a compare reads: each side is a plan file (.planverk, opened read-only), a plan in the JSON interchange format,
// or the plan «now». Both sides must be editions of the same plan (the same frame id); nothing is ever written to them.
import { basename, extname } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import type { PlanData } from '../../../shared/domain/plan';
import { readUserFileSync } from '../files/readUserFile';
import { parsePlanData } from '../store/createPlanFile';
import { openPlanFile } from '../store';

export type CompareSide = { plan: PlanData; label: string; path: string };

/** A plan's JSON carries its images as base64: the same cap as `new --from`. */
const MAX_PLAN_JSON_BYTES = 200 * 1024 * 1024;

export function readCompareSide(path: string): CompareSide {
  if (extname(path).toLowerCase() === '.json') {
    const text = readUserFileSync(path, { maxBytes: MAX_PLAN_JSON_BYTES, kind: 'json' }).toString('utf8');
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new PlanverkError('INVALID_JSON', (err as Error).message);
    }
    return { plan: parsePlanData(data), label: basename(path), path };
  }
  const file = openPlanFile(path, { readOnly: true });
  try {
    return { plan: file.readPlan(), label: basename(path), path };
  } finally {
    file.close();
  }
}

/** Two files of different plans say nothing about each other's changes: refuse before reading further. */
export function assertSamePlan(from: CompareSide, to: CompareSide): void {
  if (from.plan.plan.id !== to.plan.plan.id) {
    throw new PlanverkError('OTHER_PLAN', `${from.path} / ${to.path}`, { key: 'compareOtherPlan', params: { from: from.label, to: to.label } });
  }
}
