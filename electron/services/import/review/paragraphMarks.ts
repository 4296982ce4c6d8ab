// Word's tracked paragraph marks (w:pPr/w:rPr/w:ins|w:del: Enter or a join with change tracking on). A break change
// that goes with the text around it needs nothing of its own: a new paragraph whose text is all inserted goes whole
// when it is rejected, a paragraph whose text is all deleted goes whole when the deletion is accepted
// (shared/editor/suggestions/wholeBlocks.ts). A break changed on its own — a paragraph split in two, two paragraphs
// joined — becomes a suggested paragraph break (shared/editor/nodes/paragraphBreak.ts): markReviewXml puts a break
// marker at the paragraph's end, reviewMarks.ts gives the paragraph its `paragraphBreak`.
import { W_NS, wChildren } from './safeXml';

/** Each paragraph whose mark Word changed on its own, with the w:ins/w:del (or move) element that changed it. */
export type ParagraphMarkChanges = Map<Element, { kind: 'ins' | 'del'; change: Element }>;

const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);

/** Reads the body before markReviewXml rewrites it. */
export function paragraphMarkChanges(body: Element): ParagraphMarkChanges {
  const out: ParagraphMarkChanges = new Map();
  for (const p of Array.from(body.getElementsByTagNameNS(W_NS, 'p'))) {
    const mark = markChange(p);
    if (!mark) continue;
    const next = nextParagraph(p);
    const changed = mark.kind === 'ins' ? INSERTED : DELETED;
    // The break goes with text that is all of the same change, in this paragraph or the next.
    if (allIn(p, changed) || (next !== null && allIn(next, changed)) || next === null || textOf(p).trim() === '') continue;
    out.set(p, mark);
  }
  return out;
}

function markChange(p: Element): { kind: 'ins' | 'del'; change: Element } | null {
  const pPr = wChildren(p, 'pPr')[0];
  const rPr = pPr ? wChildren(pPr, 'rPr')[0] : undefined;
  for (const c of rPr ? wChildren(rPr) : []) {
    if (INSERTED.has(c.localName)) return { kind: 'ins', change: c };
    if (DELETED.has(c.localName)) return { kind: 'del', change: c };
  }
  return null;
}

/** The next paragraph in the same container (a cell's last paragraph has none to join). */
function nextParagraph(p: Element): Element | null {
  for (let n = p.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.namespaceURI === W_NS && el.localName === 'p') return el;
    if (el.namespaceURI === W_NS && (el.localName === 'tbl' || el.localName === 'sectPr')) return null;
  }
  return null;
}

/** The paragraph has text and every character of it lies inside a change of `kinds`. */
function allIn(p: Element, kinds: ReadonlySet<string>): boolean {
  const texts = textElements(p).filter((t) => (t.textContent ?? '') !== '');
  return texts.length > 0 && texts.every((t) => insideChange(t, p, kinds));
}

function insideChange(el: Element, p: Element, kinds: ReadonlySet<string>): boolean {
  for (let a = el.parentNode as Element | null; a && a !== p; a = a.parentNode as Element | null) {
    if (a.namespaceURI === W_NS && kinds.has(a.localName)) return true;
  }
  return false;
}

/** The paragraph's text and deleted text, in document order. */
function textElements(p: Element): Element[] {
  return Array.from(p.getElementsByTagNameNS(W_NS, '*')).filter((el) => el.localName === 't' || el.localName === 'delText');
}

function textOf(p: Element): string {
  return textElements(p)
    .map((t) => t.textContent ?? '')
    .join('');
}
