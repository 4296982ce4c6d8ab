// A field value from the change log as a person reads it: rich text as its plain text, lists joined, never raw JSON
// (the CLI's report, its --json and the merge page all show values this way).
import type { RichText } from '../domain/plan';
import { richTextToPlainText } from '../matrix/richText';

const isRichText = (value: unknown): value is RichText =>
  !!value && typeof value === 'object' && !Array.isArray(value) && (value as { type?: unknown }).type === 'doc';

/** The value's text ('' for nothing); multi-line rich text keeps its lines (bullets as "- " lines). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRichText(value)) return richTextToPlainText(value);
  if (Array.isArray(value)) return value.map(valueText).filter((v) => v !== '').join(', ');
  // Anything else (an object the log should not hold) is still shown, as compact JSON, rather than hidden.
  return JSON.stringify(value);
}

/** The value's text on one line (a report line, a table cell): rich text's lines joined with « / ». */
export const valueLine = (value: unknown): string => valueText(value).split('\n').join(' / ');
