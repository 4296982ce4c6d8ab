// Spell-checks a whole plan chapter by chapter (title and body, in the chapter's målform): what `cli spell` lists,
// `cli check` counts and the export check reports. Pure: the dictionaries come in as Spellers.
import type { Chapter, Malform, PlanData } from '../domain/plan';
import { planWordsOf } from '../domain/planWord';
import { treeOrder } from '../domain/rowOrder';
import { suggestFor, type CheckContext, type SpellFinding } from './checkText';
import type { SpellLanguage, Spellers } from './speller';
import { checkBlock, languageAt, spellBlocksOf, type SpellBlock } from './spellBlocks';
import { acceptedWords } from './wordLists';

export type PlacedFinding = SpellFinding & { /** The paragraph (or heading) the word stands in. */ context: string };
export type ChapterSpelling = { chapterId: string; title: string; lang: SpellLanguage; findings: PlacedFinding[] };

/** The text of each block (paragraph, heading, list item's paragraph, table cell's paragraph) of a ProseMirror JSON body. */
export function textBlocks(body: unknown): string[] {
  return spellBlocksOf(body).map((b) => b.text);
}

/** The language a chapter is written in: its own, else the plan's målform. */
export const chapterLanguage = (chapter: Pick<Chapter, 'lang'>, malform: Malform): Malform => chapter.lang ?? malform;

/**
 * Findings of earlier checks, per chapter, so a check after a small edit spells only the chapters that changed (the
 * Eksport page checks the whole plan each time it opens). `context` is everything besides the chapter the findings
 * depend on (målform, word lists, suggestions or not); the memo keys on it and on the whole chapter (its own
 * language included).
 */
export type ChapterSpellMemo = {
  get(chapter: Chapter, context: string): PlacedFinding[] | undefined;
  set(chapter: Chapter, context: string, findings: PlacedFinding[]): void;
};

export type SpellPlanOptions = { spellers: Spellers; extraWords?: Iterable<string>; withSuggestions?: boolean; memo?: ChapterSpellMemo };

export function spellPlan(plan: PlanData, options: SpellPlanOptions): ChapterSpelling[] {
  // The plan's own word list travels with it: every reader (CLI, export check, editor) accepts the same words.
  const planWords = planWordsOf(plan.planWords);
  const extraWords = [...(options.extraWords ?? [])].sort();
  const accepted = acceptedWords(planWords, extraWords);
  const withSuggestions = !!options.withSuggestions;
  const context = JSON.stringify([plan.plan.malform, withSuggestions, planWords, extraWords]);
  return treeOrder(plan.chapters).map((c) => {
    // A chapter may be in the other målform (a nynorsk contribution in a bokmål plan): it is checked in its own.
    const lang = chapterLanguage(c, plan.plan.malform);
    const known = options.memo?.get(c, context);
    if (known) return { chapterId: c.id, title: c.title, lang, findings: known };
    const spelled = spellChapter(c, { lang, spellers: options.spellers, accepted }, withSuggestions);
    options.memo?.set(c, context, spelled.findings);
    return spelled;
  });
}

function spellChapter(chapter: Chapter, ctx: CheckContext, withSuggestions: boolean): ChapterSpelling {
  const findings = spellBlocks([{ text: chapter.title }, ...spellBlocksOf(chapter.body)], ctx, withSuggestions, new Map());
  return { chapterId: chapter.id, title: chapter.title, lang: ctx.lang, findings };
}

/**
 * The findings of some blocks, each with the block's text as context. `suggested` remembers suggestions across calls:
 * Hunspell's cost tens of ms each, and a word misspelled twenty times is asked once.
 */
export function spellBlocks(blocks: readonly SpellBlock[], ctx: CheckContext, withSuggestions: boolean, suggested: Map<string, string[]>): PlacedFinding[] {
  const findings: PlacedFinding[] = [];
  // Passages marked as the other målform are checked in theirs (spellBlocks.ts).
  for (const block of blocks) {
    for (const f of checkBlock(block, ctx)) {
      if (withSuggestions && !f.suggestions.length) {
        const lang = languageAt(block, f.from) ?? ctx.lang;
        const key = `${lang}:${f.word}`;
        if (!suggested.has(key)) suggested.set(key, suggestFor(f, { ...ctx, lang }));
        f.suggestions = suggested.get(key)!;
      }
      findings.push({ ...f, context: block.text });
    }
  }
  return findings;
}

/** How many misspellings and målform slips, over all chapters (and fields). */
export function spellCounts(places: readonly { findings: readonly SpellFinding[] }[]): { spelling: number; malform: number } {
  const all = places.flatMap((c) => c.findings);
  return { spelling: all.filter((f) => f.kind === 'spelling').length, malform: all.filter((f) => f.kind === 'malform').length };
}
