// What the API and the CLI do with versions: list, read one, restore one as a new plan file, delete one's own.
import { PlanverkError } from '../../../shared/api/errors';
import type { PlanData } from '../../../shared/domain/plan';
import { hearingDraftVersionName, type VersionAuthor, type VersionInfo } from '../../../shared/domain/version';
import { createPlanFile, type OpenOptions, type PlanFile } from '../store';
import { planAtVersion } from './planAtVersion';
import { listVersionRows, markVersionDeleted, versionInfo, versionRow } from './versionRows';

import { prepareVersion, saveVersion } from './makeVersion';

export { makeVersion, prepareVersion, saveVersion, type NewVersion, type PreparedVersion } from './makeVersion';

export function listVersions(file: PlanFile): VersionInfo[] {
  return listVersionRows(file.database).map(versionInfo);
}

export function readVersion(file: PlanFile, id: string, opts: OpenOptions = {}): { version: VersionInfo; plan: PlanData } {
  const row = versionRow(file.database, id);
  if (!row) throw new PlanverkError('NOT_FOUND', id, { key: 'versionNotFound' });
  return { version: versionInfo(row), plan: planAtVersion(file.database, id, opts) };
}

/**
 * The version as a new plan file at `target` (never over an existing file, so never over the open plan): a new plan
 * made from the version's PlanData, so its export-json is exactly the version's. It does not become the open plan.
 */
export function restoreVersion(file: PlanFile, id: string, target: string, opts: OpenOptions = {}): string {
  const { plan } = readVersion(file, id, opts);
  const restored = createPlanFile(target, plan, opts);
  const path = restored.path;
  restored.close();
  return path;
}

/** Only the version's author deletes it (a version with no author: anyone). */
export function deleteVersion(file: PlanFile, id: string, by: VersionAuthor | null = file.currentAuthor): void {
  const info = file.info();
  if (info.readOnly || info.problem) throw new PlanverkError('READ_ONLY');
  const row = versionRow(file.database, id);
  if (!row) throw new PlanverkError('NOT_FOUND', id, { key: 'versionNotFound' });
  if (row.author && row.author.id !== by?.id) throw new PlanverkError('INVALID_ARGS', id, { key: 'versionNotYours' });
  markVersionDeleted(file.database, id);
}

/**
 * The version an export with the «Høringsutkast» watermark makes: «Høringsutkast dd.mm.åååå», pointing at the plan as
 * the export reads it now, saved by the returned function once the document is written (a failed or cancelled export
 * makes none). A plan open read-only gets none: nothing may be written to it.
 */
export function hearingDraftVersion(file: PlanFile, now = new Date()): (() => VersionInfo | null) | null {
  const info = file.info();
  if (info.readOnly || info.problem) return null;
  const prepared = prepareVersion(file, { name: hearingDraftVersionName(now), kind: 'hearingDraft', now });
  // The plan may have been closed while the export ran (another plan opened): then the version has no file to go in.
  return () => (file.isOpen ? saveVersion(file, prepared) : null);
}
