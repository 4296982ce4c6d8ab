// Plain-language hints (klarspråk, språklova § 9): very long sentences, very long words, passive forms piling up in a
// paragraph, and the LIX readability index. Hints only: nothing here changes text, and nothing is an error.

export type KlarsprakHint =
  | { kind: 'longSentence'; from: number; to: number; words: number }
  | { kind: 'longWord'; from: number; to: number; word: string }
  | { kind: 'passives'; from: number; to: number; count: number };

/** Språkrådet's advice: sentences past ~25–30 words are hard to read at once. */
export const LONG_SENTENCE_WORDS = 30;
/** Compounds are normal in Norwegian; past 20 letters («arealplanforslagsprosessen») they slow reading down. */
export const LONG_WORD_LETTERS = 20;
/** Three passive forms in one paragraph hide who does what. */
export const PASSIVES_IN_PARAGRAPH = 3;

const WORD = /[\p{L}][\p{L}\p{M}-]*/gu;
const SENTENCE = /[^.!?…]+(?:[.!?…]+|$)/gu;
const MODAL = /^(skal|må|kan|bør|vil|skulle|kunne|burde|ville|måtte)$/iu;
const S_PASSIVE = /\p{L}{3,}(es|ast|est)$/u;
const AUXILIARY = /^(blir|ble|blitt|bli|vert|vart|vorte|verte)$/iu;
// A past participle after «blir/vert»: vurdert, vedtatt, behandlet, lagd, gjort, sendt, skriven, vedteken, vedteke.
const PARTICIPLE = /\p{L}{2,}(t|et|a|d|de|en|ne|ke)$/u;

type Token = { word: string; from: number; to: number };
const tokens = (text: string): Token[] => [...text.matchAll(WORD)].map((m) => ({ word: m[0], from: m.index, to: m.index + m[0].length }));

/** The passive forms of a text: «skal vurderes», «må sikrast» (modal + s-passive), «blir vurdert», «vert vedteken». */
export function passiveForms(text: string): Token[] {
  const words = tokens(text);
  const out: Token[] = [];
  words.forEach((t, i) => {
    const prev = words[i - 1]?.word ?? '';
    if ((MODAL.test(prev) && S_PASSIVE.test(t.word)) || (AUXILIARY.test(prev) && PARTICIPLE.test(t.word))) out.push(t);
  });
  return out;
}

/** The hints of one paragraph (a block's text). */
export function klarsprakHints(text: string): KlarsprakHint[] {
  const hints: KlarsprakHint[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const words = tokens(m[0]).length;
    const from = m.index + m[0].length - m[0].trimStart().length;
    if (words > LONG_SENTENCE_WORDS) hints.push({ kind: 'longSentence', from, to: m.index + m[0].trimEnd().length, words });
  }
  for (const t of tokens(text)) {
    if (t.word.replace(/-/g, '').length > LONG_WORD_LETTERS) hints.push({ kind: 'longWord', from: t.from, to: t.to, word: t.word });
  }
  const passives = passiveForms(text);
  if (passives.length >= PASSIVES_IN_PARAGRAPH) hints.push({ kind: 'passives', from: passives[0]!.from, to: passives[passives.length - 1]!.to, count: passives.length });
  return hints;
}

/**
 * LIX (Björnsson): words per sentence + the share of words longer than six letters, in percent. Under 30 is easy,
 * 40–50 is typical of official documents, above 55 is very hard. Null for a text without words.
 */
export function lix(texts: readonly string[]): number | null {
  let words = 0;
  let long = 0;
  let sentences = 0;
  for (const text of texts) {
    for (const m of text.matchAll(SENTENCE)) {
      const ws = tokens(m[0]);
      if (!ws.length) continue;
      sentences++;
      words += ws.length;
      long += ws.filter((t) => t.word.replace(/-/g, '').length > 6).length;
    }
  }
  return words ? Math.round(words / sentences + (long * 100) / words) : null;
}

export type LixLevel = 'easy' | 'medium' | 'hard' | 'veryHard';

/** The usual bands: under 40 easy, 40–49 like most official prose, 50–59 hard, 60 and over very hard. */
export function lixLevel(value: number): LixLevel {
  return value < 40 ? 'easy' : value < 50 ? 'medium' : value < 60 ? 'hard' : 'veryHard';
}
