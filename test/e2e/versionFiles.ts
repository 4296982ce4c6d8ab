// What a restored copy must be: the plan exactly as the version held it, read from the files themselves.
import { openPlanFile } from '../../electron/services/store';
import { listVersions, readVersion } from '../../electron/services/versions/versionService';
import { canonicalPlanJson } from '../../shared/interchange/planJson';

/** The version `name` of the plan at `planPath` and the plan in the restored copy, both as canonical JSON. */
export function versionAndRestoredCopy(planPath: string, name: string, restoredPath: string): { version: string; restored: string } {
  const original = openPlanFile(planPath, { readOnly: true });
  let version: string;
  try {
    const found = listVersions(original).find((v) => v.name === name);
    if (!found) throw new Error(`no version «${name}» in ${planPath}`);
    version = canonicalPlanJson(readVersion(original, found.id).plan);
  } finally {
    original.close();
  }
  const copy = openPlanFile(restoredPath, { readOnly: true });
  try {
    return { version, restored: canonicalPlanJson(copy.readPlan()) };
  } finally {
    copy.close();
  }
}
