// What the spell-check needs from a dictionary, whichever engine loads it (Hunspell compiled to WebAssembly in the
// renderer's worker and in Node: electron/services/spell, renderer/editor/spell). Kept this small so the pure checks
// in shared/ run the same against both and against a stand-in in tests.
import type { Malform } from '../domain/plan';

export type SpellLanguage = Malform;

export type Speller = {
  correct(word: string): boolean;
  /** Hunspell's suggestions, best first; slow (tens to hundreds of ms), so asked for one word at a time. */
  suggest(word: string): string[];
};

/** The dictionaries of both målformer: the plan's language checks, the other one tells a målform slip from a typo. */
export type Spellers = Readonly<Record<SpellLanguage, Speller>>;

export const otherLanguage = (lang: SpellLanguage): SpellLanguage => (lang === 'nb' ? 'nn' : 'nb');
