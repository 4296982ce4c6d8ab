// Codes with hyphens inside running text (law ids such as LOV-2011-06-24-30, FOR-2017-10-27-1714, case numbers
// 2024-1234): a line may not break at their hyphens, wherever they stand, not only in a cell of their own.

/** A word of letters and digits joined by hyphens, with at least one digit: a code, not a hyphenated compound. */
const HYPHENATED_CODE = /(?<![\p{L}\d])(?=[\p{L}\d-]*\d)[\p{L}\d]+(?:-[\p{L}\d]+)+(?![\p{L}\d])/gu;

/** The text with every hyphen inside a code replaced by a non-breaking hyphen (U+2011), as Word and LibreOffice need. */
export function withNonBreakingCodeHyphens(text: string): string {
  return text.replace(HYPHENATED_CODE, (code) => code.replace(/-/g, '\u2011'));
}

/** The text split into pieces, the codes marked, so a renderer can keep each code on one line (HTML: a nowrap span). */
export function splitCodes(text: string): { text: string; code: boolean }[] {
  const out: { text: string; code: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(HYPHENATED_CODE)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), code: false });
    out.push({ text: m[0], code: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), code: false });
  return out;
}
