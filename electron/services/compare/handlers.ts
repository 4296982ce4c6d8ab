// The compare.run call: the open plan (or one of its versions) against an earlier version or another file of the plan.
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { compareView } from '../../../shared/compare/compareView';
import type { OpenOptions, PlanFile } from '../store';
import { readVersion } from '../versions/versionService';
import { readHearingChanges } from './hearingSource';
import { assertSamePlan, readCompareSide, type CompareSide } from './compareSources';
import { formatDate } from '../../../shared/format/norwegian';
import { basename } from 'node:path';

export type CompareHandlerDeps = { currentPlan: () => PlanFile | null; store?: OpenOptions };

export function createCompareHandlers(deps: CompareHandlerDeps): Pick<Handlers, 'compare.run' | 'hearingChanges.list'> {
  const versionSide = (file: PlanFile, id: string): CompareSide => {
    const { version, plan } = readVersion(file, id, deps.store ?? {});
    return { plan, label: `${version.name} (${formatDate(version.createdAt.slice(0, 10))})`, path: file.path, version };
  };
  return {
    'compare.run': ({ fromVersion, fromPath, toVersion }) => {
      const file = deps.currentPlan();
      if (!file) throw new PlanverkError('NO_PLAN_OPEN');
      if ((fromVersion === null) === (fromPath === null)) throw new PlanverkError('INVALID_ARGS', 'fromVersion eller fromPath');
      const to: CompareSide = toVersion ? versionSide(file, toVersion) : { plan: file.readPlan(), label: basename(file.path), path: file.path };
      const from = fromVersion ? versionSide(file, fromVersion) : readCompareSide(fromPath!);
      assertSamePlan(from, to);
      return { ...compareView(from.plan, to.plan), fromLabel: from.label, toLabel: to.label };
    },
    'hearingChanges.list': () => {
      const file = deps.currentPlan();
      if (!file) throw new PlanverkError('NO_PLAN_OPEN');
      return { changes: readHearingChanges(file, file.readPlan(), deps.store ?? {}) };
    },
  };
}
