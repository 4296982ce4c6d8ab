// Splits Norwegian text into the words a spell-checker should look at, with their offsets. What is not a word of the
// language is skipped rather than flagged: numbers (12,5 %), codes and law ids (LOV-2008-06-27-71, E39, RV7),
// web and mail addresses, abbreviations with a full stop (bl.a., jf., pbl.) and all-capital acronyms (NVE, ROS).

/** `dotAfter`: a full stop follows, so the word may be an abbreviation («jf.», «pbl.») the dictionary knows with it. */
export type WordToken = { word: string; from: number; to: number; dotAfter: boolean };

// A run of letters, joined by inner hyphens, apostrophes or full stops (compounds «areal- og transportplan» keep
// their trailing hyphen so the part is checked alone; «bl.a.» stays one token so it can be recognised as one).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-‐.'’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*[-‐.]?/gu;
const URL_OR_MAIL = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}-]+$/u;

/** The words of `text` worth checking, in order. */
export function wordsOf(text: string): WordToken[] {
  const skipped = addressRanges(text);
  const out: WordToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const from = m.index;
    if (skipped.some(([a, b]) => from >= a && from < b)) continue;
    for (const t of splitToken(m[0], from)) out.push(t);
  }
  return out;
}

function addressRanges(text: string): [number, number][] {
  return [...text.matchAll(URL_OR_MAIL)].map((m) => [m.index, m.index + m[0].length]);
}

/** One raw match into the words to check: abbreviations and codes give none, a trailing full stop is dropped. */
function splitToken(raw: string, from: number): WordToken[] {
  if (raw.endsWith('.') && raw.slice(0, -1).includes('.')) return []; // bl.a., m.m., f.eks.
  const core = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  if (core.includes('.')) return core.split('.').flatMap((part, i, all) => splitToken(part, from + all.slice(0, i).join('.').length + (i ? 1 : 0)));
  if (!HAS_LETTER.test(core) || HAS_DIGIT.test(core)) return [];
  if (ALL_CAPS.test(core) && core.replace(/-/g, '').length > 1) return []; // NVE, KU, TEK17
  const bare = core.replace(/[-‐]$/, '');
  if (bare.length < 2) return [];
  return [{ word: bare, from, to: from + bare.length, dotAfter: core !== raw }];
}
