// Comments Word anchors in a header or footer. Planverk draws its own header and footer from the plan (title, version,
// page numbers), so such a comment has no text to sit on: it goes on the first chapter without a range, its quote saying
// where it was and on what («Kommentar i topptekst: Kommunedelplan helse 2025–2037»), so nobody takes it for a
// comment on the chapter's first words or on deleted text.
import type { DocxXml } from '../docxLimits';
import { parseWordXml, W_NS, wAttr } from './safeXml';

export type FramePlace = { where: 'header' | 'footer'; text: string };

const COMMENT_MARKUP = /<(?:[\w.-]+:)?(?:commentRangeStart|commentReference)[\s/>]/;
const MAX_TEXT = 200;

/** Word comment id → the header or footer it is in and the text it is on (its range, or its paragraph without one). */
export function commentsInFrames(xml: DocxXml, fileName: string): Map<string, FramePlace> {
  const out = new Map<string, FramePlace>();
  for (const where of ['header', 'footer'] as const) {
    for (const path of xml.paths.relatedAll(where)) {
      const part = xml.text(path);
      if (part && COMMENT_MARKUP.test(part)) readPart(parseWordXml(part, fileName), where, out);
    }
  }
  return out;
}

function readPart(doc: Document, where: FramePlace['where'], out: Map<string, FramePlace>): void {
  const open = new Map<string, string>();
  const ranged = new Set<string>();
  // Document order: every element of the part once (xmldom lists descendants depth first).
  for (const el of Array.from(doc.getElementsByTagNameNS(W_NS, '*'))) {
    const id = wAttr(el, 'id') ?? '';
    if (el.localName === 'commentRangeStart') {
      open.set(id, '');
      ranged.add(id);
    } else if (el.localName === 'commentRangeEnd' && open.has(id)) {
      place(out, id, where, open.get(id)!);
      open.delete(id);
    } else if (el.localName === 't') {
      for (const [openId, text] of open) open.set(openId, text + (el.textContent ?? ''));
    } else if (el.localName === 'commentReference' && !ranged.has(id)) {
      place(out, id, where, paragraphText(el));
    }
  }
  // A range that never ends runs to the end of its part.
  for (const [id, text] of open) place(out, id, where, text);
}

function place(out: Map<string, FramePlace>, id: string, where: FramePlace['where'], text: string): void {
  if (!out.has(id)) out.set(id, { where, text: text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) });
}

function paragraphText(el: Element): string {
  let p: Node | null = el.parentNode;
  while (p && !((p as Element).namespaceURI === W_NS && (p as Element).localName === 'p')) p = p.parentNode;
  if (!p) return '';
  return Array.from((p as Element).getElementsByTagNameNS(W_NS, 't'))
    .map((t) => t.textContent ?? '')
    .join('');
}
