// A live block: the place in a chapter where the document builder draws structured data (matrix tables, milestones, …).
// Only its kind (and group) is stored, never a copy of the data, so it always shows the plan as it is.
import { Node } from '@tiptap/core';
import { attrsOf } from '../../document/build/richBuild';
import type { NodeBehaviour } from '../behaviour/types';
import { LIVE_BLOCK_KINDS, type LiveBlockKind } from './liveBlockKinds';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    liveBlock: {
      /** Inserts a live block; `groupId` only for 'matrix-group' (one group's Tabell 3). */
      insertLiveBlock: (kind: LiveBlockKind, groupId?: string | null) => ReturnType;
    };
  }
}

export const LIVE_BLOCK = 'liveBlock';

/**
 * Only its kind and group travel through paste (a div keeps no other attribute); it holds no text of its own. The
 * document draws the plan's data in its place (the builder's live renderer, one entry per kind: build/liveBlocks.ts).
 */
export const LIVE_BLOCK_BEHAVIOUR: NodeBehaviour = {
  name: LIVE_BLOCK,
  pasteAttrs: ['data-live-block', 'data-group-id'],
  document: {
    blocks: (node, { options }) => options.live?.(attrsOf(node), Math.min(3, Math.max(1, options.chapterLevel + 1)) as 1 | 2 | 3) ?? [],
  },
};
const isKind = (v: unknown): v is LiveBlockKind => (LIVE_BLOCK_KINDS as readonly unknown[]).includes(v);

export const LiveBlock = Node.create({
  name: LIVE_BLOCK,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      kind: {
        default: null,
        parseHTML: (el: HTMLElement) => {
          const kind = el.getAttribute('data-live-block');
          return isKind(kind) ? kind : null;
        },
        renderHTML: (attrs: { kind?: unknown }) => ({ 'data-live-block': isKind(attrs.kind) ? attrs.kind : '' }),
      },
      groupId: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-group-id') || null,
        renderHTML: (attrs: { groupId?: unknown }) => (typeof attrs.groupId === 'string' ? { 'data-group-id': attrs.groupId } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-live-block]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', HTMLAttributes];
  },

  addCommands() {
    return {
      insertLiveBlock:
        (kind, groupId = null) =>
        ({ commands }) =>
          commands.insertContent({ type: LIVE_BLOCK, attrs: { kind, groupId: kind === 'matrix-group' ? groupId : null } }),
    };
  },
});
