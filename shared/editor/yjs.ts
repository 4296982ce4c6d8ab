// Chapter bodies as Yjs documents: Tiptap JSON ⇄ Yjs updates, headless (the store merges copies through these).
import * as Y from 'yjs';
import { Node as PmNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYDoc, updateYFragment, yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { RichText } from '../domain/plan';
import { planSchema } from './extensions';
import { withoutNullBreaks } from './nodes/paragraphBreak';
import { sanitizeRichText } from './sanitize';

/** The Y.XmlFragment name Tiptap's Collaboration extension uses by default. */
export const YJS_FIELD = 'default';

/** A whole body as one Yjs update (the first update of a chapter). Throws if the JSON does not fit the schema. */
export function richTextToYUpdate(json: unknown): Uint8Array {
  const doc = prosemirrorJSONToYDoc(planSchema(), sanitizeRichText(json), YJS_FIELD);
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Loads a chapter's stored state into a new, empty doc (the editor's), as one local transaction. Applied as a remote
 * update (Y.applyUpdate alone), Yjs then walks every struct of the doc and every text with formatting to tidy formats
 * that concurrent edits doubled: with 500 suggestion marks in a 300-page chapter that was about a quarter of what the
 * marks added to decoding it (bench suggestEditor). The text is the same either way (the tidying removes only formats
 * that change nothing), and nothing listens yet: the load is not a change to send back.
 */
export function loadYState(doc: Y.Doc, state: Uint8Array): void {
  doc.transact(() => Y.applyUpdate(doc, state));
  // As Yjs does after a remote update: a stored state that holds this doc's client id (random, 1 in 2^32) gets it a new one.
  if (doc.store.clients.has(doc.clientID)) doc.clientID = new Y.Doc().clientID;
}

/** Builds the Y.Doc of a chapter from its stored updates (any order: Yjs updates commute). */
export function yDocFromUpdates(updates: Iterable<Uint8Array>): Y.Doc {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

export function yStateToRichText(state: Uint8Array | Y.Doc): RichText {
  const doc = state instanceof Y.Doc ? state : yDocFromUpdates([state]);
  // Through ProseMirror once, so the JSON is canonical (same attrs, same key order) whatever produced the document;
  // a paragraph without a suggested break is stored without `paragraphBreak: null` (nodes/paragraphBreak.ts).
  const json = withoutNullBreaks(PmNode.fromJSON(planSchema(), yDocToProsemirrorJSON(doc, YJS_FIELD)).toJSON() as RichText);
  return { ...json, content: json.content ?? [] };
}

/**
 * The update that turns `doc` into `json` by diffing (not replacing) its content, so that an edit of a body
 * as a whole still merges with concurrent edits elsewhere in the chapter. Returns null when nothing changes.
 */
export function diffToYUpdate(doc: Y.Doc, json: unknown): Uint8Array | null {
  const pmNode = PmNode.fromJSON(planSchema(), sanitizeRichText(json));
  const current = PmNode.fromJSON(planSchema(), yStateToRichText(doc));
  if (current.eq(pmNode)) return null;
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    updateYFragment(doc, doc.getXmlFragment(YJS_FIELD), pmNode, { mapping: new Map(), isOMark: new Map() });
  });
  const update = Y.encodeStateAsUpdate(doc, before);
  // An empty update still carries a header and an empty delete set (2 bytes).
  return update.length <= 2 ? null : update;
}
