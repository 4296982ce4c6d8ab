// Text a Yjs merge drops: one side deleted a paragraph while the other typed in it. Yjs deletes the typed characters
// with their paragraph; we find them (items one side inserted that the merged document holds as deleted, although
// that side never deleted them) and give back that side's whole paragraph as plain text.
import * as Y from 'yjs';
import { YJS_FIELD, yDocFromUpdates } from '../../../shared/editor';

/** The plain text of a Yjs XML node (an element's text children in order; paragraphs of a list on their own lines). */
function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return (node.toDelta() as Array<{ insert?: unknown }>).map((d) => (typeof d.insert === 'string' ? d.insert : '')).join('');
  const parts = node.toArray().map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? textOf(child) : ''));
  return parts.filter((p) => p !== '').join(node.toArray().some((c) => c instanceof Y.XmlElement) ? '\n' : '');
}

/** The top-level block (a child of the document fragment) an item lies in, or null. */
function topBlock(item: Y.Item, root: Y.XmlFragment): Y.XmlElement | Y.XmlText | null {
  let cur: Y.Item | null = item;
  while (cur) {
    const parent = cur.parent as Y.AbstractType<unknown> | null;
    if (parent === root) return cur.content instanceof Y.ContentType ? (cur.content.type as Y.XmlElement | Y.XmlText) : null;
    cur = parent?._item ?? null;
  }
  return null;
}

/**
 * The paragraphs (as that side wrote them) whose text, inserted on side `mine`, the merge with `theirs` deletes although
 * `mine` kept it. Empty when nothing is dropped.
 */
export function droppedParagraphs(mine: readonly Uint8Array[], theirs: readonly Uint8Array[]): string[] {
  const own = yDocFromUpdates(mine);
  const other = yDocFromUpdates(theirs);
  const known = Y.decodeStateVector(Y.encodeStateVector(other));
  const merged = yDocFromUpdates([...mine, ...theirs]);
  const mergedDeletes = Y.createDeleteSetFromStructStore(merged.store);
  const root = own.getXmlFragment(YJS_FIELD);
  const blocks = new Set<Y.XmlElement | Y.XmlText>();
  for (const [client, structs] of own.store.clients) {
    const seen = known.get(client) ?? 0;
    for (const s of structs) {
      if (!(s instanceof Y.Item) || s.id.clock + s.length <= seen || s.deleted || !s.countable) continue;
      if (!Y.isDeleted(mergedDeletes, s.id) && !Y.isDeleted(mergedDeletes, Y.createID(client, s.id.clock + s.length - 1))) continue;
      const block = topBlock(s, root);
      if (block) blocks.add(block);
    }
  }
  return root
    .toArray()
    .filter((b): b is Y.XmlElement | Y.XmlText => blocks.has(b as Y.XmlElement | Y.XmlText))
    .map(textOf)
    .filter((t) => t.trim() !== '');
}
