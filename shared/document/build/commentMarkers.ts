// Comment ranges (ProseMirror positions of a chapter body, as the comment anchors resolve to: notes-comments.md) put
// into the body's JSON as marker nodes that the builder turns into commentStart/commentEnd inlines. Pure: positions
// are counted over the JSON as ProseMirror counts them (text by UTF-16 length, a leaf node 1, any other node its
// content plus 2), so the same range marks the same text here as in the editor.
type Json = Record<string, unknown>;

/** The marker nodes the builder reads back (never stored: they exist only between this function and the builder). */
export const COMMENT_START = '__commentStart';
export const COMMENT_END = '__commentEnd';

export type CommentRange = { id: number; from: number; to: number };

/** Leaf node types of the plan schema besides text: they take one position and hold no content. */
export const LEAVES: ReadonlySet<string> = new Set(['hardBreak', 'footnote', 'footnoteReference', 'image', 'liveBlock', 'horizontalRule']);

type TextUnit = { node: Json; from: number; to: number };
type Cut = { offset: number; order: number; marker: Json };

const asNodes = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((n): n is Json => typeof n === 'object' && n !== null) : []);

/**
 * The body with marker nodes around each range's text, and the ids whose range holds no text (placed nowhere: the
 * caller treats them as comments without a range). A range's start goes before the first text at or after `from`, its
 * end after the last text before `to` (text in a body heading cannot hold a marker: an end there moves back to the
 * text before the heading); ranges may overlap and cross paragraphs.
 */
export function insertCommentMarkers(body: unknown, ranges: CommentRange[]): { body: unknown; unplaced: number[] } {
  if (!ranges.length || typeof body !== 'object' || body === null) return { body, unplaced: ranges.map((r) => r.id) };
  const units: TextUnit[] = [];
  collectText(asNodes((body as Json).content), 0, units);
  const cuts = new Map<Json, Cut[]>();
  const unplaced: number[] = [];
  const add = (node: Json, cut: Cut) => {
    const list = cuts.get(node);
    if (list) list.push(cut);
    else cuts.set(node, [cut]);
  };
  for (const r of ranges) {
    const startUnit = units.findIndex((u) => u.to > r.from);
    let endUnit = -1;
    for (let i = units.length - 1; i >= 0; i--) {
      if (units[i]!.from < r.to) {
        endUnit = i;
        break;
      }
    }
    const start = units[startUnit];
    const end = units[endUnit];
    if (!start || !end || startUnit > endUnit || r.to <= r.from) {
      unplaced.push(r.id);
      continue;
    }
    // At one offset, ends come before starts (one range ends where the next begins).
    add(start.node, { offset: Math.max(0, r.from - start.from), order: 1, marker: { type: COMMENT_START, attrs: { id: r.id } } });
    add(end.node, { offset: Math.min(end.to, r.to) - end.from, order: 0, marker: { type: COMMENT_END, attrs: { id: r.id } } });
  }
  return { body: cuts.size ? rebuild(body as Json, cuts) : body, unplaced };
}

/** Body headings become heading blocks of plain text in the document, with no inlines to carry a marker. */
const NO_MARKERS = new Set(['heading']);

function collectText(nodes: Json[], at: number, units: TextUnit[], markable = true): number {
  let pos = at;
  for (const n of nodes) {
    if (n.type === 'text') {
      const length = typeof n.text === 'string' ? n.text.length : 0;
      if (length && markable) units.push({ node: n, from: pos, to: pos + length });
      pos += length;
    } else if (LEAVES.has(String(n.type))) {
      pos += 1;
    } else {
      pos = collectText(asNodes(n.content), pos + 1, units, markable && !NO_MARKERS.has(String(n.type))) + 1;
    }
  }
  return pos;
}

function rebuild(node: Json, cuts: Map<Json, Cut[]>): Json {
  if (!Array.isArray(node.content)) return node;
  const content = asNodes(node.content).flatMap((child) => {
    const own = cuts.get(child);
    if (own) return splitText(child, own);
    return [rebuild(child, cuts)];
  });
  return { ...node, content };
}

function splitText(node: Json, cuts: Cut[]): Json[] {
  const text = String(node.text);
  const sorted = [...cuts].sort((a, b) => a.offset - b.offset || a.order - b.order);
  const out: Json[] = [];
  let at = 0;
  for (const cut of sorted) {
    if (cut.offset > at) out.push({ ...node, text: text.slice(at, cut.offset) });
    at = Math.max(at, cut.offset);
    out.push(cut.marker);
  }
  if (at < text.length) out.push({ ...node, text: text.slice(at) });
  return out;
}
