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
    'merge.preview': ({ path, asSuggestions }) => previewMerge(open(), path, { ...options, asSuggestions }),
    'merge.run': ({ path, asSuggestions }) => runMerge(open(), path, { ...options, asSuggestions }),
    'merge.previewCopies': ({ paths, asSuggestions }) => previewCopies(open(), paths, { ...options, asSuggestions }),
    'merge.runCopies': ({ paths, asSuggestions }) => runCopies(open(), paths, { ...options, asSuggestions }),
  };
}
