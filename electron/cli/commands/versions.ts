// `versions <fil.planverk> [--json]`: the plan's named versions (name, date, author);
// `version <fil.planverk> --name "…" [--note "…"]`: makes one, pointing at the plan as it is now (issue 16).
import { PlanverkError } from '../../../shared/api/errors';
import { formatVersionTime, type VersionInfo } from '../../../shared/domain/version';
import { openPlanFile } from '../../services/store';
import { listVersions, makeVersion } from '../../services/versions/versionService';
import { parseArgs, type Command } from '../command';

const LIST_USAGE = 'versions <fil.planverk> [--json]';
const MAKE_USAGE = 'version <fil.planverk> --name "navn" [--note "merknad"]';

const line = (v: VersionInfo): string => [v.name, formatVersionTime(v.createdAt), v.author ? `${v.author.name} (${v.author.initials})` : 'ukjent forfatter', v.id].join('\t') + (v.note ? `\n\t${v.note}` : '');

export const versionsCommand: Command = {
  usage: LIST_USAGE,
  run(args, io) {
    const { positional, options } = parseArgs(args, ['json']);
    if (!positional[0] || positional.length > 1) throw new PlanverkError('INVALID_ARGS', `bruk: ${LIST_USAGE}`);
    const file = openPlanFile(positional[0], { readOnly: true });
    try {
      const versions = listVersions(file);
      if (options.has('json')) io.out(JSON.stringify(versions, null, 2));
      else if (versions.length === 0) io.out('Planen har ingen versjoner.');
      else for (const v of versions) io.out(line(v));
      return 0;
    } finally {
      file.close();
    }
  },
};

export const versionCommand: Command = {
  usage: MAKE_USAGE,
  run(args, io, ctx) {
    const { positional, options } = parseArgs(args);
    const name = options.get('name');
    const note = options.get('note');
    if (!positional[0] || positional.length > 1 || typeof name !== 'string' || note === true) throw new PlanverkError('INVALID_ARGS', `bruk: ${MAKE_USAGE}`);
    const file = openPlanFile(positional[0], { author: ctx.author() });
    try {
      const made = makeVersion(file, { name, ...(typeof note === 'string' ? { note } : {}) });
      io.out(`Lagret versjonen «${made.name}» (${made.id})`);
      return 0;
    } finally {
      file.close();
    }
  },
};
