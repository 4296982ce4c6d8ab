// Klarspråk hints in the editor (issue 17), for a chapter whose writer turned them on: very long sentences, very long
// words and passive forms piling up, drawn as decorations with a title that says why (hints, never corrections:
// nothing is written to the chapter). A keystroke recomputes only the top-level blocks it touched (a regex pass over
// one paragraph), so the cost does not grow with the chapter.
import { Extension, getChangedRanges } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { klarsprakHints, type KlarsprakHint } from '../spell/klarsprak';
import { blockText, posOf } from './searchHighlight';

export const KLARSPRAK_CLASS = 'plan-klarsprak-hint';

/** The hint's title (a tooltip and what a screen reader can read), in the UI language. */
export type KlarsprakLabel = (hint: KlarsprakHint) => string;

type State = { enabled: boolean; decorations: DecorationSet };
type Meta = { enabled: boolean };

export const klarsprakKey = new PluginKey<State>('planKlarsprak');

/** The hints of one top-level block: each of its lines (paragraphs of a list or a table) on its own. */
function blockDecorations(block: PmNode, start: number, label: KlarsprakLabel): Decoration[] {
  const { text, segments } = blockText(block, start);
  if (!segments.length) return [];
  const out: Decoration[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const hint of klarsprakHints(line)) {
      const from = posOf(segments, offset + hint.from);
      const to = posOf(segments, offset + hint.to - 1) + 1;
      if (to > from) out.push(Decoration.inline(from, to, { class: `${KLARSPRAK_CLASS} ${KLARSPRAK_CLASS}-${hint.kind}`, title: label(hint), 'data-klarsprak': hint.kind }));
    }
    offset += line.length + 1;
  }
  return out;
}

function allDecorations(doc: PmNode, label: KlarsprakLabel): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, offset) => decorations.push(...blockDecorations(block, offset, label)));
  return DecorationSet.create(doc, decorations);
}

function apply(tr: Transaction, prev: State, label: KlarsprakLabel): State {
  const meta = tr.getMeta(klarsprakKey) as Meta | undefined;
  if (meta) return { enabled: meta.enabled, decorations: meta.enabled ? allDecorations(tr.doc, label) : DecorationSet.empty };
  if (!prev.enabled || !tr.docChanged) return prev;
  let decorations = prev.decorations.map(tr.mapping, tr.doc);
  const touched = new Set<number>();
  const { doc } = tr;
  for (const { newRange } of getChangedRanges(tr)) {
    const $from = doc.resolve(Math.min(newRange.from, doc.content.size));
    let index = $from.index(0);
    let offset = $from.posAtIndex(index, 0);
    // The blocks the change overlaps, found by position (not by walking the whole chapter).
    for (; index < doc.childCount && offset <= newRange.to; index++) {
      const block = doc.child(index);
      if (!touched.has(offset)) {
        touched.add(offset);
        decorations = decorations.remove(decorations.find(offset, offset + block.nodeSize));
        decorations = decorations.add(doc, blockDecorations(block, offset, label));
      }
      offset += block.nodeSize;
    }
  }
  return { enabled: true, decorations };
}

export type KlarsprakOptions = { enabled: boolean; label: KlarsprakLabel };

export function klarsprakPlugin(options: KlarsprakOptions): Plugin<State> {
  return new Plugin<State>({
    key: klarsprakKey,
    state: {
      init: (_config, state) => ({ enabled: options.enabled, decorations: options.enabled ? allDecorations(state.doc, options.label) : DecorationSet.empty }),
      apply: (tr, prev) => apply(tr, prev, options.label),
    },
    props: { decorations: (state) => klarsprakKey.getState(state)?.decorations ?? DecorationSet.empty },
  });
}

/** Turns the hints on or off (the chapter's setting changed): not an edit, not an undo step. */
export const setKlarsprak = (state: EditorState, enabled: boolean): Transaction | null =>
  klarsprakKey.getState(state)?.enabled === enabled ? null : state.tr.setMeta(klarsprakKey, { enabled } satisfies Meta).setMeta('addToHistory', false);

export const KlarsprakHints = Extension.create<KlarsprakOptions>({
  name: 'klarsprakHints',
  addOptions: () => ({ enabled: false, label: (hint: KlarsprakHint) => hint.kind }),
  addProseMirrorPlugins() {
    return [klarsprakPlugin(this.options)];
  },
});
