// A field value as the adviser reads it in a merge report: rich text as plain text (one line per paragraph), lists
// joined, never raw JSON for text.
import type { RichText } from '../../../shared/domain/plan';
import { richTextToPlainText } from '../../../shared/matrix/richText';

const isRichText = (v: unknown): v is RichText => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc';

export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRichText(value)) return richTextToPlainText(value);
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return JSON.stringify(value);
}
