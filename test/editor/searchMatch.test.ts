// The editor's search matcher finds what the plan's FTS5 index finds: checked against a plain reference and against
// SQLite's own unicode61 tokenizer (remove_diacritics 0) with highlight(), over random Norwegian-ish text.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { matchRanges, type TextRange } from '../../shared/editor/searchMatch';

/** Reference: split on anything that is not a letter/digit, lower-case each token, compare prefixes. */
function referenceRanges(text: string, query: string): TextRange[] {
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0) return [];
  const ranges: TextRange[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = m[0].toLowerCase();
    const hits = words.filter((w) => token.startsWith(w));
    hits.forEach((w) => seen.add(w));
    if (hits.length > 0) ranges.push({ from: m.index, to: m.index + m[0].length });
  }
  return words.every((w) => seen.has(w)) ? ranges : [];
}

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(text, tokenize = "unicode61 remove_diacritics 0")`);
const insert = db.prepare('INSERT INTO t (rowid, text) VALUES (1, ?)');
const clear = db.prepare('DELETE FROM t');
const highlight = db.prepare(`SELECT highlight(t, 0, char(1), char(2)) AS h FROM t WHERE t MATCH ?`);
afterAll(() => db.close());

/** The ranges FTS5 itself marks for a prefix query of every word (what search.query sends). */
function ftsRanges(text: string, query: string): TextRange[] {
  const words = query.match(/[\p{L}\p{N}]+/gu);
  if (!words) return [];
  clear.run();
  insert.run(text);
  const row = highlight.get(words.map((w) => `"${w}"*`).join(' ')) as { h: string } | undefined;
  if (!row) return [];
  const ranges: TextRange[] = [];
  let offset = 0;
  let open = -1;
  for (const ch of row.h) {
    if (ch === '\u0001') open = offset;
    else if (ch === '\u0002') ranges.push({ from: open, to: offset });
    else offset += ch.length;
  }
  return ranges;
}

const LETTERS = ['a', 'A', 'o', 'O', 'ø', 'Ø', 'æ', 'Æ', 'å', 'Å', 'e', 'é', 'k', 'K', '1'];
const SEPARATORS = [' ', ' ', '.', ',', '-', '\n', '«', '»'];
const textArb = fc.array(fc.constantFrom(...LETTERS, ...SEPARATORS), { maxLength: 40 }).map((cs) => cs.join(''));
const queryArb = fc
  .array(fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 3 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 2 })
  .map((ws) => ws.join(' '));

describe('matchRanges', () => {
  it('finds «ø» in ø and Ø at the start of a word, and never in o or in the middle of a word', () => {
    const text = 'Økonomi og økt kø; Oslo, bølge og ØYA';
    const found = matchRanges(text, 'ø').map((r) => text.slice(r.from, r.to));
    expect(found).toEqual(['Økonomi', 'økt', 'ØYA']);
  });

  it('treats Æ as æ and å as its own letter (not a)', () => {
    const text = 'Ærlig ærend, åpen Apen';
    expect(matchRanges(text, 'æR').map((r) => text.slice(r.from, r.to))).toEqual(['Ærlig', 'ærend']);
    expect(matchRanges(text, 'å').map((r) => text.slice(r.from, r.to))).toEqual(['åpen']);
  });

  it('needs every word of the query in the text, then marks each word', () => {
    expect(matchRanges('helse og omsorg', 'helse bolig')).toEqual([]);
    expect(matchRanges('helse og omsorg', 'oms hel')).toEqual([
      { from: 0, to: 5 },
      { from: 9, to: 15 },
    ]);
  });

  it('finds nothing for a query without letters or digits', () => {
    expect(matchRanges('a - b', ' - ')).toEqual([]);
  });

  it('agrees with a plain reference on random text', () => {
    fc.assert(
      fc.property(textArb, queryArb, (text, query) => {
        expect(matchRanges(text, query)).toEqual(referenceRanges(text, query));
      }),
      { seed: 20_241_115, numRuns: 500 },
    );
  });

  it('marks exactly what SQLite FTS5 (unicode61, remove_diacritics 0) highlights', () => {
    expect(ftsRanges('Økonomi og oslo, økt', 'ø')).toEqual([
      { from: 0, to: 7 },
      { from: 17, to: 20 },
    ]);
    fc.assert(
      fc.property(textArb, queryArb, (text, query) => {
        expect(matchRanges(text, query)).toEqual(ftsRanges(text, query));
      }),
      { seed: 15_042_024, numRuns: 500 },
    );
  });
});
