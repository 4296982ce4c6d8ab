// A suggested paragraph break as the editor draws it: a ¶ at the end of its paragraph in the author's colour,
// underlined when the break is proposed, struck through when its removal is (the sign that is not colour), named for a
// screen reader («Foreslått avsnittsskift av Kari Nordmann, 07.12.2026»). Widgets, not part of the text: the stored
// paragraph carries only its `paragraphBreak` attribute (shared/editor/nodes/paragraphBreak.ts). The widgets are found
// again only when a transaction may have changed a break: typing inside a paragraph maps them and walks nothing.
import { Extension, type AnyExtension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { paragraphBreakOf, type ParagraphBreak } from '../../shared/editor/nodes/paragraphBreak';
import { BREAK_TEXT } from '../../shared/editor/suggestions';
import { authorColour } from './suggestionMarks';

export type BreakTitles = { insertion: (author: string, date: string) => string; deletion: (author: string, date: string) => string; date: (iso: string | null) => string };

export const BREAK_CLASS = 'plan-paragraph-break';

function pilcrow(b: ParagraphBreak, titles: BreakTitles): HTMLElement {
  const el = document.createElement('span');
  el.className = `${BREAK_CLASS} ${BREAK_CLASS}-${b.kind}`;
  el.style.color = authorColour(b.authorId);
  el.textContent = BREAK_TEXT;
  const name = titles[b.kind](b.authorName, titles.date(b.date));
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', name);
  el.title = name;
  return el;
}

function breakWidgets(doc: PmNode, titles: () => BreakTitles): DecorationSet {
  const widgets: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return !node.isLeaf;
    const b = paragraphBreakOf(node);
    // side 1: text typed at the paragraph's end goes before the ¶.
    if (b) widgets.push(Decoration.widget(pos + node.nodeSize - 1, () => pilcrow(b, titles()), { side: 1, marks: [], ignoreSelection: true, key: `${b.kind}:${b.id}:${b.authorId}` }));
    return false;
  });
  return DecorationSet.create(doc, widgets);
}

/** Whether a step may add, remove or move a break: anything but text replaced inside one paragraph, or a mark step. */
function mayChangeBreaks(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return false;
    if (!(step instanceof ReplaceStep) || step.slice.openStart > 0 || step.slice.openEnd > 0) return true;
    let blocks = false;
    step.slice.content.forEach((n) => (blocks ||= !n.isInline));
    if (blocks) return true;
    const $from = tr.docs[i]!.resolve(step.from);
    return !$from.parent.isTextblock || step.to > $from.end();
  });
}

const key = new PluginKey<DecorationSet>('paragraphBreakMarks');

export function paragraphBreakMarks(titles: () => BreakTitles): AnyExtension {
  return Extension.create({
    name: 'paragraphBreakMarks',
    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationSet>({
          key,
          state: {
            init: (_, state) => breakWidgets(state.doc, titles),
            apply: (tr, set) => (!tr.docChanged ? set : mayChangeBreaks(tr) ? breakWidgets(tr.doc, titles) : set.map(tr.mapping, tr.doc)),
          },
          props: { decorations: (state) => key.getState(state) },
        }),
      ];
    },
  });
}
