// Small builders for Tiptap JSON, so the sample chapters read like the documents they stand for.
import type { RichText } from '../domain/plan';
import type { LiveBlockKind } from '../editor/nodes/liveBlockKinds';

export type TiptapNode = Record<string, unknown>;
type Block = TiptapNode;

const text = (t: string): Block => ({ type: 'text', text: t });

export const doc = (...content: Block[]): RichText => ({ type: 'doc', content });
export const heading = (level: 2 | 3, t: string): Block => ({ type: 'heading', attrs: { level }, content: [text(t)] });
export const para = (t: string): Block => ({ type: 'paragraph', content: [text(t)] });
export const bullets = (...items: string[]): Block => ({
  type: 'bulletList',
  content: items.map((i) => ({ type: 'listItem', content: [para(i)] })),
});

const cell = (type: 'tableHeader' | 'tableCell', t: string): Block => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
  content: [para(t)],
});

/** A table whose first row is a header row (WCAG: table header rows). Attrs as the editor schema (shared/editor) fills them, so the sample is already normalised. */
export const table = (header: string[], rows: string[][]): Block => ({
  type: 'table',
  attrs: { caption: null },
  content: [
    { type: 'tableRow', content: header.map((h) => cell('tableHeader', h)) },
    ...rows.map((r) => ({ type: 'tableRow', content: r.map((c) => cell('tableCell', c)) })),
  ],
});

/** A live block: where the document builder draws one of the plan's structured tables. */
export const live = (kind: LiveBlockKind, groupId: string | null = null): Block => ({ type: 'liveBlock', attrs: { kind, groupId } });
