// `import-matrix` and `import-measures <fil.xlsx|.csv> --into <plan.planverk>`: the app's two spreadsheet imports, through
// the same API handlers, so an administrator can script them (and tests run them as a user would).
import { PlanverkError } from '../../../shared/api/errors';
import { createMatrixHandlers } from '../../services/matrix/handlers';
import { openPlanFile, type PlanFile } from '../../services/store';
import { createTablesHandlers } from '../../services/tables/handlers';
import { parseArgs, type CliIo, type Command } from '../command';

type SheetImport = (plan: PlanFile, path: string, io: CliIo) => Promise<number>;

function sheetCommand(name: string, runImport: SheetImport): Command {
  const usage = `${name} <fil.xlsx|fil.csv> --into <fil.planverk>`;
  return {
    usage,
    async run(args, io, ctx) {
      const { positional, options } = parseArgs(args);
      const source = positional[0];
      const into = options.get('into');
      if (!source || typeof into !== 'string' || !into) throw new PlanverkError('INVALID_ARGS', `bruk: ${usage}`);
      const file = openPlanFile(into, { author: ctx.author() });
      try {
        return await runImport(file, source, io);
      } finally {
        file.close();
      }
    },
  };
}

export const importMatrixCommand = sheetCommand('import-matrix', async (plan, path, io) => {
  const report = await createMatrixHandlers({ currentPlan: () => plan })['matrix.importFile']({ path });
  if (!report.imported) {
    for (const line of report.errors) io.err(line);
    return 1;
  }
  io.out(`Importerte ansvarsmatrisen fra ${path}: ${report.themes} temaer, ${report.areas} delplanområder, ${report.cells} celler (${report.changes} endringer).`);
  return 0;
});

export const importMeasuresCommand = sheetCommand('import-measures', async (plan, path, io) => {
  const result = await createTablesHandlers({ currentPlan: () => plan })['tables.importMeasures']({ path });
  if (!result.ok) {
    io.err(result.message);
    for (const e of result.errors.filter((x) => x.message !== result.message)) io.err(e.message);
    return 1;
  }
  io.out(`Importerte ${result.imported} tiltak fra ${path}.`);
  return 0;
});
