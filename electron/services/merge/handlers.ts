// The merge.* calls: merge a copy that came back by email into the open plan.
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import type { OpenOptions, PlanFile } from '../store';
import { previewCopies, previewMerge, runCopies, runMerge } from './mergeCopy';

export type MergeHandlerDeps = { currentPlan: () => PlanFile | null; store?: OpenOptions; now?: () => Date };

export function createMergeHandlers(deps: MergeHandlerDeps): Pick<Handlers, 'merge.preview' | 'merge.run' | 'merge.previewCopies' | 'merge.runCopies'> {
  const open = (): PlanFile => {
    const file = deps.currentPlan();
    if (!file) throw new PlanverkError('NO_PLAN_OPEN');
    return file;
  };
  const options = { ...(deps.store ? { store: deps.store } : {}), ...(deps.now ? { now: deps.now } : {}) };
  return {
    'merge.preview': ({ path }) => previewMerge(open(), path, options),
    'merge.run': ({ path }) => runMerge(open(), path, options),
    'merge.previewCopies': ({ paths }) => previewCopies(open(), paths, options),
    'merge.runCopies': ({ paths }) => runCopies(open(), paths, options),
  };
}
