// HTML from Word, the web or the clipboard is cut down to what a chapter can hold before Tiptap parses it:
// structure (headings, lists, tables, quotes), bold/italic/underline, links, footnotes and images by asset id.
// Fonts, colours, classes, styles, Word comments, scripts and event handlers are dropped; a span stays only as a
// passage in the other målform (lang nb/nn, the `language` mark), with that one attribute.
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { PASTE_ATTRS } from './behaviour';
import { LIVE_BLOCK_BEHAVIOUR } from './nodes/liveBlock';

const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'code', 'pre', 'hr',
  'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'img', 'sup', 'div', 'span',
];
// The attributes each node and mark asks paste to keep (its behaviour's pasteAttrs: links, table spans, list starts,
// and what Planverk's own nodes write, so copy and paste inside the editor keeps footnotes, captions, images and live
// blocks), and ProseMirror's own clipboard marker.
const ALLOWED_ATTR = [...PASTE_ATTRS, 'data-pm-slice'];
/** A div is only ever a live block: it keeps that node's attributes and nothing else. */
const DIV_ATTRS = new Set(LIVE_BLOCK_BEHAVIOUR.pasteAttrs);
/**
 * The language codes a span may carry to become a marked passage, as the mark's own code. Only Norwegian's two written
 * standards with or without the region: Word writes lang="EN-US" or "NO-BOK" on every run it copies, and that is no
 * quoted passage.
 */
const SPAN_LANG: Record<string, 'nb' | 'nn'> = { nb: 'nb', nn: 'nn', 'nb-no': 'nb', 'nn-no': 'nn' };
/** Images in imported documents arrive inline; only raster formats (an SVG could carry script into an export). */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
/** An image that is already an asset of the plan (ASSET_SRC_PREFIX + sha256). */
const ASSET_SRC = /^cid:[0-9a-f]{64}$/;
/** Word marks its comments with these classes and styles; their text must not end up in the plan. */
const WORD_COMMENT = /msocomment|mso-element:\s*comment|mso-comment/i;

/** A span with one of our language codes keeps it (as nb/nn); any other span is unwrapped, its content kept. */
function keepSpanAsLanguage(span: Element): void {
  const lang = SPAN_LANG[(span.getAttribute('lang') ?? '').trim().toLowerCase()];
  if (lang) {
    span.setAttribute('lang', lang);
    return;
  }
  span.replaceWith(...Array.from(span.childNodes));
}

export type SanitizeOptions = {
  /** Keep images given as data:image URLs (Word import turns them into assets); pasted outside images are dropped. */
  allowDataImages?: boolean;
};

export type HtmlSanitizer = {
  /** The cleaned HTML as a string (clipboard paste). */
  sanitize: (html: string, options?: SanitizeOptions) => string;
  /** Cleans an element's content where it is (an allowed element such as a div): no second parse of a large import. */
  sanitizeInPlace: (root: Element, options?: SanitizeOptions) => void;
};

/** One sanitiser per window: the browser's own, or a jsdom window in Node. */
export function createHtmlSanitizer(win: WindowLike): HtmlSanitizer {
  const purify = createDOMPurify(win);
  let allowDataImages = false;

  purify.addHook('beforeSanitizeElements', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('style') ?? ''}`;
    // Emptying the element first means its comment text is dropped with it instead of kept as loose text.
    if (WORD_COMMENT.test(marker)) el.textContent = '';
    else if (el.nodeName === 'SPAN') keepSpanAsLanguage(el);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'src') {
      const ok = ASSET_SRC.test(data.attrValue) || (allowDataImages && DATA_IMAGE.test(data.attrValue));
      if (!ok) data.keepAttr = false;
      else data.forceKeepAttr = true;
    }
    if (data.attrName === 'href' && !/^(https?:|mailto:)/i.test(data.attrValue.trim())) data.keepAttr = false;
    if (node.nodeName === 'DIV' && !DIV_ATTRS.has(data.attrName)) {
      data.keepAttr = false;
    }
    // lang only on a span (keepSpanAsLanguage has set it to the mark's code), and a span keeps nothing else.
    if ((data.attrName === 'lang') !== (node.nodeName === 'SPAN')) data.keepAttr = false;
    else if (data.attrName === 'lang') data.forceKeepAttr = true;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // An image without a usable source (a web URL, a local file, a script URL) goes; alt text alone is no figure.
    if (node.nodeName === 'IMG' && !node.getAttribute('src')) node.parentNode?.removeChild(node);
  });

  const config: Config = {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // DOMPurify checks every attribute value with this: values that name a scheme must name one of ours.
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|cid):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    // Text attributes are never URLs: "Kilde: SSB" must not be mistaken for a scheme.
    ADD_URI_SAFE_ATTR: ['data-footnote', 'data-caption', 'title'],
    KEEP_CONTENT: true,
    FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'head'],
  };

  const withOptions = <T>(options: SanitizeOptions, run: () => T): T => {
    allowDataImages = options.allowDataImages ?? false;
    try {
      return run();
    } finally {
      allowDataImages = false;
    }
  };
  return {
    sanitize: (html, options = {}) => withOptions(options, () => purify.sanitize(html, config)),
    sanitizeInPlace: (root, options = {}) => withOptions(options, () => void purify.sanitize(root, { ...config, IN_PLACE: true })),
  };
}
