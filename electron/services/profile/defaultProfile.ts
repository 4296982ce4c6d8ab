// The app's default profile: one `.planverkprofil` file in the user data folder (the desktop app's userData, the
// browser mode's data folder), in the same format advisers share, so one reader checks both.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanverkError } from '../../../shared/api/errors';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import type { PlanData } from '../../../shared/domain/plan';
import { writeFileAtomic } from '../export/atomicWrite';
import { readUserFileSync } from '../files/readUserFile';
import { withProfile } from './planProfile';
import { MAX_PROFILE_FILE_BYTES, parseProfileFile, refuseProfile, serializeProfile, type Profile } from './profileFile';

export const DEFAULT_PROFILE_FILE = 'standardprofil.planverkprofil';

export type DefaultProfileStore = {
  /** The saved profile, or null when none is saved (or no folder is known, as in most tests). */
  read(): Profile | null;
  save(profile: Profile): Promise<void>;
  clear(): boolean;
};

/** Reads a profile file: a regular file, its size capped while reading (a link to /dev/zero says size 0). */
export function readProfileFile(path: string): Profile {
  let bytes: Buffer;
  try {
    bytes = readUserFileSync(path, { maxBytes: MAX_PROFILE_FILE_BYTES, kind: 'profile' });
  } catch (err) {
    const code = (err as PlanverkError).code;
    if (code === 'NOT_FOUND_FILE') throw refuseProfile({ key: 'profile.unreadable' }, path);
    if (code === 'FILE_TOO_LARGE') throw refuseProfile({ key: 'profile.tooLarge' });
    throw err; // NOT_REGULAR_FILE: «Profilfilen «…» er ikke en vanlig fil»
  }
  return parseProfileFile(bytes);
}

export function createDefaultProfileStore(folder: string | undefined): DefaultProfileStore {
  const path = folder ? join(folder, DEFAULT_PROFILE_FILE) : null;
  return {
    read: () => (path && existsSync(path) ? readProfileFile(path) : null),
    async save(profile) {
      if (!path || !folder) throw refuseProfile({ key: 'profile.noFolder' });
      mkdirSync(folder, { recursive: true });
      await writeFileAtomic(path, serializeProfile(profile));
    },
    clear() {
      if (!path || !existsSync(path)) return false;
      rmSync(path, { force: true });
      return true;
    },
  };
}

/** What file.new creates: the sample, or an empty plan with the default profile when one is saved. */
export function newPlanSource(sample: boolean, profileFolder: string | undefined): { sample: boolean } | { plan: PlanData } {
  if (sample) return { sample: true };
  const profiled = withDefaultProfile(emptyPlan(), profileFolder);
  return profiled ? { plan: profiled } : { sample: false };
}

/** A new plan (empty or from a template) in the saved default profile's dress, or null when none is saved. A damaged
 * default never stops a new plan: it then starts with Planverk's own colour and font. */
export function withDefaultProfile(plan: PlanData, profileFolder: string | undefined): PlanData | null {
  let profile: Profile | null = null;
  try {
    profile = createDefaultProfileStore(profileFolder).read();
  } catch {
    profile = null;
  }
  return profile ? withProfile(plan, profile) : null;
}
