// Captions: tables and images carry a `caption` attribute; the document builder numbers them "Tabell N" / "Figur N"
// across the plan, so the stored text never holds a number that could go stale.
import { Extension } from '@tiptap/core';
import { TABLE_DOCUMENT } from '../behaviour/standardDocument';
import type { NodeBehaviour } from '../behaviour/types';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    caption: {
      /** Sets (or with '' removes) the caption of the table or image the selection is in. */
      setCaption: (text: string) => ReturnType;
    };
  }
}

export const CAPTIONED_TYPES = ['table', 'image'] as const;

/** A caption is prose a reader sees (search finds it) and travels through paste as data-caption. */
export const CAPTION_BEHAVIOUR = { search: { textAttrs: ['caption'] }, pasteAttrs: ['data-caption'] } as const satisfies Omit<NodeBehaviour, 'name'>;

/** TableKit's table: what Planverk adds to it is the caption (numbered «Tabell N» in the document). */
export const CAPTIONED_TABLE_BEHAVIOUR: NodeBehaviour = { name: 'table', ...CAPTION_BEHAVIOUR, document: TABLE_DOCUMENT };

export const Caption = Extension.create({
  name: 'caption',

  addGlobalAttributes() {
    return [
      {
        types: [...CAPTIONED_TYPES],
        attributes: {
          caption: {
            default: null,
            parseHTML: (el: HTMLElement) => el.getAttribute('data-caption') || null,
            renderHTML: (attrs: { caption?: unknown }) =>
              typeof attrs.caption === 'string' && attrs.caption ? { 'data-caption': attrs.caption } : {},
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      setCaption:
        (text) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          const selected = 'node' in state.selection ? (state.selection as { node?: { type: { name: string } } }).node : undefined;
          let pos: number | null = null;
          if (selected && (CAPTIONED_TYPES as readonly string[]).includes(selected.type.name)) pos = $from.pos;
          for (let depth = $from.depth; pos === null && depth > 0; depth--) {
            if ($from.node(depth).type.name === 'table') pos = $from.before(depth);
          }
          if (pos === null) return false;
          if (dispatch) tr.setNodeAttribute(pos, 'caption', text.trim() || null);
          return true;
        },
    };
  },
});
