// The API handler of Word import (Fil → Importer Word-dokument).
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { importDocxFile, type ImportTarget } from './importDocx';

export type ImportDeps = { currentPlan: () => ImportTarget | null };

export function createImportHandlers(deps: ImportDeps): Pick<Handlers, 'import.docx'> {
  return {
    'import.docx': ({ path }) => {
      const plan = deps.currentPlan();
      if (!plan) throw new PlanverkError('NO_PLAN_OPEN');
      return importDocxFile(plan, path);
    },
  };
}
