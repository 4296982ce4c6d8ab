// What StarterKit's and TableKit's nodes and marks become in a hearing document: headings placed under their chapter,
// lists, quotes, tables with header rows and a caption, bold/italic/underline and safe links on runs.
import { safeHref } from '../../document/build/context';
import { asNodes, attrsOf, plainText, str, type AutoCaption, type Json, type RichBuild } from '../../document/build/richBuild';
import type { Block, TableCell } from '../../document/model';
import type { DocumentBehaviour } from './types';
import { breakChangeOf } from '../../document/build/paragraphBreaks';

export const PARAGRAPH_DOCUMENT: DocumentBehaviour = {
  blocks: (node, build) => {
    const runs = build.inlines(asNodes(node.content));
    // The export «med kommentarer og forslag» draws a suggested break as Word's tracked paragraph mark; a clean one has
    // joined the paragraphs of a proposed split already (proposedBreaksJoined).
    const breakChange = build.ctx.review ? breakChangeOf(node) : null;
    if (breakChange) return [{ kind: 'paragraph', runs, breakChange }];
    return runs.length ? [{ kind: 'paragraph', runs }] : [];
  },
};

export const HEADING_DOCUMENT: DocumentBehaviour = {
  blocks: (node, { ctx, options }) => {
    const text = plainText(node).trim();
    if (!text) return [];
    // Editors offer body headings from level 2 down; both 1 and 2 sit one level under the chapter so no level is skipped.
    const wanted = typeof attrsOf(node).level === 'number' ? (attrsOf(node).level as number) : 2;
    const level = Math.min(3, Math.max(1, options.chapterLevel + Math.max(1, wanted - 1))) as 1 | 2 | 3;
    if (options.autoCaption) Object.assign(options.autoCaption, { heading: text, used: false });
    // In a chapter written in the other målform, its headings carry that language like its runs.
    return [{ kind: 'heading', level, number: null, text, id: ctx.headingId(), inToc: true, ...(options.lang ? { lang: options.lang } : {}) }];
  },
};

const listDocument = (ordered: boolean): DocumentBehaviour => ({
  blocks: (node, build) => {
    // A list item is its blocks; anything else found in a list is drawn as an item of its own.
    const items = asNodes(node.content).map((item) => (item.type === 'listItem' ? build.blocks(asNodes(item.content)) : build.blocks([item])));
    return items.length ? [{ kind: 'list', ordered, items }] : [];
  },
});
export const BULLET_LIST_DOCUMENT = listDocument(false);
export const ORDERED_LIST_DOCUMENT = listDocument(true);

export const BLOCKQUOTE_DOCUMENT: DocumentBehaviour = { blocks: (node, build) => [{ kind: 'quote', blocks: build.blocks(asNodes(node.content)) }] };

/** The document itself, met as a block (a pasted fragment): its content. */
export const DOC_DOCUMENT: DocumentBehaviour = { blocks: (node, build) => build.blocks(asNodes(node.content)) };

/** A rule is a visual pause in the editor; the document's headings and spacing do that job. */
export const NOTHING: DocumentBehaviour = { blocks: () => [] };

export const HARD_BREAK_DOCUMENT: DocumentBehaviour = { inlines: () => [{ kind: 'break' }] };

export const TABLE_DOCUMENT: DocumentBehaviour = { blocks: (node, build) => [tableOf(node, build)] };

function tableOf(node: Json, build: RichBuild): Block {
  const { ctx, options } = build;
  const rows = asNodes(node.content).filter((r) => r.type === 'tableRow');
  const cellOptions = { ...options, live: undefined, autoCaption: undefined };
  const toCells = (r: Json): TableCell[] =>
    asNodes(r.content).map((c) => {
      const colspan = attrsOf(c).colspan;
      const blocks = build.blocks(asNodes(c.content), cellOptions);
      return typeof colspan === 'number' && colspan > 1 ? { blocks, colSpan: colspan } : { blocks };
    });
  let headerCount = 0;
  while (headerCount < rows.length) {
    const cells = asNodes(rows[headerCount]?.content);
    if (cells.length === 0 || !cells.every((c) => c.type === 'tableHeader')) break;
    headerCount++;
  }
  const captionText = str(attrsOf(node).caption).trim() || autoCaptionText(options.autoCaption);
  // The caption is numbered before the cells are read so that "Tabell N" follows document order.
  const caption = captionText !== null ? ctx.tableCaption(captionText) : null;
  const cellRows = rows.map(toCells);
  const columns = Math.max(1, ...cellRows.map((cells) => cells.reduce((sum, c) => sum + (c.colSpan ?? 1), 0)));
  return {
    kind: 'table',
    caption,
    headerRows: cellRows.slice(0, headerCount),
    bodyRows: cellRows.slice(headerCount).map((cells) => ({ cells })),
    columnWidths: Array.from({ length: columns }, () => 1),
  };
}

/** The text of a caption the writer did not give: the section's heading the first time, '' («Tabell N») after; null outside chapters. */
function autoCaptionText(auto: AutoCaption | undefined): string | null {
  if (!auto) return null;
  const text = auto.used ? '' : auto.heading;
  auto.used = true;
  return text;
}

export const BOLD_DOCUMENT: DocumentBehaviour = { run: (run) => ({ ...run, bold: true }) };
export const ITALIC_DOCUMENT: DocumentBehaviour = { run: (run) => ({ ...run, italic: true }) };
export const UNDERLINE_DOCUMENT: DocumentBehaviour = { run: (run) => ({ ...run, underline: true }) };
/** Only web and mail links survive into a document; any other href leaves plain text. */
export const LINK_DOCUMENT: DocumentBehaviour = {
  run: (run, attrs) => {
    const href = safeHref(attrs.href);
    return href ? { ...run, link: href } : run;
  },
};
