// Commented ranges in the chapter editor: inline decorations (never marks, so nothing is written to the text, its Yjs
// state or the file). The comments pane resolves the anchors when typing pauses and hands the ranges in; between
// two such moments the decorations are mapped through each transaction (no O(document) work per keystroke).
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

export const COMMENT_RANGE_CLASS = 'plan-comment-range';
export const COMMENT_ACTIVE_CLASS = 'plan-comment-active';
export type CommentRange = { id: string; from: number; to: number; resolved: boolean };

const key = new PluginKey<DecorationSet>('planCommentHighlight');

export const CommentHighlight = Extension.create({
  name: 'commentHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const next = tr.getMeta(key) as DecorationSet | undefined;
            return next ?? set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

/** Shows the open threads' ranges (resolved ones are not highlighted); `active` is outlined as the one in focus. */
export function showCommentRanges(view: EditorView, ranges: readonly CommentRange[], active: string | null): void {
  const size = view.state.doc.content.size;
  const decorations = ranges
    .filter((r) => !r.resolved && r.from < r.to && r.to <= size)
    .map((r) =>
      Decoration.inline(r.from, r.to, { class: r.id === active ? `${COMMENT_RANGE_CLASS} ${COMMENT_ACTIVE_CLASS}` : COMMENT_RANGE_CLASS, 'data-comment': r.id }),
    );
  view.dispatch(view.state.tr.setMeta(key, DecorationSet.create(view.state.doc, decorations)).setMeta('addToHistory', false));
}
