// `export-json <file.planverk> --out <plan.json>`: the whole plan in the JSON interchange format.
import { renameSync, writeFileSync } from 'node:fs';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { PlanverkError } from '../../../shared/api/errors';
import { openPlanFile } from '../../services/store';
import { assertNotPlanTarget } from '../../services/store/planTargetGuard';
import { parseArgs, type Command } from '../command';

export const exportJsonCommand: Command = {
  usage: 'export-json <fil.planverk> --out <plan.json>',
  run(args, io) {
    const { positional, options } = parseArgs(args);
    const out = options.get('out');
    if (!positional[0] || typeof out !== 'string' || !out) throw new PlanverkError('INVALID_ARGS', 'bruk: export-json <fil.planverk> --out <plan.json>');
    assertNotPlanTarget(out, positional[0]);
    const file = openPlanFile(positional[0], { readOnly: true });
    try {
      const tmp = `${out}.tmp-${process.pid}`;
      writeFileSync(tmp, canonicalPlanJson(file.readPlan()));
      renameSync(tmp, out);
      io.out(`Skrev ${out}`);
      return 0;
    } finally {
      file.close();
    }
  },
};
