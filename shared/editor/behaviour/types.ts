// What a chapter-body node or mark means outside the editor, declared by the node or mark itself (one object per name)
// instead of in switches spread over search, paste and export. See shared/editor/nodes/README.md «Behaviour».

/** The behaviour of one ProseMirror node or mark of the chapter schema (planSchema()). */
export type NodeBehaviour = {
  /** The node's or mark's name in the schema. */
  name: string;
  /** Search and replace-all (electron/services/search/richTextOps.ts). */
  search?: {
    /** Attributes holding prose a reader sees (a footnote's text, a caption, alt text): indexed and replaced like text. */
    textAttrs?: readonly string[];
    /** The node ends a line in the plain text search shows (paragraphs, cells, a hard break). */
    endsLine?: boolean;
  };
  /**
   * HTML attributes the node writes (renderHTML) that paste must keep (shared/editor/sanitizeHtml.ts), so copy and
   * paste inside the editor keeps it whole. Everything else on pasted HTML is dropped.
   */
  pasteAttrs?: readonly string[];
};
