// What a compare reads: each side is a plan file (.planverk, opened read-only), a plan in the JSON interchange format,
// or the plan «now». Both sides must be editions of the same plan (the same frame id); nothing is ever written to them.
import { basename, extname } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import type { PlanData } from '../../../shared/domain/plan';
import { readUserFileSync } from '../files/readUserFile';
import { parsePlanData } from '../store/createPlanFile';
import { openPlanFile } from '../store';
import { listVersions, readVersion } from '../versions/versionService';
import type { VersionInfo } from '../../../shared/domain/version';
import { formatDate } from '../../../shared/format/norwegian';

/** One side of a compare; `version` is set when the side is a named version of the plan file at `path`. */
export type CompareSide = { plan: PlanData; label: string; path: string; version?: VersionInfo };

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

/**
 * A version of the plan file named by its id or its name (the newest of that name), or null when it has none.
 * `hearing` picks the newest version made at a «Høringsutkast» export.
 */
export function readVersionSide(planPath: string, spec: string | { hearing: true }): CompareSide | null {
  const file = openPlanFile(planPath, { readOnly: true });
  try {
    const versions = listVersions(file);
    const match = [...versions].reverse().find((v) => (typeof spec === 'string' ? v.id === spec || v.name === spec : v.kind === 'hearingDraft'));
    if (!match) return null;
    const { version, plan } = readVersion(file, match.id);
    return { plan, label: versionLabel(version), path: planPath, version };
  } finally {
    file.close();
  }
}

/** «Vedtatt (12.06.2025)»; a name that already says its day («Høringsutkast 15.04.2025», the export's) is not dated twice. */
function versionLabel(version: VersionInfo): string {
  const day = formatDate(version.createdAt.slice(0, 10));
  return version.name.includes(day) ? version.name : `${version.name} (${day})`;
}
