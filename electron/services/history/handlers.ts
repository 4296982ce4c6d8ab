// history.* calls: «Endret av …» and a field's history, read from the open plan's log.
import type { Handlers } from '../../../shared/api/contract';
import type { PlanFile } from '../store';
import { PlanverkError } from '../../../shared/api/errors';
import { fieldHistory, lastChanges } from './changeHistory';

export function createHistoryHandlers(deps: { currentPlan: () => Pick<PlanFile, 'database'> | null }): Pick<Handlers, 'history.lastChanges' | 'history.field'> {
  const db = () => {
    const file = deps.currentPlan();
    if (!file) throw new PlanverkError('NO_PLAN_OPEN');
    return file.database;
  };
  return {
    'history.lastChanges': ({ table }) => lastChanges(db(), table),
    'history.field': ({ table, id, column }) => fieldHistory(db(), table, id, column),
  };
}
