// `compare <file.planverk> --from <file> [--to <file|now>] --format html|docx|pdf --out <path> [--author <name>]`:
// the redline of two editions of one plan (the newer plan's document, the differences from the older as tracked
// changes). --to defaults to the plan file itself («now»). Files may be .planverk or plan JSON; none is written to.
import { existsSync } from 'node:fs';
import { PlanverkError } from '../../../shared/api/errors';
import { comparePlans, countChanges } from '../../../shared/compare/comparePlans';
import { readCompareSide, type CompareSide } from '../../services/compare/compareSources';
import { exportRedline } from '../../services/compare/exportRedline';
import type { ExportFormat } from '../../services/export/exportPlan';
import { parseArgs, type Command } from '../command';

const USAGE = 'compare <fil.planverk> --from <fil> [--to <fil|now>] --format html|docx|pdf --out <sti> [--author <navn>]';
const FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html'];

/** A side named by a path; versions of the plan join here when the plan file keeps them. */
function side(spec: string): CompareSide {
  if (!existsSync(spec)) throw new PlanverkError('NOT_FOUND_FILE', spec, { key: 'compareNotFound', params: { name: spec } });
  return readCompareSide(spec);
}

/** «Kari Nordmann» → «KN»: Word shows the initials beside a change. */
export const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
    .slice(0, 4) || 'PV';

export const compareCommand: Command = {
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseArgs(args);
    const [file] = positional;
    const from = options.get('from');
    const to = options.get('to') ?? 'now';
    const format = options.get('format');
    const out = options.get('out');
    if (!file || typeof from !== 'string' || !from || typeof to !== 'string' || typeof out !== 'string' || !out) throw new PlanverkError('INVALID_ARGS', `bruk: ${USAGE}`);
    if (!FORMATS.includes(format as ExportFormat)) throw new PlanverkError('INVALID_ARGS', '--format må være html, docx eller pdf');
    const author = options.get('author');
    const name = (typeof author === 'string' && author.trim()) || process.env.PLANVERK_AUTHOR?.trim() || 'Planverk';
    const now = side(file);
    const older = side(from);
    const newer = to === 'now' ? now : side(to);
    const result = await exportRedline({ from: older, to: newer, format: format as ExportFormat, out, by: { author: name, initials: initialsOf(name), date: null } });
    const changes = countChanges(comparePlans(older.plan, newer.plan));
    io.out(`Skrev ${result.path} (${changes} endringer mellom «${older.label}» og «${newer.label}», ${result.ms} ms)`);
    return 0;
  },
};
