// A footnote: an inline atom holding its own text, so it travels with the sentence it belongs to (copy, move, merge).
import { Node, mergeAttributes } from '@tiptap/core';
import { attrsOf, str } from '../../document/build/richBuild';
import type { NodeBehaviour } from '../behaviour/types';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /** Inserts a footnote with this text at the cursor. */
      insertFootnote: (text: string) => ReturnType;
      /** Replaces the text of the selected footnote. */
      setFootnoteText: (text: string) => ReturnType;
    };
  }
}

export const FOOTNOTE = 'footnote';

export const FOOTNOTE_BEHAVIOUR: NodeBehaviour = {
  name: FOOTNOTE,
  search: { textAttrs: ['text'] },
  pasteAttrs: ['data-footnote'],
  // The builder collects the text as the document's next footnote; the sentence keeps its number.
  document: { inlines: (node, { ctx }) => [{ kind: 'footnoteRef', id: ctx.addFootnote([{ kind: 'text', text: str(attrsOf(node).text).trim() }]) }] },
};

export const Footnote = Node.create({
  name: FOOTNOTE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-footnote') ?? '',
        renderHTML: (attrs: { text?: unknown }) => ({ 'data-footnote': typeof attrs.text === 'string' ? attrs.text : '' }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  // The number is drawn by a CSS counter (renderer/editor/editor.css), so inserting one footnote never renumbers in JS.
  renderHTML({ node, HTMLAttributes }) {
    const text = typeof node.attrs.text === 'string' ? node.attrs.text : '';
    return ['sup', mergeAttributes(HTMLAttributes, { class: 'plan-footnote', title: text })];
  },

  renderText({ node }) {
    return typeof node.attrs.text === 'string' && node.attrs.text ? ` [${node.attrs.text}]` : '';
  },

  addCommands() {
    return {
      insertFootnote:
        (text) =>
        ({ commands }) =>
          text.trim() ? commands.insertContent({ type: FOOTNOTE, attrs: { text: text.trim() } }) : false,
      setFootnoteText:
        (text) =>
        ({ commands }) =>
          commands.updateAttributes(FOOTNOTE, { text: text.trim() }),
    };
  },
});
