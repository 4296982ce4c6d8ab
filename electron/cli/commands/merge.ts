// `merge <file.planverk> <copy.planverk> [<copy2.planverk> …] [--preview] [--json]`: merges copies that came back into
// the plan, as «Slå sammen med kopier…» does in the app (same service), in one step with one backup in the plan's
// backup folder (none when nothing changes); the report says what each copy brought and every conflict.
// With --preview nothing is changed; with --json the report is printed as JSON. With --as-suggestions the copies'
// chapter text changes arrive as suggestions by their persons («slå sammen som forslag»), to accept or reject.
import { PlanverkError } from '../../../shared/api/errors';
import { previewCopies, runCopies } from '../../services/merge/mergeCopy';
import { openPlanFile } from '../../services/store';
import { parseArgs, type Command } from '../command';
import { printCopies, reportJson } from './mergeReport';

const USAGE = 'merge <fil.planverk> <kopi.planverk> [<kopi2.planverk> …] [--preview] [--json] [--as-suggestions]';

export const mergeCommand: Command = {
  usage: USAGE,
  run(args, io, ctx) {
    const { positional, options } = parseArgs(args, ['preview', 'json', 'as-suggestions']);
    const [target, ...copies] = positional;
    if (!target || copies.length === 0) throw new PlanverkError('INVALID_ARGS', `bruk: ${USAGE}`);
    const preview = options.get('preview') === true;
    const json = options.get('json') === true;
    const file = openPlanFile(target, preview ? { readOnly: true } : { author: ctx.author() });
    try {
      const deps = { asSuggestions: options.get('as-suggestions') === true };
      const report = preview ? previewCopies(file, copies, deps) : runCopies(file, copies, deps);
      if (json) {
        io.out(reportJson(report, preview));
        return 0;
      }
      printCopies(report, io, preview);
      if ('backupPath' in report) {
        io.out(report.backupPath ? `Planen slik den var før sammenslåingen: ${report.backupPath}` : 'Planen er ikke endret, så ingen sikkerhetskopi var nødvendig.');
      }
      return 0;
    } finally {
      file.close();
    }
  },
};
