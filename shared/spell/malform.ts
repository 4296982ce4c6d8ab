// The målform check: in a nynorsk plan a bokmål-only form («ikke», «hva», «fra», «kommunens») is a slip, not a typo,
// and the nynorsk form is the suggestion (and the reverse in a bokmål plan). The pairs come from
// malformPairs.json, compiled by scripts/build-malform-pairs.mjs from the two dictionaries' word lists; a form the
// pairs miss is still a slip when the other målform's dictionary knows it (checkText.ts).
import pairsData from './malformPairs.json';
import type { SpellLanguage, Speller } from './speller';
import { matchCase } from './wordLists';

type PairsFile = { toNn: Record<string, string[]>; toNb: Record<string, string[]> };
const PAIRS = pairsData as PairsFile;

/** The plan language's forms for a word of the other målform, or null when the pairs list does not know it. */
export function pairedForms(word: string, lang: SpellLanguage): string[] | null {
  const table = lang === 'nn' ? PAIRS.toNn : PAIRS.toNb;
  const lower = word.toLowerCase();
  const forms = Object.hasOwn(table, lower) ? table[lower] : undefined;
  return forms ? forms.map((f) => matchCase(word, f)) : null;
}

// Nynorsk's possessive agrees with what is owned, not with the owner: «kommunen sin plan», «kommunen si vurdering»,
// «kommunen sitt ansvar», «kommunen sine planar». The gender of the next word is not in the dictionary, so all four
// are offered; a few endings make one likelier and put it first.
const POSSESSIVES = ['sin', 'si', 'sitt', 'sine'] as const;
const LIKELY: [RegExp, (typeof POSSESSIVES)[number]][] = [
  [/(ar|er|ane|ene)$/u, 'sine'],
  [/ing$/u, 'si'],
];

/**
 * Nynorsk has no s-genitive on common nouns: «kommunens vurdering» → «kommunen si vurdering». For «kommunens» (when
 * «kommunen» is a nynorsk word) returns the noun with each possessive, likeliest first; else null. Names keep their s
 * («Bergens»), so a capitalised word is left alone.
 */
export function nynorskGenitive(word: string, nn: Speller, nextWord?: string): string[] | null {
  if (word.length < 4 || !word.endsWith('s')) return null;
  const noun = word.slice(0, -1);
  if (!nn.correct(noun.toLowerCase())) return null;
  const likely = nextWord ? LIKELY.find(([ending]) => ending.test(nextWord.toLowerCase()))?.[1] : undefined;
  const order = likely ? [likely, ...POSSESSIVES.filter((p) => p !== likely)] : [...POSSESSIVES];
  return order.map((p) => `${noun} ${p}`);
}
