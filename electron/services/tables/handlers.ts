// The API handler of the measures import (Handlingsplan → Importer fra regneark): check the whole sheet, then apply it
// to the open plan in one mutate, or report the bad rows and change nothing.
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import type { MutateResult } from '../../../shared/api/calls/plan';
import { randomId, type IdSource } from '../../../shared/domain/ids';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { importMeasures } from './importMeasures';

export type TablesTarget = { readPlan: () => PlanData; mutate: (changes: readonly FieldChange[]) => MutateResult };
export type TablesDeps = { currentPlan: () => TablesTarget | null; newId?: IdSource };

export function createTablesHandlers(deps: TablesDeps): Pick<Handlers, 'tables.importMeasures'> {
  return {
    'tables.importMeasures': async ({ path }) => {
      const plan = deps.currentPlan();
      if (!plan) throw new PlanverkError('NO_PLAN_OPEN');
      const result = await importMeasures(path, plan.readPlan().measures, deps.newId ?? randomId);
      if (!result.ok) return result;
      plan.mutate(result.changes);
      const measureIds = [...new Set(result.changes.map((c) => c.id))];
      return { ok: true, imported: result.count, measureIds };
    },
  };
}
