// Rich text from a file or the network is cut down to what the plan schema knows before it is stored or shown.
import type { RichText } from '../domain/plan';
import { cleanText } from '../domain/text';
import { behaviourOf } from './behaviour';
import { planSchema } from './extensions';
import { cleanBreakAttr } from './nodes/paragraphBreak';

type JsonNode = { type?: unknown; content?: unknown; marks?: unknown; attrs?: unknown; text?: unknown };

/** Drops nodes and marks unknown to the schema, and those their behaviour does not accept (links whose href is not http/https/mailto). Never throws. */
export function sanitizeRichText(json: unknown): RichText {
  const node = sanitizeNode(json);
  if (!node || node.type !== 'doc') return { type: 'doc', content: [] };
  return node as RichText;
}

function sanitizeNode(raw: unknown): Record<string, unknown> | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const n = raw as JsonNode;
  const schema = planSchema();
  if (typeof n.type !== 'string' || !Object.prototype.hasOwnProperty.call(schema.nodes, n.type)) return null;
  const out: Record<string, unknown> = { type: n.type };
  if (n.type === 'text') {
    const text = typeof n.text === 'string' ? cleanText(n.text) : '';
    if (text.length === 0) return null;
    out.text = text;
  }
  if (n.attrs && typeof n.attrs === 'object' && !Array.isArray(n.attrs)) {
    const attrs = { ...(n.attrs as Record<string, unknown>) };
    cleanBreakAttr(attrs);
    out.attrs = attrs;
  }
  if (behaviourOf(n.type)?.accepts?.((out.attrs ?? {}) as Record<string, unknown>) === false) return null;
  if (Array.isArray(n.marks)) {
    const marks = n.marks.map(sanitizeMark).filter((m) => m !== null);
    if (marks.length > 0) out.marks = marks;
  }
  if (Array.isArray(n.content)) out.content = n.content.map(sanitizeNode).filter((c) => c !== null);
  return out;
}

function sanitizeMark(raw: unknown): Record<string, unknown> | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const m = raw as { type?: unknown; attrs?: unknown };
  if (typeof m.type !== 'string' || !Object.prototype.hasOwnProperty.call(planSchema().marks, m.type)) return null;
  const attrs = m.attrs && typeof m.attrs === 'object' && !Array.isArray(m.attrs) ? { ...(m.attrs as Record<string, unknown>) } : undefined;
  if (behaviourOf(m.type)?.accepts?.(attrs ?? {}) === false) return null;
  return attrs ? { type: m.type, attrs } : { type: m.type };
}
