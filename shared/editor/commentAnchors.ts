// Where a chapter comment sits: its start and end as Yjs relative positions in the chapter's Y.Doc, so the range
// follows the text through edits around it and through merges of copies (both copies hold the same Yjs items).
// Pure and headless: the editor (decorations), the store (new comments), export and Word import all use it.
import * as Y from 'yjs';
import { base64ToBytes } from '../document/imageSize';
import { planSchema } from './extensions';
import { YJS_FIELD } from './yjs';

/**
 * A comment's place in the ProseMirror document of its chapter, «tekst slettet» when its text is gone, or `none` for a
 * comment on the chapter as a whole that never had a range (a Word comment from a header or footer).
 */
export type ResolvedAnchor = { state: 'ok'; from: number; to: number } | { state: 'deleted' } | { state: 'none' };
export type EncodedAnchors = { anchorStart: string; anchorEnd: string };

type Container = Y.XmlFragment | Y.XmlElement;
/** For every live type: where its content starts (text) or where each child starts, plus the content's end. */
type Layout = Map<object, number[]>;

const leafNames = (): ReadonlySet<string> => {
  const schema = planSchema();
  return new Set(Object.values(schema.nodes).filter((n) => n.isLeaf && !n.isText).map((n) => n.name));
};
let leaves: ReadonlySet<string> | null = null;

/**
 * The ProseMirror positions of the fragment's content, computed from the Yjs tree as y-prosemirror maps it (one
 * XmlElement per node, one XmlText per run of text): a leaf node is 1 wide, any other node 2 + its content.
 */
function layoutOf(fragment: Y.XmlFragment): Layout {
  leaves ??= leafNames();
  const layout: Layout = new Map();
  const place = (container: Container, start: number): number => {
    const starts: number[] = [];
    let pos = start;
    for (const child of container.toArray()) {
      starts.push(pos);
      if (child instanceof Y.XmlText) {
        layout.set(child, [pos]);
        pos += child.length;
      } else if (child instanceof Y.XmlElement) {
        pos = leaves!.has(child.nodeName) ? pos + 1 : place(child, pos + 1) + 1;
      }
    }
    starts.push(pos);
    layout.set(container, starts);
    return pos;
  };
  place(fragment, 0);
  return layout;
}

/** The relative position of ProseMirror position `pos`: inside a text run when it touches one, else between nodes. */
function relativeAt(fragment: Y.XmlFragment, layout: Layout, pos: number, assoc: number): Y.RelativePosition {
  let container: Container = fragment;
  for (;;) {
    const starts = layout.get(container)!;
    const children: Array<Y.XmlElement | Y.XmlText | Y.XmlHook> = container.toArray();
    let descended = false;
    for (let i = 0; i < children.length; i++) {
      const child: Y.XmlElement | Y.XmlText | Y.XmlHook = children[i]!;
      const from = starts[i]!;
      const to = starts[i + 1]!;
      if (child instanceof Y.XmlText && pos >= from && pos <= to && child.length > 0) {
        return Y.createRelativePositionFromTypeIndex(child, pos - from, assoc);
      }
      if (child instanceof Y.XmlElement && pos > from && pos < to && layout.has(child)) {
        container = child;
        descended = true;
        break;
      }
      if (pos <= from) return Y.createRelativePositionFromTypeIndex(container, i, assoc);
    }
    if (!descended) return Y.createRelativePositionFromTypeIndex(container, children.length, assoc);
  }
}

function absoluteOf(doc: Y.Doc, layout: Layout, encoded: string): number | null {
  let rel: Y.RelativePosition;
  try {
    rel = Y.decodeRelativePosition(base64ToBytes(encoded));
  } catch {
    return null;
  }
  const abs = Y.createAbsolutePositionFromRelativePosition(rel, doc);
  if (!abs) return null;
  const starts = layout.get(abs.type);
  if (!starts) return null; // the paragraph (or an ancestor) that held the text is deleted
  return abs.type instanceof Y.XmlText ? starts[0]! + abs.index : (starts[Math.min(abs.index, starts.length - 1)] ?? null);
}

/**
 * Anchors for the ProseMirror range from..to of the chapter whose Y.Doc is `doc`. The start sticks to the first
 * commented character and the end to the last, so text typed just before or after the range stays outside it.
 */
export function anchorRange(doc: Y.Doc, from: number, to: number): EncodedAnchors {
  return anchorRanges(doc, [{ from, to }])[0]!;
}

/** anchorRange for many ranges of one document (a Word import's comments): the document is laid out once. */
export function anchorRanges(doc: Y.Doc, ranges: readonly { from: number; to: number }[]): EncodedAnchors[] {
  const fragment = doc.getXmlFragment(YJS_FIELD);
  const layout = layoutOf(fragment);
  return ranges.map(({ from, to }) => ({
    anchorStart: bytesToBase64(Y.encodeRelativePosition(relativeAt(fragment, layout, from, 0))),
    anchorEnd: bytesToBase64(Y.encodeRelativePosition(relativeAt(fragment, layout, to, -1))),
  }));
}

/**
 * Every comment's range in the chapter's ProseMirror document (positions as in PmNode.fromJSON of its body), one walk
 * of the document for all of them. A comment whose text was deleted (range empty, its paragraph gone, or anchors this
 * document never had, e.g. a plan rebuilt from JSON) is `deleted`: it keeps its quote and is shown «tekst slettet».
 */
export function resolveCommentAnchors(
  doc: Y.Doc,
  comments: readonly { id: string; anchorStart: string | null; anchorEnd: string | null }[],
): Map<string, ResolvedAnchor> {
  const layout = layoutOf(doc.getXmlFragment(YJS_FIELD));
  const out = new Map<string, ResolvedAnchor>();
  for (const c of comments) {
    if (c.anchorStart === null && c.anchorEnd === null) {
      out.set(c.id, { state: 'none' });
      continue;
    }
    const from = c.anchorStart === null ? null : absoluteOf(doc, layout, c.anchorStart);
    const to = c.anchorEnd === null ? null : absoluteOf(doc, layout, c.anchorEnd);
    out.set(c.id, from !== null && to !== null && from < to ? { state: 'ok', from, to } : { state: 'deleted' });
  }
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
