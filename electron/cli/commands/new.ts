// `new <out.planverk> [--sample] [--from plan.json]`: creates a plan file.
import { readFileSync } from 'node:fs';
import { PlanverkError } from '../../../shared/api/errors';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { createPlanFile } from '../../services/store';
import { parseArgs, type Command } from '../command';

export const newCommand: Command = {
  usage: 'new <ut.planverk> [--sample | --from plan.json]',
  run(args, io) {
    const { positional, options } = parseArgs(args, ['sample']);
    const out = positional[0];
    if (!out) throw new PlanverkError('INVALID_ARGS', 'mangler filnavn');
    const from = options.get('from');
    const data = typeof from === 'string' ? readJson(from) : options.has('sample') ? buildSamplePlan() : emptyPlan();
    const file = createPlanFile(out, data);
    const info = file.info();
    file.close();
    io.out(`Opprettet ${info.path} («${info.title}»)`);
    return 0;
  },
};

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PlanverkError('NOT_FOUND_FILE', path);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new PlanverkError('INVALID_JSON', (err as Error).message);
  }
}
