// Words a user has accepted (the plan's word list, the personal list): matched the way Hunspell matches its own
// entries, so «Planverk» on the list also accepts «PLANVERK», and «planverk» also accepts «Planverk» at a sentence start.

export type AcceptedWords = (word: string) => boolean;

export function acceptedWords(...lists: Iterable<string>[]): AcceptedWords {
  const exact = new Set<string>();
  const lower = new Set<string>();
  const upper = new Set<string>();
  for (const list of lists) {
    for (const w of list) {
      exact.add(w);
      upper.add(w.toUpperCase());
      if (w === w.toLowerCase()) lower.add(w);
    }
  }
  return (word) => exact.has(word) || upper.has(word) || (word === capitalise(word.toLowerCase()) && lower.has(word.toLowerCase()));
}

export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A suggestion written the way the flagged word was: «Ikke» → «Ikkje», «IKKE» → «IKKJE». */
export function matchCase(original: string, suggestion: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return suggestion.toUpperCase();
  if (original.charAt(0) !== original.charAt(0).toLowerCase()) return capitalise(suggestion);
  return suggestion;
}
