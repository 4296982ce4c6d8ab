// `compare <file.planverk> --from <version|file> [--to <version|file|now>] --format html|docx|pdf --out <path>`:
// the redline of two editions of one plan (the newer plan's document, the differences from the older as tracked
// changes). A version is named by its id or name; --to defaults to the plan file as it is («now»). Files may be
// .planverk or plan JSON; none is written to. Each change carries who made it where the file's history tells.
import { existsSync } from 'node:fs';
import { PlanverkError } from '../../../shared/api/errors';
import { comparePlans, countChanges } from '../../../shared/compare/comparePlans';
import { readCompareSide, readVersionSide, type CompareSide } from '../../services/compare/compareSources';
import { exportRedline } from '../../services/compare/exportRedline';
import { sideAuthors } from '../../services/compare/changeAuthors';
import type { ExportFormat } from '../../services/export/exportPlan';
import { parseArgs, type Command } from '../command';

const USAGE = 'compare <fil.planverk> --from <versjon|fil> [--to <versjon|fil|now>] --format html|docx|pdf --out <sti>';
const FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html'];

/** A side named by a path, or else by a version (id or name) of the plan file. */
function side(planPath: string, spec: string): CompareSide {
  if (existsSync(spec)) return readCompareSide(spec);
  const version = existsSync(planPath) ? readVersionSide(planPath, spec) : null;
  if (!version) throw new PlanverkError('NOT_FOUND_FILE', spec, { key: 'compareNotFound', params: { name: spec } });
  return version;
}

export const compareCommand: Command = {
  usage: USAGE,
  async run(args, io, ctx) {
    const { positional, options } = parseArgs(args);
    const [file] = positional;
    const from = options.get('from');
    const to = options.get('to') ?? 'now';
    const format = options.get('format');
    const out = options.get('out');
    if (!file || typeof from !== 'string' || !from || typeof to !== 'string' || typeof out !== 'string' || !out) throw new PlanverkError('INVALID_ARGS', `bruk: ${USAGE}`);
    if (!FORMATS.includes(format as ExportFormat)) throw new PlanverkError('INVALID_ARGS', '--format må være html, docx eller pdf');
    const now = readCompareSide(file);
    const older = side(file, from);
    const newer = to === 'now' ? now : side(file, to);
    // Each change carries who made it when both sides are points of the file's history (changeAuthors.ts); else, and
    // for a change the history cannot place, the newer version's author and date, or the person running the CLI.
    const person = newer.version?.author ?? ctx.author();
    const by = { author: person.name, initials: person.initials, date: newer.version?.createdAt ?? null };
    const history = sideAuthors(older, newer, by);
    const result = await exportRedline({ from: older, to: newer, format: format as ExportFormat, out, by, authors: history?.authors ?? null }).finally(() => history?.close());
    const changes = countChanges(comparePlans(older.plan, newer.plan));
    io.out(`Skrev ${result.path} (${changes} endringer mellom «${older.label}» og «${newer.label}», ${result.ms} ms)`);
    return 0;
  },
};
