// The editor's extension list: the plan schema (shared/editor) with views for images and live blocks, and Yjs.
// Views change only how nodes are drawn in the editor, never the schema, so store and export see the same nodes.
import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import type * as Y from 'yjs';
import { planExtensions, YJS_FIELD } from '../../shared/editor';
import { DELETION, INSERTION } from '../../shared/editor/marks/suggestion';
import { LIVE_BLOCK } from '../../shared/editor/nodes';
import { KlarsprakHints } from '../../shared/editor/klarsprakDecorations';
import { SpellCheck, type SpellChecker } from '../../shared/editor/spellDecorations';
import { CommentHighlight } from './commentHighlight';
import { DocumentEnds } from './documentEnds';
import { editorLabels } from './labels';
import { liveBlockNodeView, type RenderLiveBlock } from './liveBlockView';
import { ShownSelection } from './shownSelection';
import { suggestModeExtension, type SuggestState } from './suggestMode';
import { drawSuggestionMark, suggestionTitles } from './suggestionMarks';
import { paragraphBreakMarks } from './paragraphBreakMarks';

/** An image asset's URL: at once when known, or a promise while its bytes are fetched (asset.get). */
export type ResolveAsset = (assetId: string) => string | null | Promise<string | null>;
export type { RenderLiveBlock };

type ExtensionOptions = {
  ydoc: Y.Doc;
  resolveAsset: ResolveAsset;
  groupName?: (id: string) => string | null;
  /** Read when a live block is drawn, so the page can hand in its renderer after the editor was built. */
  renderLiveBlock?: () => RenderLiveBlock | undefined;
  /** The spell-check (a worker); without it nothing is underlined. */
  spellCheck?: SpellChecker;
  /** «Foreslå endringer»: read on every transaction, so the switch needs no rebuild. */
  suggest?: () => SuggestState;
};

export function chapterEditorExtensions(opts: ExtensionOptions): AnyExtension[] {
  return [
    ...planExtensions().map((ext) => {
      if (ext.name === 'image') return ext.extend({ addNodeView: () => imageView(opts.resolveAsset) });
      if (ext.name === LIVE_BLOCK) {
        const renderLiveBlock = opts.renderLiveBlock ?? (() => undefined);
        return ext.extend({ addNodeView: () => liveBlockNodeView({ renderLiveBlock, groupName: opts.groupName }) });
      }
      if (ext.name === INSERTION || ext.name === DELETION) return drawSuggestionMark(ext);
      return ext;
    }),
    ShownSelection,
    DocumentEnds,
    suggestModeExtension(opts.suggest ?? (() => ({ enabled: false, author: null }))),
    suggestionTitles(() => editorLabels().suggestTitles),
    paragraphBreakMarks(() => editorLabels().breakTitles),
    // Collaboration brings Yjs undo/redo (Mod-z, Mod-Shift-z); StarterKit's own history is off in planExtensions().
    // Given a mapping, the Yjs binding does not draw the document each time the plugin views are made (three times
    // while Tiptap mounts an editor): the chapter draws it once, when the editor is on the page (drawChapter).
    Collaboration.configure({ document: opts.ydoc, field: YJS_FIELD, ySyncOptions: { mapping: new Map() } }),
    ...(opts.spellCheck ? [SpellCheck.configure({ check: opts.spellCheck, idleMs: 300 })] : []),
    // Off until the chapter's setting turns it on (ChapterEditor dispatches setKlarsprak).
    KlarsprakHints.configure({ enabled: false, label: (hint) => editorLabels().klarsprak(hint) }),
    CommentHighlight,
  ];
}

type ViewNode = { attrs: Record<string, unknown>; type: { name: string } };

function imageView(resolveAsset: ResolveAsset) {
  return ({ node }: { node: ViewNode }) => {
    const figure = document.createElement('figure');
    figure.className = 'plan-figure';
    const img = document.createElement('img');
    const caption = document.createElement('figcaption');
    let drawnId = '';
    const show = (src: string | null) => {
      if (src) img.src = src;
      else img.removeAttribute('src');
      img.title = src ? img.alt : editorLabels().missingImage;
    };
    const draw = (n: ViewNode) => {
      const assetId = typeof n.attrs.assetId === 'string' ? n.attrs.assetId : '';
      img.alt = n.attrs.decorative === true ? '' : typeof n.attrs.alt === 'string' ? n.attrs.alt : '';
      caption.textContent = typeof n.attrs.caption === 'string' ? n.attrs.caption : '';
      caption.hidden = !caption.textContent;
      const src = assetId ? resolveAsset(assetId) : null;
      if (assetId !== drawnId) img.removeAttribute('src');
      drawnId = assetId;
      if (src instanceof Promise) void src.then((url) => drawnId === assetId && show(url));
      else show(src);
    };
    draw(node);
    figure.append(img, caption);
    return {
      dom: figure,
      update: (next: ViewNode) => {
        if (next.type.name !== 'image') return false;
        draw(next);
        return true;
      },
    };
  };
}
