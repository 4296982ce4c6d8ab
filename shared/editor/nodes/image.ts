// Images refer to an asset of the plan by id (src is `cid:<assetId>`, resolved to a URL only by the editor's view);
// alt text, or an explicit «decorative» flag, is required for universal design.
import Image from '@tiptap/extension-image';
import { attrsOf, str } from '../../document/build/richBuild';
import type { DocumentBehaviour, NodeBehaviour } from '../behaviour/types';
import { CAPTION_BEHAVIOUR } from './caption';

export const ASSET_SRC_PREFIX = 'cid:';

export const IMAGE_BEHAVIOUR: NodeBehaviour = {
  name: 'image',
  search: { textAttrs: [...CAPTION_BEHAVIOUR.search.textAttrs, 'alt'] },
  pasteAttrs: ['src', 'alt', 'title', 'data-asset-id', 'data-decorative', ...CAPTION_BEHAVIOUR.pasteAttrs],
  document: imageDocument(),
};

/** The asset's picture with its alt text and «Figur N» caption; a missing asset leaves a visible note, never a hole. */
function imageDocument(): DocumentBehaviour {
  return {
    blocks: (node, { ctx }) => {
      const attrs = attrsOf(node);
      const image = ctx.imageRef(str(attrs.assetId));
      const alt = (typeof attrs.alt === 'string' ? attrs.alt : (image?.alt ?? '')).trim();
      const decorative = typeof attrs.decorative === 'boolean' ? attrs.decorative : (image?.decorative ?? false);
      if (!image) {
        return [{ kind: 'paragraph', runs: [{ kind: 'text', text: `[${ctx.words.missingImage}${alt ? `: ${alt}` : ''}]`, italic: true }] }];
      }
      const captionText = str(attrs.caption).trim();
      return [{ kind: 'image', image, alt: decorative ? '' : alt, decorative, caption: captionText ? ctx.figureCaption(captionText) : null }];
    },
  };
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    planImage: {
      /** Inserts an image of an asset; either alt text or decorative must be given. */
      insertPlanImage: (image: { assetId: string; alt: string; decorative: boolean }) => ReturnType;
    };
  }
}

export const PlanImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      assetId: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-asset-id') ?? el.getAttribute('assetId'),
        renderHTML: (attrs: { assetId?: unknown }) => (typeof attrs.assetId === 'string' ? { 'data-asset-id': attrs.assetId } : {}),
      },
      alt: { default: null },
      decorative: {
        default: false,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-decorative') === 'true',
        renderHTML: (attrs: { decorative?: unknown }) => (attrs.decorative === true ? { 'data-decorative': 'true' } : {}),
      },
    };
  },

  addCommands() {
    return {
      ...this.parent?.(),
      insertPlanImage:
        ({ assetId, alt, decorative }) =>
        ({ commands }) =>
          decorative || alt.trim()
            ? commands.insertContent({
                type: this.name,
                attrs: { src: `${ASSET_SRC_PREFIX}${assetId}`, assetId, alt: decorative ? '' : alt.trim(), decorative },
              })
            : false,
    };
  },
});
