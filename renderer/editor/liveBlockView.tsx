// A live block in the editor: a React node view that draws the plan's current data through the page's renderer
// (matrix tables, structured tables), under a heading that names the block; a named placeholder without one.
import { NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from '@tiptap/react';
import type { ReactNode } from 'react';
import { LIVE_BLOCK_KINDS, type LiveBlockKind } from '../../shared/editor/nodes';
import { useEditorLabels } from './labels';

export type RenderLiveBlock = (kind: LiveBlockKind, groupId: string | null) => ReactNode;

type Sources = { renderLiveBlock: () => RenderLiveBlock | undefined; groupName?: (id: string) => string | null };

const isKind = (v: unknown): v is LiveBlockKind => (LIVE_BLOCK_KINDS as readonly unknown[]).includes(v);

export function liveBlockNodeView(sources: Sources) {
  function LiveBlockNode({ node, selected }: NodeViewProps) {
    const L = useEditorLabels();
    const kind = isKind(node.attrs.kind) ? node.attrs.kind : null;
    const groupId = typeof node.attrs.groupId === 'string' ? node.attrs.groupId : null;
    const group = groupId ? (sources.groupName?.(groupId) ?? groupId) : null;
    const name = `${kind ? L.liveBlocks[kind] : '?'}${group ? ` – ${group}` : ''}`;
    const render = sources.renderLiveBlock();
    return (
      <NodeViewWrapper
        className={selected ? 'plan-live-block ProseMirror-selectednode' : 'plan-live-block'}
        role="group"
        aria-label={`${name}. ${L.liveBlockPlaceholder}`}
        contentEditable={false}
        data-live-block={kind ?? ''}
      >
        <div className="plan-live-block-name" aria-hidden="true">
          {name}
        </div>
        {kind && render ? render(kind, groupId) : <div>{L.liveBlockPlaceholder}</div>}
      </NodeViewWrapper>
    );
  }
  return ReactNodeViewRenderer(LiveBlockNode);
}
