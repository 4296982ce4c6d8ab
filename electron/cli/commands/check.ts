// `check <file.planverk>`: opens the file read-only with every check and prints a short summary.
import { PlanverkError } from '../../../shared/api/errors';
import { openPlanFile } from '../../services/store';
import type { Command } from '../command';

export const checkCommand: Command = {
  usage: 'check <fil.planverk>',
  run(args, io) {
    const path = args[0];
    if (!path) throw new PlanverkError('INVALID_ARGS', 'mangler filnavn');
    const file = openPlanFile(path, { readOnly: true });
    try {
      const plan = file.readPlan();
      io.out(`Tittel: ${plan.plan.title}`);
      io.out(`Skjemaversjon: ${file.schemaVersion}`);
      const subTopics = plan.areas.filter((a) => a.parentId !== null).length;
      io.out(
        `Temaer: ${plan.themes.length}, delplanområder: ${plan.areas.length - subTopics} (+${subTopics} undertemaer), ` +
          `grupper: ${plan.groups.length}, kapitler: ${plan.chapters.length}`,
      );
      return 0;
    } finally {
      file.close();
    }
  },
};
