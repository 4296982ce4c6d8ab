// Checks one run of text (a paragraph, a heading, a table cell) in one målform and says which words are misspelled
// and which are forms of the other målform. Suggestions for a plain misspelling are left to suggestFor: Hunspell
// needs tens of milliseconds per word for them, and the editor only asks when the user opens the context menu.
import { nynorskGenitive, pairedForms } from './malform';
import { otherLanguage, type SpellLanguage, type Speller, type Spellers } from './speller';
import { wordsOf, type WordToken } from './tokenize';
import type { AcceptedWords } from './wordLists';

export type SpellFindingKind = 'spelling' | 'malform';
export type SpellFinding = { word: string; from: number; to: number; kind: SpellFindingKind; suggestions: string[] };

export type CheckContext = {
  lang: SpellLanguage;
  spellers: Spellers;
  /** The plan's and the user's word lists. */
  accepted: AcceptedWords;
};

export function checkText(text: string, ctx: CheckContext): SpellFinding[] {
  const tokens = wordsOf(text);
  const out: SpellFinding[] = [];
  tokens.forEach((t, i) => {
    const f = checkWord(t, tokens[i + 1]?.word, ctx);
    if (f) out.push(f);
  });
  return out;
}

function checkWord(t: WordToken, next: string | undefined, ctx: CheckContext): SpellFinding | null {
  const { word } = t;
  if (ctx.accepted(word)) return null;
  const paired = pairedForms(word, ctx.lang);
  if (paired) return { ...t, kind: 'malform', suggestions: paired };
  const own = ctx.spellers[ctx.lang];
  if (isKnown(t, own.correct.bind(own), ctx.accepted)) return null;
  const genitive = ctx.lang === 'nn' ? nynorskGenitive(word, own, next) : null;
  if (genitive) return { word, from: t.from, to: t.to, kind: 'malform', suggestions: genitive };
  const other = ctx.spellers[otherLanguage(ctx.lang)];
  if (isKnown(t, other.correct.bind(other), ctx.accepted) && !isCompound(word, own) && !isCompound(word, other)) {
    return { word, from: t.from, to: t.to, kind: 'malform', suggestions: [] };
  }
  return { word, from: t.from, to: t.to, kind: 'spelling', suggestions: [] };
}

/** Known as written, as an abbreviation with its full stop, or as a hyphenated compound whose every part is known. */
function isKnown(t: WordToken, correct: (w: string) => boolean, accepted: AcceptedWords): boolean {
  if (correct(t.word) || (t.dotAfter && correct(`${t.word}.`))) return true;
  const parts = t.word.split(/[-‐]/u).filter(Boolean);
  return parts.length > 1 && parts.every((p) => p.length < 2 || p === p.toUpperCase() || accepted(p) || correct(p));
}

/**
 * Both målformer build compounds, by different rules: a compound only the other dictionary accepts («ladepunkter»,
 * «kartleginga» as kart + leginga) is an unknown word, not a målform slip. Only a simple word is judged by the other
 * dictionary; frequent compound slips are in the pairs list.
 */
function isCompound(word: string, speller: Speller): boolean {
  // Both dictionaries' COMPOUNDMIN: no part of a compound is shorter than four letters.
  for (let i = 4; i <= word.length - 4; i++) {
    if (speller.correct(word.slice(0, i)) && speller.correct(word.slice(i))) return true;
  }
  return false;
}

/** Suggestions for a flagged word: the målform's forms when known, else the dictionary's, at most five. */
export function suggestFor(finding: SpellFinding, ctx: CheckContext): string[] {
  if (finding.suggestions.length) return finding.suggestions;
  return ctx.spellers[ctx.lang].suggest(finding.word).slice(0, 5);
}
