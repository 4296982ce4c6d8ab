// `spell <file.planverk> [--json]`: per chapter, then per field of the matrix and the tables, the misspelled words
// and målform slips with their suggestions, in the plan's målform. `--json` prints the same for scripts. Exits 0 whatever it finds: the words are the user's call.
import { PlanverkError } from '../../../shared/api/errors';
import type { Malform } from '../../../shared/domain/plan';
import { findingNb, type FindingKey } from '../../../shared/i18n/findingMessages';
import type { FieldSpelling } from '../../../shared/spell/fieldSpell';
import type { ChapterSpelling, PlacedFinding } from '../../../shared/spell/planSpell';
import { spellCounts } from '../../../shared/spell/planSpell';
import { openPlanFile } from '../../services/store';
import { spellFieldsInNode, spellPlanInNode } from '../../services/spell/planSpelling';
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
    const fields = await spellFieldsInNode(plan, { withSuggestions: true });
    if (options.has('json')) io.out(JSON.stringify(spellJson(plan.plan.malform, chapters, fields), null, 2));
    else printSpelling(plan.plan.malform, chapters, fields, io);
    return 0;
  },
};

const findingsJson = (findings: PlacedFinding[]) => findings.map(({ word, kind, suggestions, context }) => ({ word, kind, suggestions, context }));

function spellJson(malform: string, chapters: ChapterSpelling[], fields: FieldSpelling[]) {
  return {
    malform,
    counts: spellCounts([...chapters, ...fields]),
    chapters: chapters.filter((c) => c.findings.length).map((c) => ({ id: c.chapterId, title: c.title, lang: c.lang, findings: findingsJson(c.findings) })),
    fields: fields.map((f) => ({ ...f.place, name: f.name, findings: findingsJson(f.findings) })),
  };
}

/** «Oppfølging i «Ny sykkelvei»»: the field's name (the export check's words) and its row's. */
function fieldTitle(f: FieldSpelling): string {
  const key = (f.place.kind === 'area' ? `matrix.field.${f.place.field}` : `field.${f.place.table}.${f.place.field}`) as FindingKey;
  return `${findingNb({ key })} i «${f.name.trim() || 'uten navn'}»`;
}

const MALFORM_NAME = { nb: 'bokmål', nn: 'nynorsk' } as const;

function printFindings(findings: PlacedFinding[], lang: Malform, io: CliIo): void {
  for (const f of findings) {
    const label = f.kind === 'malform' ? `ikke ${MALFORM_NAME[lang]}` : 'skrivefeil';
    io.out(`  «${f.word}» (${label})${f.suggestions.length ? ` → ${f.suggestions.join(', ')}` : ''}`);
  }
}

function printSpelling(planLang: Malform, chapters: ChapterSpelling[], fields: FieldSpelling[], io: CliIo): void {
  const { spelling, malform } = spellCounts([...chapters, ...fields]);
  io.out(`Stavekontroll (${MALFORM_NAME[planLang]}): ${spelling} mulige skrivefeil, ${malform} målformfeil.`);
  for (const c of chapters) {
    if (!c.findings.length) continue;
    // A chapter in its own language says so: its slips are judged against that målform.
    io.out(`Kapittel «${c.title.trim() || 'uten tittel'}»${c.lang === planLang ? '' : ` (${MALFORM_NAME[c.lang]})`}:`);
    printFindings(c.findings, c.lang, io);
  }
  for (const f of fields) {
    io.out(`${fieldTitle(f)}:`);
    printFindings(f.findings, f.lang, io);
  }
}
