// The API handlers of search: one PlanSearch per open plan file (its index lives on that file's connection).
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { PlanSearch, type SearchTarget } from './planSearch';

export type SearchDeps = { currentPlan: () => SearchTarget | null };

export function createSearchHandlers(deps: SearchDeps): Pick<Handlers, 'search.query' | 'search.replaceAll'> {
  const searches = new WeakMap<SearchTarget, PlanSearch>();
  const searchOf = (): PlanSearch => {
    const target = deps.currentPlan();
    if (!target) throw new PlanverkError('NO_PLAN_OPEN');
    let s = searches.get(target);
    if (!s) searches.set(target, (s = new PlanSearch(target)));
    return s;
  };
  return {
    'search.query': ({ query, limit }) => searchOf().query(query, limit),
    'search.replaceAll': ({ query, replacement, matchCase, wholeWord }) =>
      searchOf().replaceAll(query, replacement, { matchCase: matchCase ?? false, wholeWord: wholeWord ?? false }),
  };
}
