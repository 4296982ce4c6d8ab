// DocModel → one self-contained HTML page (inline CSS, images as data: URIs, no script): the in-app preview and
// the source Chromium prints to PDF. Every text from the plan is escaped; links are only http(s)/mailto (the builder
// filtered them, and they are checked again here because this is where they would become markup).
import { splitCodes } from '../codes';
import { safeTextColor } from '../contrast';
import type { Block, Caption, DocModel, Inline, TableCell, TableRow } from '../model';
import { isUnbreakable, pageRuns } from '../tableLayout';
import { hasReviewContent, reviewWordsFor, type ReviewWords } from '../review';
import { escapeHtml } from './escape';
import { printCss } from './printCss';
import { changeHtml, commentMarkerHtml, commentsAside, REVIEW_CSS } from './reviewHtml';

export { escapeHtml };

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
/** Ids come from the builder (h1, tabell-3); anything else is reduced to safe characters. */
const safeId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');
const IMAGE_MIME = /^image\/(png|jpeg|gif|webp|svg\+xml)$/;
const dataUri = (mime: string, b64: string): string => (IMAGE_MIME.test(mime) && /^[A-Za-z0-9+/=\s]*$/.test(b64) ? `data:${mime};base64,${b64.replace(/\s/g, '')}` : '');

function inlines(runs: Inline[], w: ReviewWords): string {
  return runs
    .map((r) => {
      if (r.kind === 'break') return '<br>';
      if (r.kind === 'footnoteRef') return `<sup><a href="#fn-${r.id}" id="fnref-${r.id}" aria-label="Fotnote ${r.id}">${r.id}</a></sup>`;
      if (r.kind === 'commentStart' || r.kind === 'commentEnd') return commentMarkerHtml(r.kind, r.id, w);
      // A law id or other code stays on one line wherever it stands.
      let html = splitCodes(r.text)
        .map((piece) => (piece.code ? `<span class="nw">${escapeHtml(piece.text)}</span>` : escapeHtml(piece.text)))
        .join('');
      if (r.bold) html = `<b>${html}</b>`;
      if (r.italic) html = `<i>${html}</i>`;
      if (r.underline) html = `<u>${html}</u>`;
      if (r.link && SAFE_LINK.test(r.link)) html = `<a href="${escapeHtml(r.link)}">${html}</a>`;
      // A passage in the other målform: screen readers switch voice (lang attribute).
      if (r.lang) html = `<span lang="${r.lang === 'nn' ? 'nn-NO' : 'nb-NO'}">${html}</span>`;
      return r.change ? changeHtml(html, r.change, w) : html;
    })
    .join('');
}

function caption(c: Caption): string {
  return escapeHtml(c.full);
}

function cell(c: TableCell, tag: 'td' | 'th', scope: 'col' | 'row' | null, w: ReviewWords): string {
  const cls = c.align === 'right' ? ' class="num"' : isUnbreakable(c) ? ' class="nw"' : '';
  const attrs = [scope ? ` scope="${scope}"` : '', c.colSpan ? ` colspan="${c.colSpan}"` : '', cls].join('');
  return `<${tag}${attrs}>${blocks(c.blocks, w)}</${tag}>`;
}

function bodyRow(row: TableRow, w: ReviewWords): string {
  const cls = row.emphasis ? ` class="${row.emphasis}"` : '';
  const cells = row.cells
    .map((c) => {
      // A full-width grouping row names the rows below it: a header for them, not data.
      if (row.emphasis === 'group' && row.cells.length === 1) return cell(c, 'th', 'row', w);
      return c.rowHeader ? cell(c, 'th', 'row', w) : cell(c, 'td', null, w);
    })
    .join('');
  return `<tr${cls}>${cells}</tr>`;
}

function table(b: Extract<Block, { kind: 'table' }>, w: ReviewWords): string {
  const total = b.columnWidths.reduce((x, y) => x + y, 0) || 1;
  // The widths tableLayout.ts sized from the content; the table is laid out fixed, so every engine draws them alike.
  const cols = b.columnWidths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const head = b.headerRows.length ? `<thead>${b.headerRows.map((r) => `<tr>${r.map((c) => cell(c, 'th', 'col', w)).join('')}</tr>`).join('')}</thead>` : '';
  const cap = b.caption ? `<caption id="${safeId(b.caption.id)}">${caption(b.caption)}</caption>` : '';
  return `<table>${cap}<colgroup>${cols}</colgroup>${head}<tbody>${b.bodyRows.map((r) => bodyRow(r, w)).join('')}</tbody></table>`;
}

function block(b: Block, w: ReviewWords): string {
  switch (b.kind) {
    case 'heading': {
      const num = b.number ? `${escapeHtml(b.number)} ` : '';
      const cls = b.level === 1 && b.inToc ? ' class="chapter"' : '';
      const lang = b.lang ? ` lang="${b.lang === 'nn' ? 'nn-NO' : 'nb-NO'}"` : '';
      return `<h${b.level} id="${safeId(b.id)}"${cls}${lang}>${num}${b.runs ? inlines(b.runs, w) : escapeHtml(b.text)}</h${b.level}>`;
    }
    case 'paragraph':
      return `<p>${inlines(b.runs, w)}</p>`;
    case 'quote':
      return `<blockquote>${blocks(b.blocks, w)}</blockquote>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${blocks(item, w)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(b, w);
    case 'image': {
      const src = dataUri(b.image.mime, b.image.dataBase64);
      const size = b.image.widthPx && b.image.heightPx ? ` width="${b.image.widthPx}" height="${b.image.heightPx}"` : '';
      const img = src ? `<img src="${src}" alt="${b.decorative ? '' : escapeHtml(b.alt)}"${b.decorative ? ' role="presentation"' : ''}${size}>` : `<p><em>${escapeHtml(b.alt)}</em></p>`;
      return b.caption ? `<figure id="${safeId(b.caption.id)}">${img}<figcaption>${caption(b.caption)}</figcaption></figure>` : `<figure>${img}</figure>`;
    }
    case 'pageBreak':
      return '<div style="break-after:page;page-break-after:always"></div>';
    case 'toc':
      return toc(b, false);
  }
}

function blocks(list: Block[], w: ReviewWords): string {
  return list.map((b) => block(b, w)).join('');
}

/** Top-level blocks: a landscape table and its headings are printed on pages of their own (the named page "wide" in printCss.ts). */
function pagedBlocks(list: Block[], w: ReviewWords): string {
  return pageRuns(list)
    .map((run) => (run.orientation === 'landscape' ? `<div class="wide">${blocks(run.blocks, w)}</div>` : blocks(run.blocks, w)))
    .join('');
}

/**
 * Page numbers of the TOC entries, by heading id (the id the heading has in the HTML, which is also its PDF
 * destination). Only a paged output has them, and they are learned by printing: the document is loaded once with an
 * empty fixed-width slot per entry, printed as a layout pass, and the numbers are then added as a style sheet (see
 * tocPageNumbersCss), so the TOC keeps its length and no heading moves between the passes.
 */
export type TocPages = ReadonlyMap<string, number>;

const pageSlotId = (headingId: string): string => `pg-${safeId(headingId)}`;

function toc(b: Extract<Block, { kind: 'toc' }>, paged: boolean): string {
  const items = b.entries
    .map((e) => {
      const num = e.number ? `<span class="num">${escapeHtml(e.number)}</span>` : '';
      const page = paged ? `<span class="pg" id="${pageSlotId(e.id)}"></span>` : '';
      return `<li class="l${e.level}"><a href="#${safeId(e.id)}">${num}<span class="t">${escapeHtml(e.text)}</span>${page}</a></li>`;
    })
    .join('');
  return `<nav class="toc${paged ? ' paged' : ''}" aria-labelledby="toc-title"><p class="toc-title" id="toc-title">${escapeHtml(b.title)}</p><ol>${items}</ol></nav>`;
}

/** The style sheet that writes each page number into its TOC slot; names that are not one of our ids are skipped. */
export function tocPageNumbersCss(pages: TocPages): string {
  return [...pages]
    .filter(([id, page]) => /^[A-Za-z0-9_-]+$/.test(id) && Number.isSafeInteger(page) && page > 0)
    .map(([id, page]) => `#${pageSlotId(id)}::after{content:"${page}"}`)
    .join('');
}

function cover(model: DocModel, w: ReviewWords): string {
  const c = model.cover;
  const logo = c.logo ? dataUri(c.logo.mime, c.logo.dataBase64) : '';
  // A compare redline's cover texts as runs with their changes (the status line's bold is in its runs).
  const r = c.runs;
  const text = (plain: string, runs: Inline[] | undefined) => (runs ? inlines(runs, w) : escapeHtml(plain));
  const lines = r ? r.lines.map((l) => `<p>${inlines(l, w)}</p>`).join('') : c.lines.map((l, i) => `<p${i === 0 ? ' class="status"' : ''}>${escapeHtml(l)}</p>`).join('');
  const municipality = text(c.municipality, r?.municipality);
  const subtitle = text(c.subtitle, r?.subtitle);
  return (
    `<header class="cover">` +
    (logo && c.logo ? `<img class="logo" src="${logo}" alt="${escapeHtml(c.logo.alt)}">` : '') +
    (municipality ? `<p class="municipality">${municipality}</p>` : '') +
    `<p class="title">${text(c.title, r?.title)}</p>` +
    (subtitle ? `<p class="subtitle">${subtitle}</p>` : '') +
    `<div class="lines">${lines}</div></header>`
  );
}

function footnotes(model: DocModel, w: ReviewWords): string {
  if (!model.footnotes.length) return '';
  const items = model.footnotes.map((f) => `<li id="fn-${f.id}">${inlines(f.runs, w)} <a href="#fnref-${f.id}" aria-label="Tilbake">↩</a></li>`).join('');
  return `<section class="footnotes" aria-label="Fotnoter"><ol>${items}</ol></section>`;
}

/** pagedToc: Innhold gets a page-number slot per entry (PDF); the preview and the HTML export have no pages. */
export type HtmlOptions = { pagedToc?: boolean };

export function renderHtml(model: DocModel, options: HtmlOptions = {}): string {
  const { meta } = model;
  const color = safeTextColor(`#${meta.color}`);
  const tocBlock = model.blocks.find((b) => b.kind === 'toc');
  const rest = model.blocks.filter((b) => b.kind !== 'toc');
  const w = reviewWordsFor(meta.lang);
  const reviewCss = hasReviewContent(model) ? REVIEW_CSS : '';
  return (
    `<!DOCTYPE html><html lang="${meta.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    // No script, no remote loads: the preview and the PDF show only what is in this file.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(meta.title)}</title>` +
    (meta.author ? `<meta name="author" content="${escapeHtml(meta.author)}">` : '') +
    (meta.subject ? `<meta name="description" content="${escapeHtml(meta.subject)}">` : '') +
    `<style>${printCss({ font: meta.font, color, watermark: meta.watermark })}${reviewCss}</style></head><body>` +
    cover(model, w) +
    (tocBlock?.kind === 'toc' ? toc(tocBlock, options.pagedToc ?? false) : '') +
    `<main>${pagedBlocks(rest, w)}${footnotes(model, w)}${commentsAside(model, w)}</main></body></html>`
  );
}
