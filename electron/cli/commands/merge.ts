// `merge <file.planverk> <other.planverk>`: merges the other copy's changes into the first file.
import { PlanverkError } from '../../../shared/api/errors';
import { mergeFrom, openPlanFile } from '../../services/store';
import type { Command } from '../command';

export const mergeCommand: Command = {
  usage: 'merge <fil.planverk> <annen.planverk>',
  run(args, io) {
    const [target, other] = args;
    if (!target || !other) throw new PlanverkError('INVALID_ARGS', 'bruk: merge <fil.planverk> <annen.planverk>');
    const file = openPlanFile(target);
    try {
      const r = mergeFrom(file, other);
      io.out(`Slo sammen: ${r.newMessages} nye endringer, ${r.newChapterUpdates} kapitteloppdateringer, ${r.newBlobs} bilder`);
      return 0;
    } finally {
      file.close();
    }
  },
};
