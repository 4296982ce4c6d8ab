// `spell <file.planverk> [--json]`: per chapter, the misspelled words and målform slips with their suggestions, in
// the plan's målform. `--json` prints the same for scripts. Exits 0 whatever it finds: the words are the user's call.
import { PlanverkError } from '../../../shared/api/errors';
import type { Malform } from '../../../shared/domain/plan';
import type { ChapterSpelling } from '../../../shared/spell/planSpell';
import { spellCounts } from '../../../shared/spell/planSpell';
import { openPlanFile } from '../../services/store';
import { spellPlanInNode } from '../../services/spell/planSpelling';
import { parseArgs, type CliIo, type Command } from '../command';

export const spellCommand: Command = {
  usage: 'spell <fil.planverk> [--json]',
  async run(args, io) {
    const { positional, options } = parseArgs(args, ['json']);
    if (!positional[0]) throw new PlanverkError('INVALID_ARGS', 'mangler filnavn');
    const file = openPlanFile(positional[0], { readOnly: true });
    let plan;
    try {
      plan = file.readPlan();
    } finally {
      file.close();
    }
    const chapters = await spellPlanInNode(plan, { withSuggestions: true });
    if (options.has('json')) io.out(JSON.stringify(spellJson(plan.plan.malform, chapters), null, 2));
    else printSpelling(plan.plan.malform, chapters, io);
    return 0;
  },
};

function spellJson(malform: string, chapters: ChapterSpelling[]) {
  return {
    malform,
    counts: spellCounts(chapters),
    chapters: chapters
      .filter((c) => c.findings.length)
      .map((c) => ({ id: c.chapterId, title: c.title, lang: c.lang, findings: c.findings.map(({ word, kind, suggestions, context }) => ({ word, kind, suggestions, context })) })),
  };
}

const MALFORM_NAME = { nb: 'bokmål', nn: 'nynorsk' } as const;

function printSpelling(planLang: Malform, chapters: ChapterSpelling[], io: CliIo): void {
  const { spelling, malform } = spellCounts(chapters);
  io.out(`Stavekontroll (${MALFORM_NAME[planLang]}): ${spelling} mulige skrivefeil, ${malform} målformfeil.`);
  for (const c of chapters) {
    if (!c.findings.length) continue;
    // A chapter in its own language says so: its slips are judged against that målform.
    io.out(`Kapittel «${c.title.trim() || 'uten tittel'}»${c.lang === planLang ? '' : ` (${MALFORM_NAME[c.lang]})`}:`);
    for (const f of c.findings) {
      const label = f.kind === 'malform' ? `ikke ${MALFORM_NAME[c.lang]}` : 'skrivefeil';
      io.out(`  «${f.word}» (${label})${f.suggestions.length ? ` → ${f.suggestions.join(', ')}` : ''}`);
    }
  }
}
