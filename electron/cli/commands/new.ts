// `new <out.planverk> [--kind kommunedelplan|planprogram] [--malform nb|nn] [--sample | --from plan.json]`: creates a
// plan file; with --kind from that kind's template (or, with --sample, that kind's sample).
import { PlanverkError } from '../../../shared/api/errors';
import { defaultLegend, emptyPlan } from '../../../shared/domain/emptyPlan';
import type { Malform, PlanData } from '../../../shared/domain/plan';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../shared/templates';
import { templatePlanSource } from '../../services/profile/templateSource';
import { readUserFileSync } from '../../services/files/readUserFile';
import { createPlanFile } from '../../services/store';
import { parseArgs, type Command } from '../command';

export const newCommand: Command = {
  usage: 'new <ut.planverk> [--kind kommunedelplan|planprogram] [--malform nb|nn] [--sample | --from plan.json]',
  run(args, io, ctx) {
    const { positional, options } = parseArgs(args, ['sample']);
    const out = positional[0];
    if (!out) throw new PlanverkError('INVALID_ARGS', 'mangler filnavn');
    const from = options.get('from');
    const kind = parseKind(options.get('kind'));
    const malform = parseMalform(options.get('malform'));
    const sample = options.has('sample');
    const data =
      typeof from === 'string'
        ? readJson(from)
        : kind
          ? templatePlanSource(kind, malform, sample, undefined).plan
          : sample
            ? buildSamplePlan()
            : emptyPlanIn(malform);
    const file = createPlanFile(out, data, { author: ctx.author() });
    const info = file.info();
    file.close();
    io.out(`Opprettet ${info.path} («${info.title}»)`);
    return 0;
  },
};

function emptyPlanIn(malform: Malform): PlanData {
  const plan = emptyPlan();
  return { ...plan, plan: { ...plan.plan, malform }, legend: defaultLegend(malform) };
}

function parseKind(raw: string | true | undefined): TemplateKind | null {
  if (raw === undefined) return null;
  if ((TEMPLATE_KINDS as readonly unknown[]).includes(raw)) return raw as TemplateKind;
  throw new PlanverkError('INVALID_ARGS', `--kind må være ${TEMPLATE_KINDS.join(' eller ')}`);
}

function parseMalform(raw: string | true | undefined): Malform {
  if (raw === undefined || raw === 'nb' || raw === 'nn') return raw ?? 'nb';
  throw new PlanverkError('INVALID_ARGS', '--malform må være nb (bokmål) eller nn (nynorsk)');
}

/** A plan's JSON carries its images as base64; 200 MB is far beyond any plan and keeps memory bounded. */
const MAX_PLAN_JSON_BYTES = 200 * 1024 * 1024;

function readJson(path: string): unknown {
  const text = readUserFileSync(path, { maxBytes: MAX_PLAN_JSON_BYTES, kind: 'json' }).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new PlanverkError('INVALID_JSON', (err as Error).message);
  }
}
