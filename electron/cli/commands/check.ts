// `check <file.planverk>`: opens the file read-only with every check, prints a short summary, the spell-check's counts
// and the export check's findings (each with its place in the app), then the plan invariants (checkWholeness.ts). Exits 0 when the file opens,
// whatever the export findings; 1 when the plan breaks an invariant (a cycle, an orphan, a pointer at nothing).
import { PlanverkError } from '../../../shared/api/errors';
import { checkPlan } from '../../../shared/document/planCheck';
import { spellCounts } from '../../../shared/spell/planSpell';
import { openPlanFile } from '../../services/store';
import { spellFieldsInNode, spellPlanInNode } from '../../services/spell/planSpelling';
import { findingLine, findingSummary } from '../findingLines';
import { reportWholeness } from '../checkWholeness';
import type { Command } from '../command';

export const checkCommand: Command = {
  usage: 'check <fil.planverk>',
  async run(args, io) {
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
      const spelling = await spellPlanInNode(plan);
      const fieldSpelling = await spellFieldsInNode(plan);
      const counts = spellCounts([...spelling, ...fieldSpelling]);
      io.out(`Stavekontroll: ${counts.spelling} mulige skrivefeil, ${counts.malform} målformfeil (se «spell»).`);
      const findings = checkPlan(plan, { spelling, fieldSpelling });
      io.out(findingSummary(findings));
      for (const f of findings) io.out(`  ${findingLine(f)}`);
      return reportWholeness(file.database, io) > 0 ? 1 : 0;
    } finally {
      file.close();
    }
  },
};
