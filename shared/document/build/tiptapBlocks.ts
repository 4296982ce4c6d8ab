// Tiptap JSON (chapter bodies, area texts) → document blocks. The JSON is untrusted: every node is checked by shape,
// unknown nodes fall back to their text, links are filtered, and nothing here can throw on odd input.
import type { RichText } from '../../domain/plan';
import type { Block, Inline, TableCell } from '../model';
import { COMMENT_END, COMMENT_START } from './commentMarkers';
import { safeHref, type BuildContext } from './context';
import { suggestionChange } from './reviewContent';

type Json = Record<string, unknown>;

export type LiveBlockRenderer = (attrs: Json, headingLevel: 1 | 2 | 3) => Block[];

export type RichOptions = {
  /** Level of the chapter heading the body sits under; body headings go below it. */
  chapterLevel: 0 | 1 | 2 | 3;
  live?: LiveBlockRenderer;
  /** Chapter bodies only: a table without a caption gets one (see AutoCaption). */
  autoCaption?: AutoCaption;
};

/**
 * Every table of a chapter is captioned and numbered with the rest («Tabell N», one sequence with the live blocks'
 * tables), so a reader can refer to it and a screen reader names it. A table the writer left without a caption takes
 * its section's heading (the chapter title, or the body heading above it) as its text; a second one under the same
 * heading is «Tabell N» alone, so no two tables read alike. Running state of one chapter body, updated as headings pass.
 */
export type AutoCaption = { heading: string; used: boolean };

export const autoCaptionFor = (chapterTitle: string): AutoCaption => ({ heading: chapterTitle.trim(), used: false });

const asNodes = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((n): n is Json => typeof n === 'object' && n !== null) : []);
const attrsOf = (n: Json): Json => (typeof n.attrs === 'object' && n.attrs !== null ? (n.attrs as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function richTextToBlocks(doc: RichText | null | undefined, ctx: BuildContext, options: RichOptions): Block[] {
  if (!doc) return [];
  return blocksOf(asNodes(doc.content), ctx, options);
}

function blocksOf(nodes: Json[], ctx: BuildContext, o: RichOptions): Block[] {
  return nodes.flatMap((n) => blockOf(n, ctx, o));
}

function blockOf(node: Json, ctx: BuildContext, o: RichOptions): Block[] {
  const attrs = attrsOf(node);
  switch (node.type) {
    case 'paragraph': {
      const runs = inlinesOf(asNodes(node.content), ctx);
      return runs.length ? [{ kind: 'paragraph', runs }] : [];
    }
    case 'heading': {
      const text = plainText(node).trim();
      if (!text) return [];
      // Editors offer body headings from level 2 down; both 1 and 2 sit one level under the chapter so no level is skipped.
      const wanted = typeof attrs.level === 'number' ? attrs.level : 2;
      const level = Math.min(3, Math.max(1, o.chapterLevel + Math.max(1, wanted - 1))) as 1 | 2 | 3;
      if (o.autoCaption) Object.assign(o.autoCaption, { heading: text, used: false });
      return [{ kind: 'heading', level, number: null, text, id: ctx.headingId(), inToc: true }];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = asNodes(node.content).map((item) => (item.type === 'listItem' ? blocksOf(asNodes(item.content), ctx, o) : blockOf(item, ctx, o)));
      return items.length ? [{ kind: 'list', ordered: node.type === 'orderedList', items }] : [];
    }
    case 'blockquote':
      return [{ kind: 'quote', blocks: blocksOf(asNodes(node.content), ctx, o) }];
    case 'table':
      return [tableOf(node, ctx, o)];
    case 'image':
      return imageOf(attrs, ctx);
    case 'liveBlock':
      return o.live ? o.live(attrs, Math.min(3, Math.max(1, o.chapterLevel + 1)) as 1 | 2 | 3) : [];
    case 'horizontalRule':
      return [];
    case 'doc':
      return blocksOf(asNodes(node.content), ctx, o);
    default: {
      // Unknown or future nodes (codeBlock, details, a newer editor's blocks): keep their text, never fail.
      const text = plainText(node).trim();
      return text ? [{ kind: 'paragraph', runs: [{ kind: 'text', text }] }] : [];
    }
  }
}

function inlinesOf(nodes: Json[], ctx: BuildContext): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    // A suggested insertion is not the plan's text until accepted: a clean document leaves it out (and keeps text
    // only suggested for deletion), as if every open suggestion were rejected (notes-suggest.md). With review content
    // both are drawn as tracked changes, and the comments' range markers become inlines.
    if (ctx.review) {
      if (n.type === COMMENT_START || n.type === COMMENT_END) {
        const id = attrsOf(n).id;
        if (typeof id === 'number') out.push({ kind: n.type === COMMENT_START ? 'commentStart' : 'commentEnd', id });
        continue;
      }
    } else if (asNodes(n.marks).some((m) => m.type === 'insertion')) continue;
    if (n.type === 'text') {
      const text = str(n.text);
      if (!text) continue;
      const run: Inline = { kind: 'text', text };
      const change = ctx.review ? suggestionChange(asNodes(n.marks)) : undefined;
      if (change) run.change = change;
      for (const mark of asNodes(n.marks)) {
        if (mark.type === 'bold') run.bold = true;
        else if (mark.type === 'italic') run.italic = true;
        else if (mark.type === 'underline') run.underline = true;
        else if (mark.type === 'link') {
          const href = safeHref(attrsOf(mark).href);
          if (href) run.link = href;
        }
      }
      out.push(run);
    } else if (n.type === 'hardBreak') {
      out.push({ kind: 'break' });
    } else if (n.type === 'footnote' || n.type === 'footnoteReference') {
      const text = str(attrsOf(n).text) || plainText(n);
      const runs = Array.isArray(n.content) ? inlinesOf(asNodes(n.content).flatMap((c) => (c.type === 'paragraph' ? asNodes(c.content) : [c])), ctx) : [];
      const id = ctx.addFootnote(runs.length ? runs : [{ kind: 'text', text: text.trim() }]);
      out.push({ kind: 'footnoteRef', id });
    } else {
      const text = plainText(n);
      if (text) out.push({ kind: 'text', text });
    }
  }
  return out;
}

function tableOf(node: Json, ctx: BuildContext, o: RichOptions): Block {
  const rows = asNodes(node.content).filter((r) => r.type === 'tableRow');
  const toCells = (r: Json): TableCell[] =>
    asNodes(r.content).map((c) => {
      const colspan = attrsOf(c).colspan;
      const blocks = blocksOf(asNodes(c.content), ctx, { ...o, live: undefined, autoCaption: undefined });
      return typeof colspan === 'number' && colspan > 1 ? { blocks, colSpan: colspan } : { blocks };
    });
  let headerCount = 0;
  while (headerCount < rows.length) {
    const cells = asNodes(rows[headerCount]?.content);
    if (cells.length === 0 || !cells.every((c) => c.type === 'tableHeader')) break;
    headerCount++;
  }
  const captionText = str(attrsOf(node).caption).trim() || autoCaptionText(o.autoCaption);
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

function imageOf(attrs: Json, ctx: BuildContext): Block[] {
  const image = ctx.imageRef(str(attrs.assetId));
  const alt = (typeof attrs.alt === 'string' ? attrs.alt : (image?.alt ?? '')).trim();
  const decorative = typeof attrs.decorative === 'boolean' ? attrs.decorative : (image?.decorative ?? false);
  if (!image) {
    return [{ kind: 'paragraph', runs: [{ kind: 'text', text: `[${ctx.words.missingImage}${alt ? `: ${alt}` : ''}]`, italic: true }] }];
  }
  const captionText = str(attrs.caption).trim();
  return [{ kind: 'image', image, alt: decorative ? '' : alt, decorative, caption: captionText ? ctx.figureCaption(captionText) : null }];
}

/** All text under a node, for headings and for nodes we do not know. */
export function plainText(node: Json): string {
  if (node.type === 'text') return str(node.text);
  if (node.type === 'hardBreak') return ' ';
  return asNodes(node.content).map(plainText).join('');
}
