// Word's tracked paragraph marks (w:pPr/w:rPr/w:ins|w:del: Enter or a join with change tracking on). A suggestion in
// Planverk is a mark on text, and a paragraph break carries none, so a break change becomes a suggestion only through
// the text around it: a new paragraph whose text is all inserted goes whole when it is rejected, a paragraph whose text
// is all deleted goes whole when the deletion is accepted (shared/editor/suggestions/wholeBlocks.ts). A break changed
// on its own — a paragraph split in two, two paragraphs joined — has no such text: it is imported as Word shows it
// (split; still two paragraphs) and named in a warning, so the adviser decides it by hand.
import { W_NS, wChildren } from './safeXml';

export type ParagraphMarkChanges = {
  /** The opening words of each paragraph Word proposes to split off its next one (an inserted paragraph mark). */
  splits: string[];
  /** The opening words of each paragraph Word proposes to join with its next one (a deleted paragraph mark). */
  joins: string[];
};

const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);
const WORDS = 40;

/** Reads the body before markReviewXml rewrites it. */
export function paragraphMarkChanges(body: Element): ParagraphMarkChanges {
  const out: ParagraphMarkChanges = { splits: [], joins: [] };
  for (const p of Array.from(body.getElementsByTagNameNS(W_NS, 'p'))) {
    const mark = markChange(p);
    if (!mark) continue;
    const next = nextParagraph(p);
    const changed = mark === 'ins' ? INSERTED : DELETED;
    // The break goes with text that is all of the same change, in this paragraph or the next.
    if (allIn(p, changed) || (next !== null && allIn(next, changed)) || next === null || textOf(p).trim() === '') continue;
    (mark === 'ins' ? out.splits : out.joins).push(openingWords(textOf(p)));
  }
  return out;
}

function markChange(p: Element): 'ins' | 'del' | null {
  const pPr = wChildren(p, 'pPr')[0];
  const rPr = pPr ? wChildren(pPr, 'rPr')[0] : undefined;
  for (const c of rPr ? wChildren(rPr) : []) {
    if (INSERTED.has(c.localName)) return 'ins';
    if (DELETED.has(c.localName)) return 'del';
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

function openingWords(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= WORDS ? t : `${t.slice(0, WORDS - 1).trimEnd()}…`;
}
