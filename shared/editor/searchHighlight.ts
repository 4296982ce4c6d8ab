// Search hits in the editor: every occurrence of the query is drawn as a decoration (never a mark, so the document,
// its Yjs state and the plan file do not change), and the hit the adviser opened is selected. Typing while it is
// shown recomputes only the top-level blocks the edit touched.
import { Extension, getChangedRanges } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { matchRanges, queryWords, type TextRange } from './searchMatch';

export const SEARCH_MATCH_CLASS = 'plan-search-match';
export const SEARCH_CURRENT_CLASS = 'plan-search-current';

/** The hit to select: a top-level block (search.query's `block`) and, if known, the matched word as the snippet shows it. */
export type SearchHitTarget = { block: number; text?: string };

type Highlight = { query: string; words: number[][]; decorations: DecorationSet; count: number; current: TextRange | null };
/** `current` undefined: the same query shown again keeps its current hit (and its decorations). */
type Meta = { query: string | null; current?: TextRange | null };

const key = new PluginKey<Highlight | null>('planSearchHighlight');

export type Segment = { offset: number; pos: number; length: number };

/** A top-level block's text as search indexes it (text blocks and inline leaves separate words), with positions. */
export function blockText(block: PmNode, start: number): { text: string; segments: Segment[] } {
  let text = '';
  const segments: Segment[] = [];
  block.descendants((node, pos) => {
    if (node.isText) {
      segments.push({ offset: text.length, pos: start + 1 + pos, length: node.text!.length });
      text += node.text!;
    } else if (node.isLeaf || node.isTextblock) {
      text += '\n';
    }
    return true;
  });
  return { text, segments };
}

/** The document position of a text offset that lies inside a text node (token characters always do). */
export function posOf(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo]!;
  return seg.pos + (offset - seg.offset);
}

/** The document ranges of the matches in the top-level block that starts at `start`. */
function blockMatches(block: PmNode, start: number, words: number[][]): TextRange[] {
  const { text, segments } = blockText(block, start);
  return matchRanges(text, words).map((r) => ({ from: posOf(segments, r.from), to: posOf(segments, r.to - 1) + 1 }));
}

function decorate(r: TextRange, current: TextRange | null): Decoration {
  const isCurrent = current !== null && current.from === r.from && current.to === r.to;
  return Decoration.inline(r.from, r.to, { class: isCurrent ? `${SEARCH_MATCH_CLASS} ${SEARCH_CURRENT_CLASS}` : SEARCH_MATCH_CLASS });
}

function highlightAll(doc: PmNode, query: string, words: number[][], current: TextRange | null): Highlight {
  const ranges: TextRange[] = [];
  doc.forEach((block, offset) => ranges.push(...blockMatches(block, offset, words)));
  return { query, words, decorations: DecorationSet.create(doc, ranges.map((r) => decorate(r, current))), count: ranges.length, current };
}

/** After an edit: the old decorations mapped, and the blocks the edit touched matched again. */
function rehighlight(prev: Highlight, tr: Transaction): Highlight {
  const doc = tr.doc;
  let current = prev.current;
  if (current) {
    const from = tr.mapping.mapResult(current.from, 1);
    const to = tr.mapping.mapResult(current.to, -1);
    current = from.deleted || to.deleted || to.pos <= from.pos ? null : { from: from.pos, to: to.pos };
  }
  let decorations = prev.decorations.map(tr.mapping, doc);
  const blocks = new Set<number>();
  for (const { newRange } of getChangedRanges(tr)) {
    const first = doc.resolve(Math.min(newRange.from, doc.content.size)).index(0);
    const last = doc.resolve(Math.min(newRange.to, doc.content.size)).index(0);
    for (let i = first; i <= Math.min(last, doc.childCount - 1); i++) blocks.add(i);
  }
  let offset = 0;
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    if (blocks.has(i)) {
      decorations = decorations.remove(decorations.find(offset, offset + block.nodeSize));
      decorations = decorations.add(doc, blockMatches(block, offset, prev.words).map((r) => decorate(r, current)));
    }
    offset += block.nodeSize;
  }
  return { ...prev, decorations, count: decorations.find().length, current };
}

function applyHighlight(tr: Transaction, prev: Highlight | null): Highlight | null {
  const meta = tr.getMeta(key) as Meta | undefined;
  if (meta) {
    const words = meta.query === null ? [] : queryWords(meta.query);
    if (words.length === 0 || meta.query === null) return null;
    if (meta.current === undefined && prev?.query === meta.query) return tr.docChanged ? rehighlight(prev, tr) : prev;
    return highlightAll(tr.doc, meta.query, words, meta.current ?? null);
  }
  return prev && tr.docChanged ? rehighlight(prev, tr) : prev;
}

/** The ProseMirror plugin (the extension below puts it in the editor; tests use it on a bare EditorState). */
export function searchHighlightPlugin(): Plugin<Highlight | null> {
  return new Plugin<Highlight | null>({
    key,
    state: { init: () => null, apply: (tr, prev) => applyHighlight(tr, prev) },
    props: {
      decorations: (state) => key.getState(state)?.decorations ?? DecorationSet.empty,
      // The count is readable from the page (and by tests) without walking the decorations.
      attributes: (state): Record<string, string> => {
        const h = key.getState(state);
        return h ? { 'data-search-matches': String(h.count) } : {};
      },
    },
  });
}

export const SearchHighlight = Extension.create({
  name: 'searchHighlight',
  addProseMirrorPlugins() {
    return [searchHighlightPlugin()];
  },
});

/** The drawn matches, in document order, and which one is the opened hit. */
export function searchHighlightRanges(state: EditorState): { ranges: TextRange[]; current: TextRange | null } {
  const h = key.getState(state);
  if (!h) return { ranges: [], current: null };
  return { ranges: h.decorations.find().map((d) => ({ from: d.from, to: d.to })).sort((a, b) => a.from - b.from), current: h.current };
}

/** How many matches are drawn now (0 when no search is shown). */
export function searchHighlightCount(state: EditorState): number {
  return key.getState(state)?.count ?? 0;
}

/**
 * The transaction that shows `query` (null clears it). With a hit, the match in that block whose text equals the
 * snippet's word (else the block's first match) is selected too; `current` is that range, or null when there was none.
 */
export function searchHighlightTransaction(state: EditorState, query: string | null, hit?: SearchHitTarget): { tr: Transaction; current: TextRange | null } {
  let current: TextRange | null = null;
  const words = query === null ? [] : queryWords(query);
  if (hit && words.length > 0 && hit.block >= 0 && hit.block < state.doc.childCount) {
    let start = 0;
    for (let i = 0; i < hit.block; i++) start += state.doc.child(i).nodeSize;
    const ranges = blockMatches(state.doc.child(hit.block), start, words);
    current = ranges.find((r) => hit.text !== undefined && state.doc.textBetween(r.from, r.to) === hit.text) ?? ranges[0] ?? null;
  }
  const tr = state.tr.setMeta(key, (hit ? { query, current } : { query }) satisfies Meta);
  if (current) tr.setSelection(TextSelection.create(state.doc, current.from, current.to)).scrollIntoView();
  return { tr, current };
}

/** Shows `query` in the editor's view (see searchHighlightTransaction); returns the selected hit's range or null. */
export function showSearchHighlight(view: EditorView, query: string | null, hit?: SearchHitTarget): TextRange | null {
  const { tr, current } = searchHighlightTransaction(view.state, query, hit);
  view.dispatch(tr);
  return current;
}
