// `merge <file.planverk> <copy.planverk> [--preview]`: merges a copy that came back into the plan, as «Slå sammen med en
// kopi…» does in the app (same service): the plan is backed up beside itself first, and the summary says what came in.
// With --preview nothing is changed; the summary says what the merge would bring.
import type { MergePreview } from '../../../shared/api/calls/merge';
import { PlanverkError } from '../../../shared/api/errors';
import { previewMerge, runMerge } from '../../services/merge/mergeCopy';
import { openPlanFile } from '../../services/store';
import { parseArgs, type CliIo, type Command } from '../command';

const USAGE = 'merge <fil.planverk> <kopi.planverk> [--preview]';

/** One line of counts, then one per conflict: which field, both values, and which one the merge keeps. */
function printSummary(summary: Omit<MergePreview, 'path' | 'copyTitle' | 'copyLastChange'>, io: CliIo, preview: boolean): void {
  if (summary.nothingNew) {
    io.out('Kopien har ingenting som ikke allerede er i planen.');
    return;
  }
  const rows = Object.values(summary.counts).reduce((sum, c) => ({ added: sum.added + c.added, changed: sum.changed + c.changed, deleted: sum.deleted + c.deleted }), {
    added: 0,
    changed: 0,
    deleted: 0,
  });
  const verb = preview ? 'Sammenslåingen vil gi' : 'Slo sammen';
  io.out(`${verb}: ${rows.added} nye rader, ${rows.changed} endrede, ${rows.deleted} slettede; tekst fra kopien i ${summary.chapters.length} kapitler; ${summary.conflicts.length} felt endret i begge.`);
  for (const c of summary.conflicts) {
    const kept = c.winner === 'copy' ? 'kopiens' : 'planens';
    io.out(`  ${c.rowLabel} – ${c.column}: her ${JSON.stringify(c.here)}, i kopien ${JSON.stringify(c.copy)}; ${kept} verdi gjelder (endret sist).`);
  }
}

export const mergeCommand: Command = {
  usage: USAGE,
  run(args, io) {
    const { positional, options } = parseArgs(args, ['preview']);
    const [target, copy] = positional;
    if (!target || !copy) throw new PlanverkError('INVALID_ARGS', `bruk: ${USAGE}`);
    const preview = options.get('preview') === true;
    const file = openPlanFile(target, { readOnly: preview });
    try {
      if (preview) {
        printSummary(previewMerge(file, copy), io, true);
        return 0;
      }
      const outcome = runMerge(file, copy);
      printSummary(outcome, io, false);
      io.out(`Planen slik den var før sammenslåingen: ${outcome.backupPath}`);
      return 0;
    } finally {
      file.close();
    }
  },
};
