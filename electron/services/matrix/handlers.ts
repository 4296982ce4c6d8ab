// The API handlers of the matrix's file calls (shared/api/calls/matrix.ts).
import type { MatrixImportReport } from '../../../shared/api/calls/matrix';
import { PlanverkError } from '../../../shared/api/errors';
import { importMatrixFile, type MatrixTarget } from './importFile';
import { exportOverviewXlsx } from './spreadsheet';

export type MatrixDeps = { currentPlan: () => MatrixTarget | null; currentPath?: () => string | null };

export type MatrixHandlers = {
  'matrix.importFile': (args: { path: string }) => Promise<MatrixImportReport>;
  'matrix.exportXlsx': (args: { path: string }) => Promise<{ path: string }>;
};

export function createMatrixHandlers(deps: MatrixDeps): MatrixHandlers {
  const target = (): MatrixTarget => {
    const plan = deps.currentPlan();
    if (!plan) throw new PlanverkError('NO_PLAN_OPEN');
    return plan;
  };
  return {
    'matrix.importFile': ({ path }) => importMatrixFile(target(), path),
    'matrix.exportXlsx': async ({ path }) => {
      await exportOverviewXlsx(target().readPlan(), path, deps.currentPath?.());
      return { path };
    },
  };
}
