// Where a search query occurs in a text, the way the plan's FTS5 index (unicode61, remove_diacritics 0, every word a
// prefix, all words required) finds it: whole tokens that start with a query word, case folded letter by letter, so
// «ø» finds ø and Ø but never o, and Æ = æ. The editor highlights exactly what search.query reports.

/** A range of UTF-16 offsets [from, to) in the searched text. */
export type TextRange = { from: number; to: number };

/** The words of a query, as the server splits them (letters and digits; everything else separates). */
const QUERY_WORD = /[\p{L}\p{N}]+/gu;
/** unicode61's default token characters: letters, numbers and private-use characters (categories L* N* Co). */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;

/** One code point in lower case, if lowering keeps it one code point (FTS5 folds code point by code point). */
export function foldCodePoint(cp: number): number {
  const lower = String.fromCodePoint(cp).toLowerCase();
  const first = lower.codePointAt(0);
  return first !== undefined && lower.length === (first > 0xffff ? 2 : 1) ? first : cp;
}

function foldedCodePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(foldCodePoint(ch.codePointAt(0)!));
  return out;
}

/** The query's words, folded; empty when nothing searchable was typed. */
export function queryWords(query: string): number[][] {
  return (query.match(QUERY_WORD) ?? []).map(foldedCodePoints);
}

type Token = { from: number; to: number; folded: number[] };

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  let i = 0;
  for (const ch of text) {
    if (TOKEN_CHAR.test(ch)) {
      current ??= { from: i, to: i, folded: [] };
      current.folded.push(foldCodePoint(ch.codePointAt(0)!));
      current.to = i + ch.length;
    } else if (current) {
      tokens.push(current);
      current = null;
    }
    i += ch.length;
  }
  if (current) tokens.push(current);
  return tokens;
}

const startsWith = (token: number[], word: number[]): boolean => word.length <= token.length && word.every((cp, i) => token[i] === cp);

/**
 * The tokens of `text` that a search for `query` highlights, in order. Like an FTS5 row, the text matches only when
 * every word of the query starts some token in it; then every token that starts with any of the words is a match.
 */
export function matchRanges(text: string, query: string | readonly number[][]): TextRange[] {
  const words = typeof query === 'string' ? queryWords(query) : query;
  if (words.length === 0) return [];
  const found = new Set<number>();
  const ranges: TextRange[] = [];
  for (const token of tokensOf(text)) {
    let hit = false;
    words.forEach((w, i) => {
      if (startsWith(token.folded, w)) {
        found.add(i);
        hit = true;
      }
    });
    if (hit) ranges.push({ from: token.from, to: token.to });
  }
  return found.size === words.length ? ranges : [];
}
