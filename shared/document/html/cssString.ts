/**
 * A CSS string literal for text from the plan or the word lists: quotes and backslashes escaped, control characters
 * (line breaks) as spaces, and '<' escaped, so no text can end the rule or the <style> element it stands in.
 */
export const cssString = (s: string): string =>
  `"${s.replace(/[\p{Cc}"\\<]/gu, (c) => (c === '"' || c === '\\' ? `\\${c}` : c === '<' ? '\\3c ' : ' '))}"`;
