// `export <file.planverk> --format docx|pdf|html --out <path> [--part plan|matrix|merknadsbehandling|group=<nr or name>]
// [--watermark utkast|horingsutkast|none] [--watermark-placement diagonal|top] [--strict] [--pdfa] [--review] [--compare-hearing]`: a hearing
// document from the plan file, written atomically, after the export check (printed on stderr; with --strict any error
// stops the export). --pdfa writes PDF/A-2a (archival) instead of plain tagged PDF. --review writes the open suggestions
// as tracked changes and the comments (Word's w:ins/w:del and comments); without it the document is clean.
// --compare-hearing («sammenlignet med høringsutkastet») writes the differences from the newest hearing draft as
// tracked changes, attributed to the CLI's person (--author).
import { PlanverkError } from '../../../shared/api/errors';
import type { DocPart, Watermark, WatermarkPlacement } from '../../../shared/document/model';
import { exportPlan, prepareExport, type ExportFormat, type RedlineFrom } from '../../services/export/exportPlan';
import { hearingChangesFor, hearingRedlineFrom } from '../../services/compare/hearingSource';
import type { PlanData } from '../../../shared/domain/plan';
import { openPlanFile, type PlanFile } from '../../services/store';
import { readReviewSource } from '../../services/export/reviewSource';
import { hearingDraftVersion } from '../../services/versions/versionService';
import { parseArgs, type CliContext, type CliIo, type Command } from '../command';
import { findingLine } from '../findingLines';
import { checkPlan, hasBlockingErrors } from '../../../shared/document/planCheck';

const USAGE = 'export <fil.planverk> --format docx|pdf|html --out <sti> [--part plan|matrix|merknadsbehandling|group=<nr eller navn>] [--watermark utkast|horingsutkast|none] [--watermark-placement diagonal|top] [--strict] [--pdfa] [--review] [--compare-hearing]';
const FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html'];
const WATERMARKS: readonly Watermark[] = ['utkast', 'horingsutkast', 'none'];
const PLACEMENTS: readonly WatermarkPlacement[] = ['diagonal', 'top'];

export function parsePart(raw: string | true | undefined): DocPart {
  if (raw === undefined) return 'plan';
  if (raw === 'plan' || raw === 'matrix' || raw === 'merknadsbehandling') return raw;
  if (typeof raw === 'string' && raw.startsWith('group=') && raw.length > 6) return { group: raw.slice(6) };
  throw new PlanverkError('INVALID_ARGS', `ukjent --part «${String(raw)}»; bruk plan, matrix, merknadsbehandling eller group=<nr eller navn>`);
}

export const exportCommand: Command = {
  usage: USAGE,
  async run(args, io, ctx) {
    const { positional, options } = parseArgs(args, ['strict', 'pdfa', 'review', 'compare-hearing']);
    const format = options.get('format');
    const out = options.get('out');
    const watermark = options.get('watermark') ?? 'none';
    const placement = options.get('watermark-placement') ?? 'diagonal';
    if (!positional[0] || typeof out !== 'string' || !out) throw new PlanverkError('INVALID_ARGS', `bruk: ${USAGE}`);
    if (!FORMATS.includes(format as ExportFormat)) throw new PlanverkError('INVALID_ARGS', `--format må være docx, pdf eller html`);
    if (!WATERMARKS.includes(watermark as Watermark)) throw new PlanverkError('INVALID_ARGS', `--watermark må være utkast, horingsutkast eller none`);
    if (!PLACEMENTS.includes(placement as WatermarkPlacement)) throw new PlanverkError('INVALID_ARGS', `--watermark-placement må være diagonal eller top`);
    const pdfa = options.has('pdfa');
    if (pdfa && format !== 'pdf') throw new PlanverkError('INVALID_ARGS', '--pdfa gjelder bare --format pdf');
    const part = parsePart(options.get('part'));
    prepareExport({ format: format as ExportFormat });
    // A «Høringsutkast» export makes a version (issue 16), so the plan is opened for writing then.
    const hearing = watermark === 'horingsutkast';
    const file = hearing ? openForVersion(positional[0], ctx, io) : openPlanFile(positional[0], { readOnly: true });
    try {
      const plan = file.readPlan();
      const review = options.has('review') ? readReviewSource(file, plan) : undefined;
      const hearingChanges = hearingChangesFor(file, plan);
      const redlineFrom = options.has('compare-hearing') ? hearingRedline(file, plan, ctx) : undefined;
      const version = hearing ? hearingDraftVersion(file) : null;
      const strict = options.has('strict');
      const findings = checkPlan(plan);
      // A refused export says why line by line before the one-sentence refusal.
      if (hasBlockingErrors(findings, strict)) for (const f of findings.filter((x) => x.severity === 'error')) io.err(findingLine(f));
      const result = await exportPlan(plan, { format: format as ExportFormat, out, openPlan: positional[0], part, watermark: watermark as Watermark, watermarkPlacement: placement as WatermarkPlacement, strict, pdfa, review, findings, hearingChanges, redlineFrom });
      for (const f of result.warnings) io.err(findingLine(f));
      io.out(`Skrev ${result.path} (${result.bytes} byte på ${result.ms} ms)`);
      const made = version?.();
      if (made) io.out(`Lagret versjonen «${made.name}»`);
      return 0;
    } finally {
      file.close();
    }
  },
};

/** The newest hearing draft as the older side of the redline; a plan without one is refused in one sentence. */
function hearingRedline(file: PlanFile, plan: PlanData, ctx: CliContext): RedlineFrom {
  const draft = hearingRedlineFrom(file, plan, ctx.author());
  if (!draft) throw new PlanverkError('NOT_FOUND', undefined, { key: 'noHearingDraft' });
  return draft;
}

/** For writing (the version goes in the file); a plan another Planverk holds is exported without a version, said in one line. */
function openForVersion(path: string, ctx: CliContext, io: CliIo): PlanFile {
  try {
    return openPlanFile(path, { author: ctx.author() });
  } catch (err) {
    if (!(err instanceof PlanverkError) || err.code !== 'LOCKED') throw err;
    io.err('Planen er åpen i en annen Planverk; høringsutkastet eksporteres uten å lagre en versjon.');
    return openPlanFile(path, { readOnly: true });
  }
}
