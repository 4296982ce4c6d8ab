// What a chapter-body node or mark means outside the editor, declared by the node or mark itself (one object per name)
// instead of in switches spread over search, paste and export. See shared/editor/nodes/README.md «Behaviour».
import type { Json, RichBuild, TextRun } from '../../document/build/richBuild';
import type { Block, Inline } from '../../document/model';

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
  /**
   * Rich text read from a file, a copy or the network (shared/editor/sanitize.ts): false drops the mark or node with
   * these attributes (a link to a javascript: URL). Without it, anything the schema knows is kept.
   */
  accepts?: (attrs: Json) => boolean;
  /** What the node or mark becomes in a hearing document (shared/document/build/tiptapBlocks.ts). */
  document?: DocumentBehaviour;
};

/**
 * A node without `blocks`/`inlines` keeps its text as a plain paragraph/run (nothing is lost); a mark without `run`
 * leaves the run as it is. The JSON is untrusted: these functions check shapes and never throw.
 */
export type DocumentBehaviour = {
  /** A block node (paragraph, table, image …) → document blocks. */
  blocks?: (node: Json, build: RichBuild) => Block[];
  /** An inline node (hard break, footnote) → inlines. */
  inlines?: (node: Json, build: RichBuild) => Inline[];
  /** A mark on a text run → the run drawn with it, or null when the text is not in the document at all. */
  run?: (run: TextRun, attrs: Json, build: RichBuild) => TextRun | null;
};
