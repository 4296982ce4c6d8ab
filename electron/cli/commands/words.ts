// `words <fil.planverk> [--add ord] [--remove ord] [--json]`: the plan's word list (the words its spell-check accepts,
// carried in copies). Lists the words; --add / --remove change the list first (one change each, written by --author).
import { PlanverkError } from '../../../shared/api/errors';
import { PlanWordText, planWordChanges, planWordsOf } from '../../../shared/domain/planWord';
import { openPlanFile } from '../../services/store';
import { parseArgs, type Command } from '../command';

function wordArg(value: string | true | undefined, flag: string): string | null {
  if (value === undefined) return null;
  const word = typeof value === 'string' ? value.trim() : '';
  if (!PlanWordText.safeParse(word).success) throw new PlanverkError('INVALID_ARGS', `${flag} må følges av ett ord uten mellomrom, for eksempel ${flag} Fjordbyen`);
  return word;
}

export const wordsCommand: Command = {
  usage: 'words <fil.planverk> [--add ord] [--remove ord] [--json]',
  run(args, io, ctx) {
    const { positional, options } = parseArgs(args, ['json']);
    if (!positional[0]) throw new PlanverkError('INVALID_ARGS', 'mangler filnavn');
    const add = wordArg(options.get('add'), '--add');
    const remove = wordArg(options.get('remove'), '--remove');
    const writes = !!(add || remove);
    const file = openPlanFile(positional[0], writes ? { author: ctx.author() } : { readOnly: true });
    let words: string[];
    try {
      if (add) file.mutate(planWordChanges(add, true));
      if (remove) file.mutate(planWordChanges(remove, false));
      words = planWordsOf(file.readPlan().planWords);
    } finally {
      file.close();
    }
    if (options.has('json')) io.out(JSON.stringify({ words }, null, 2));
    else {
      io.out(`Ordlisten i planen: ${words.length} ord.`);
      for (const w of words) io.out(`  ${w}`);
    }
    return 0;
  },
};
