// profile.* calls: the logo, the default profile in the user data folder, and `.planverkprofil` files.
import { extname, resolve } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import { PROFILE_EXTENSION } from '../../../shared/api/calls/profile';
import type { PlanFile } from '../store';
import { writeFileAtomic } from '../export/atomicWrite';
import { createDefaultProfileStore, readProfileFile } from './defaultProfile';
import { setWordTemplate, wordTemplateSummary } from './planWordTemplate';
import { logoChanges, profileChanges, readPlanProfile, requirePlan } from './planProfile';
import { logoBytesMatch, rasterLogo, refuseProfile, serializeProfile, summarizeProfile, type Profile } from './profileFile';

export type ProfileDeps = {
  currentPlan: () => Pick<PlanFile, 'readPlanView' | 'readAsset' | 'mutate'> | null;
  /** The user data folder where the default profile is kept; without it there is no default. */
  profileFolder?: string | undefined;
};

type ProfileCall = 'profile.setWordTemplate' | 'profile.wordTemplate' | 'profile.setLogo' | 'profile.getDefault' | 'profile.saveDefault' | 'profile.applyDefault' | 'profile.clearDefault' | 'profile.exportFile' | 'profile.importFile';

export function createProfileHandlers(deps: ProfileDeps): Pick<Handlers, ProfileCall> {
  const store = createDefaultProfileStore(deps.profileFolder);
  const apply = (profile: Profile) => {
    const file = requirePlan(deps.currentPlan());
    return { ...file.mutate(profileChanges(file.readPlanView().plan.id, profile)), ...summarizeProfile(profile) };
  };
  return {
    'profile.setWordTemplate': ({ name, dataBase64 }) => setWordTemplate(deps.currentPlan(), name, Buffer.from(dataBase64, 'base64')),
    'profile.wordTemplate': () => wordTemplateSummary(deps.currentPlan()),
    'profile.setLogo': ({ name, mime, dataBase64, alt }) => {
      const file = requirePlan(deps.currentPlan());
      const bytes = Buffer.from(dataBase64, 'base64');
      if (!logoBytesMatch(mime, bytes)) throw refuseProfile({ key: 'profile.logoMismatch' });
      const logo = logoChanges(rasterLogo({ mime, name, alt, bytes }));
      const frameId = file.readPlanView().plan.id;
      return { ...file.mutate([...logo.changes, { table: 'plan', id: frameId, column: 'profileLogoAssetId', value: logo.id }]), id: logo.id };
    },
    'profile.getDefault': () => {
      const profile = store.read();
      return profile ? summarizeProfile(profile) : null;
    },
    'profile.saveDefault': async () => {
      const profile = readPlanProfile(requirePlan(deps.currentPlan()));
      await store.save(profile);
      return summarizeProfile(profile);
    },
    'profile.applyDefault': () => {
      const profile = store.read();
      if (!profile) throw refuseProfile({ key: 'profile.noDefault' });
      return apply(profile);
    },
    'profile.clearDefault': () => ({ removed: store.clear() }),
    'profile.exportFile': async ({ path }) => {
      const profile = readPlanProfile(requirePlan(deps.currentPlan()));
      const target = extname(path).toLowerCase() === PROFILE_EXTENSION ? resolve(path) : resolve(`${path}${PROFILE_EXTENSION}`);
      await writeFileAtomic(target, serializeProfile(profile));
      return { path: target };
    },
    'profile.importFile': ({ path }) => {
      requirePlan(deps.currentPlan());
      return apply(readProfileFile(resolve(path)));
    },
  };
}
