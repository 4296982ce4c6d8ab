// Rewrites word/document.xml so that mammoth keeps what it would drop: deleted and moved-away text (w:del,
// w:moveFrom with w:delText) becomes ordinary runs, every w:ins/w:del/w:moveTo/w:moveFrom is framed by marker runs,
// and so is every comment's range. Paragraphs and table rows Word marks as deleted stay (their text carries the
// deletion), because a suggestion that is not yet accepted must not change the text.
import { XMLSerializer } from '@xmldom/xmldom';
import type { NoteComments } from './noteReview';
import { paragraphMarkChanges, type ParagraphMarkChanges } from './paragraphMarks';
import { markerText, NONCHARACTERS, type MarkerEdge, type MarkerKind } from './reviewMarkers';
import { parseWordXml, W16DU_NS, W_NS, wAttr, wChildren } from './safeXml';

/**
 * One w:ins or w:del element (moves count as the insertion or deletion they are); its index is its marker number.
 * `move`: the name Word gives a move (w:moveFromRangeStart/w:moveToRangeStart w:name), the same on both its halves.
 */
export type WordChange = { kind: 'ins' | 'del'; author: string; date: string | null; move: string | null };

export type MarkedDocument = {
  xml: string;
  changes: WordChange[];
  /** Word's comment id → marker number, for every comment whose range (or reference) the text holds. */
  commentMarkers: Map<string, number>;
  /** Word ids of the comments with a range of their own in the main text (commentRangeStart), not only a reference. */
  ranged: ReadonlySet<string>;
  /** Comments inside footnotes and endnotes, placed on the paragraph of the note's reference. */
  noteComments: number;
  /** Pictures inside tracked changes: a picture carries no mark, so it stays as if the change were accepted or rejected. */
  changedImages: number;
  /** Footnote and endnote references inside tracked changes: the same for a note. */
  changedNotes: number;
  /** Paragraph breaks Word changed on their own (split or joined paragraphs): suggested paragraph breaks. */
  paragraphMarks: number;
};
const NO_NOTES: NoteComments = { footnote: new Map(), endnote: new Map() };

const CHANGE_KIND: Record<string, WordChange['kind']> = { ins: 'ins', moveTo: 'ins', del: 'del', moveFrom: 'del' };
/** Runs of these never hold tracked-change content of their own: their w:ins/w:del mark the paragraph or row itself. */
const PROPERTIES = /Pr(Change)?$/;

/**
 * Whether the main part has any tracked change or comment, or a simple field (whose text mammoth drops): documents
 * without one go to mammoth untouched.
 */
export function hasReviewMarkup(xml: string): boolean {
  return /<(?:[\w.-]+:)?(?:ins|del|moveTo|moveFrom|commentRangeStart|commentReference|fldSimple)[\s/>]/.test(xml);
}

/** `fileName` names the .docx in a refusal; `notes`: the comments inside its footnotes and endnotes. */
export function markReviewXml(xml: string, fileName: string, notes: NoteComments = NO_NOTES): MarkedDocument {
  const doc = parseWordXml(xml, fileName);
  const body = wChildren(doc.documentElement, 'body')[0];
  const marked: MarkedDocument = { xml, changes: [], commentMarkers: new Map(), ranged: new Set(), noteComments: 0, changedImages: 0, changedNotes: 0, paragraphMarks: 0 };
  if (!body) return marked;
  const breaks = paragraphMarkChanges(body);
  marked.paragraphMarks = breaks.size;
  new Marker(doc, marked, notes, breaks).walk(body);
  marked.xml = new XMLSerializer().serializeToString(doc as unknown as Node);
  return marked;
}

class Marker {
  /** Comment starts met between paragraphs: they go at the start of the next paragraph. */
  private pendingStarts: Element[] = [];
  private lastParagraph: Element | null = null;
  /** How many tracked changes enclose the element being walked. */
  private changeDepth = 0;
  /** The open move ranges by Word range id → move name, for moved-away text and moved-here text apart. */
  private readonly moves = { moveFrom: new Map<string, string>(), moveTo: new Map<string, string>() };
  private readonly ranged = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly out: MarkedDocument,
    private readonly notes: NoteComments,
    private readonly breaks: ParagraphMarkChanges,
  ) {
    out.ranged = this.ranged;
    for (const start of Array.from(doc.getElementsByTagNameNS(W_NS, 'commentRangeStart'))) {
      const id = wAttr(start, 'id');
      if (id !== null) this.ranged.add(id);
    }
  }

  walk(el: Element, inParagraph = false): void {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.namespaceURI !== W_NS) {
        this.walk(c, inParagraph);
        continue;
      }
      this.visit(c, inParagraph);
    }
  }

  private visit(el: Element, inParagraph: boolean): void {
    const local = el.localName;
    const parentLocal = (el.parentNode as Element | null)?.localName ?? '';
    if (local in CHANGE_KIND) {
      if (PROPERTIES.test(parentLocal)) {
        // A deleted paragraph mark or table row: kept, or mammoth would join the paragraphs or drop the row.
        if (CHANGE_KIND[local] === 'del') el.parentNode!.removeChild(el);
        return;
      }
      this.frameChange(el, CHANGE_KIND[local]!, inParagraph);
      return;
    }
    const moveRange = /^(moveFrom|moveTo)Range(Start|End)$/.exec(local);
    if (moveRange) {
      const open = this.moves[moveRange[1] as 'moveFrom' | 'moveTo'];
      if (moveRange[2] === 'Start') open.set(wAttr(el, 'id') ?? '', wAttr(el, 'name') ?? '');
      else open.delete(wAttr(el, 'id') ?? '');
      return;
    }
    if (local === 'delText' || local === 'delInstrText') {
      this.rename(el, local === 'delText' ? 't' : 'instrText');
      return;
    }
    if (local === 't') {
      withoutNoncharacters(el);
      return;
    }
    if (local === 'commentRangeStart' || local === 'commentRangeEnd') {
      this.commentEdge(el, local === 'commentRangeStart' ? 'start' : 'end', inParagraph);
      return;
    }
    if (local === 'commentReference') {
      const id = wAttr(el, 'id') ?? '';
      if (!this.ranged.has(id)) this.commentParagraph(el, id);
      return;
    }
    if ((local === 'footnoteReference' || local === 'endnoteReference') && inParagraph) {
      const inNote = this.notes[local === 'footnoteReference' ? 'footnote' : 'endnote'].get(wAttr(el, 'id') ?? '') ?? [];
      for (const id of inNote) if (!this.ranged.has(id) && this.commentParagraph(el, id)) this.out.noteComments++;
      return;
    }
    if (local === 'fldSimple' && inParagraph) {
      this.walk(el, inParagraph);
      this.asComplexField(el);
      return;
    }
    if (local === 'p') {
      const starts = this.pendingStarts.splice(0);
      this.walk(el, true);
      // After the walk, which would take the markers' own noncharacters for the document's.
      for (const start of starts.reverse()) this.insertAtStart(el, start);
      const mark = this.breaks.get(el);
      if (mark) el.appendChild(this.markerRun('break', 'start', this.out.changes.push(this.changeOf(mark.change, mark.kind)) - 1));
      this.lastParagraph = el;
      return;
    }
    this.walk(el, inParagraph);
  }

  /** The change's content moves up in its place, between a start and an end marker. */
  private frameChange(el: Element, kind: WordChange['kind'], inParagraph: boolean): void {
    const index = this.out.changes.push(this.changeOf(el, kind)) - 1;
    if (this.changeDepth === 0) {
      // Counted once, in the outermost change (a deletion inside an insertion holds the same picture).
      this.out.changedImages += runsHolding(el, ['drawing', 'pict']);
      this.out.changedNotes += runsHolding(el, ['footnoteReference', 'endnoteReference']);
    }
    this.changeDepth++;
    this.walk(el, inParagraph);
    this.changeDepth--;
    const parent = el.parentNode!;
    const markerKind: MarkerKind = kind;
    if (inParagraph) parent.insertBefore(this.markerRun(markerKind, 'start', index), el);
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    if (inParagraph) parent.insertBefore(this.markerRun(markerKind, 'end', index), el);
    parent.removeChild(el);
  }

  private changeOf(el: Element, kind: WordChange['kind']): WordChange {
    // Word 365 writes its local clock time as w:date (labelled «Z») and the true UTC time as w16du:dateUtc.
    const date = wordDate(el.getAttributeNS(W16DU_NS, 'dateUtc')) ?? wordDate(wAttr(el, 'date'));
    return { kind, author: (wAttr(el, 'author') ?? '').trim(), date, move: this.moveName(el.localName) };
  }

  /** The name of the innermost open move range of a w:moveFrom or w:moveTo (none: a plain change, or an unnamed move). */
  private moveName(local: string): string | null {
    if (local !== 'moveFrom' && local !== 'moveTo') return null;
    const names = [...this.moves[local].values()];
    return names[names.length - 1] || null;
  }

  /**
   * A simple field (w:fldSimple: a date, a page number, a link, as Word and Google Docs write some fields) as the same
   * field in Word's complex form, which mammoth reads (its result text, a HYPERLINK as a link); it drops the simple form
   * with the text, and any tracked change in it.
   */
  private asComplexField(el: Element): void {
    const parent = el.parentNode!;
    const fieldRun = (type: string): Element => {
      const r = this.doc.createElementNS(W_NS, 'w:r');
      const c = this.doc.createElementNS(W_NS, 'w:fldChar');
      c.setAttributeNS(W_NS, 'w:fldCharType', type);
      r.appendChild(c);
      return r;
    };
    const instr = this.doc.createElementNS(W_NS, 'w:r');
    const text = this.doc.createElementNS(W_NS, 'w:instrText');
    text.appendChild(this.doc.createTextNode(wAttr(el, 'instr') ?? ''));
    instr.appendChild(text);
    for (const node of [fieldRun('begin'), instr, fieldRun('separate')]) parent.insertBefore(node, el);
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.replaceChild(fieldRun('end'), el);
  }

  private commentEdge(el: Element, edge: MarkerEdge, inParagraph: boolean): void {
    const index = this.commentIndex(wAttr(el, 'id') ?? '');
    const run = this.markerRun('comment', edge, index);
    if (inParagraph) el.parentNode!.replaceChild(run, el);
    else {
      el.parentNode!.removeChild(el);
      if (edge === 'start') this.pendingStarts.push(run);
      else if (this.lastParagraph) this.lastParagraph.appendChild(run);
    }
  }

  /**
   * A comment Word (or LibreOffice) wrote without a range, or one inside a footnote: it comments the paragraph `el`
   * (its reference, or the note's) sits in. False when the comment already has a place.
   */
  private commentParagraph(el: Element, id: string): boolean {
    if (this.out.commentMarkers.has(id)) return false;
    let p = el.parentNode as Element | null;
    while (p && !(p.namespaceURI === W_NS && p.localName === 'p')) p = p.parentNode as Element | null;
    if (!p) return false;
    const index = this.commentIndex(id);
    this.insertAtStart(p, this.markerRun('comment', 'start', index));
    p.appendChild(this.markerRun('comment', 'end', index));
    return true;
  }

  private commentIndex(id: string): number {
    let index = this.out.commentMarkers.get(id);
    if (index === undefined) {
      index = this.out.commentMarkers.size;
      this.out.commentMarkers.set(id, index);
    }
    return index;
  }

  private insertAtStart(p: Element, run: Element): void {
    const props = wChildren(p, 'pPr')[0];
    p.insertBefore(run, props ? props.nextSibling : p.firstChild);
  }

  private markerRun(kind: MarkerKind, edge: MarkerEdge, index: number): Element {
    const r = this.doc.createElementNS(W_NS, 'w:r');
    const t = this.doc.createElementNS(W_NS, 'w:t');
    t.appendChild(this.doc.createTextNode(markerText(kind, edge, index)));
    r.appendChild(t);
    return r;
  }

  private rename(el: Element, local: string): void {
    const renamed = this.doc.createElementNS(W_NS, `${el.prefix ? `${el.prefix}:` : ''}${local}`);
    for (const a of Array.from(el.attributes)) renamed.setAttributeNS(a.namespaceURI, a.name, a.value);
    while (el.firstChild) renamed.appendChild(el.firstChild);
    el.parentNode!.replaceChild(renamed, el);
    withoutNoncharacters(renamed);
  }
}

/** Runs inside `el` holding any of the elements `locals` (Word writes one picture as w:drawing and again as w:pict: one run). */
function runsHolding(el: Element, locals: readonly string[]): number {
  return Array.from(el.getElementsByTagNameNS(W_NS, 'r')).filter((r) => locals.some((local) => r.getElementsByTagNameNS(W_NS, local).length > 0)).length;
}

/** The document's own noncharacters go (they are no text anyone typed), so no text can pass for a marker. */
function withoutNoncharacters(t: Element): void {
  const text = t.textContent ?? '';
  const cleaned = text.replace(NONCHARACTERS, '');
  if (cleaned === text) return;
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(t.ownerDocument!.createTextNode(cleaned));
}

/** Word's w:date as ISO 8601 UTC (Word and LibreOffice write it with or without «Z»); null when absent or unreadable. */
export function wordDate(value: string | null): string | null {
  if (!value) return null;
  // A date alone (some tools write no time) is that day's midnight.
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const time = Date.parse(`${m[1]}${m[2] ?? 'T00:00:00'}${m[3] ?? 'Z'}`);
  if (Number.isNaN(time) || time < Date.UTC(1900, 0, 1)) return null;
  // Milliseconds only when the file has them (Planverk's own export does): they order a reply after its comment.
  const iso = new Date(time).toISOString();
  return m[2]?.includes('.') ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
}
