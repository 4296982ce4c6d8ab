// ProseMirror JSON as the compare engine sees it (chapter bodies are stored as Tiptap JSON), and the few facts it needs.
export type PmMark = { type: string; attrs?: Record<string, unknown> };
export type PmNode = { type: string; attrs?: Record<string, unknown>; content?: PmNode[]; marks?: PmMark[]; text?: string };

/** Inline nodes of Planverk's schema besides text (shared/editor: StarterKit's hardBreak, our footnote atom). */
const INLINE_ATOMS = new Set(['hardBreak', 'footnote']);

export const isInline = (node: PmNode): boolean => node.type === 'text' || INLINE_ATOMS.has(node.type);

/** A block whose content is inline (paragraph, heading): compared word by word. An empty one counts too. */
export const hasInlineContent = (node: PmNode): boolean => (node.content ?? []).every(isInline);

/** The node without its content: what stays when its children are compared one by one. */
export function shellOf(node: PmNode): PmNode {
  const { content: _content, ...shell } = node;
  return shell;
}

/** ProseMirror's toJSON leaves `content` out when a node has none; rebuilt nodes do the same so they compare equal. */
export function withContent(shell: PmNode, content: PmNode[]): PmNode {
  return content.length > 0 ? { ...shell, content } : { ...shell };
}

/** Plain text of a node, with blocks separated by a space (for similarity and for the change list's excerpts). */
export function plainText(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  if (node.type === 'footnote') return '';
  const parts = (node.content ?? []).map(plainText);
  return hasInlineContent(node) ? parts.join('') : parts.join(' ');
}
