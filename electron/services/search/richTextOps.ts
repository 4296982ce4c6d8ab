// Text in rich-text JSON: what search indexes (text, footnotes, captions, alt text) and where replace-all may write.
// Which attributes hold prose and which nodes end a line, each node says itself (shared/editor/behaviour).
import { behaviourOf } from '../../../shared/editor/behaviour';

type JsonNode = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown[] };

/** Attributes of the node that hold prose a reader sees. */
const textAttrs = (n: JsonNode): readonly string[] => behaviourOf(n.type)?.search?.textAttrs ?? [];

export function richPlainText(json: unknown): string {
  return richPlainBlocks(json).join('');
}

/** The text of each top-level block (paragraph, heading, list, table …): search indexes and shows them one by one. */
export function richPlainBlocks(json: unknown): string[] {
  const content = json && typeof json === 'object' ? (json as JsonNode).content : undefined;
  return Array.isArray(content) ? content.map((c) => blockText(c)) : [];
}

function blockText(json: unknown): string {
  const parts: string[] = [];
  const visit = (n: JsonNode): void => {
    if (typeof n.text === 'string') parts.push(n.text);
    for (const a of textAttrs(n)) if (typeof n.attrs?.[a] === 'string' && n.attrs[a]) parts.push(` ${n.attrs[a] as string} `);
    for (const c of n.content ?? []) if (c && typeof c === 'object') visit(c as JsonNode);
    if (behaviourOf(n.type)?.search?.endsLine) parts.push('\n');
  };
  if (json && typeof json === 'object') visit(json as JsonNode);
  return parts.join('');
}

/** A copy of `json` with `pattern` replaced in every text node and prose attribute, and how many were replaced. */
export function replaceInRichText(json: unknown, pattern: RegExp, replacement: string): { json: unknown; count: number } {
  let count = 0;
  const swap = (s: string): string =>
    s.replace(pattern, () => {
      count++;
      return replacement;
    });
  const visit = (n: JsonNode): JsonNode => {
    const out: JsonNode = { ...n };
    if (typeof n.text === 'string') out.text = swap(n.text);
    const attrs = textAttrs(n);
    if (attrs.length && n.attrs) {
      out.attrs = { ...n.attrs };
      for (const a of attrs) if (typeof n.attrs[a] === 'string') out.attrs[a] = swap(n.attrs[a] as string);
    }
    if (Array.isArray(n.content)) out.content = n.content.map((c) => (c && typeof c === 'object' ? visit(c as JsonNode) : c));
    return out;
  };
  const result = json && typeof json === 'object' ? visit(json as JsonNode) : json;
  return { json: result, count };
}

/** Removes text nodes emptied by a replacement (ProseMirror refuses empty text nodes). */
export function dropEmptyText(json: unknown): unknown {
  const visit = (n: JsonNode): JsonNode => {
    if (!Array.isArray(n.content)) return n;
    const content = n.content
      .filter((c) => !(c && typeof c === 'object' && (c as JsonNode).type === 'text' && (c as JsonNode).text === ''))
      .map((c) => (c && typeof c === 'object' ? visit(c as JsonNode) : c));
    return { ...n, content };
  };
  return json && typeof json === 'object' ? visit(json as JsonNode) : json;
}
