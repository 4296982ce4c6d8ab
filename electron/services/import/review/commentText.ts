// A Word comment's body as the plain text a Planverk comment holds: one line per paragraph, a list item marked «• »
// (the numbering itself lives in numbering.xml), and a link's address kept after its text, «tekst (https://…)», since a
// comment body has no links and the address is often the point of the comment.
import { W_NS } from './safeXml';

const R_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];
const HYPERLINK = /^\s*HYPERLINK\s+(?:\\[a-z]\s+)*"?([^"\s]+)"?/i;

/** `links`: the comments part's external relationship targets by id. */
export function commentText(paragraphs: readonly Element[], links: ReadonlyMap<string, string>): string {
  return paragraphs.map((p) => paragraphText(p, links)).join('\n').trim();
}

function paragraphText(p: Element, links: ReadonlyMap<string, string>): string {
  let text = isListItem(p) ? '• ' : '';
  // Complex fields in the comment: the instruction of each open field, and whether its result is being read.
  const fields: { instr: string; result: boolean }[] = [];
  const visit = (el: Element): void => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.namespaceURI !== W_NS) visit(c);
      else if (c.localName === 't') text += c.textContent ?? '';
      else if (c.localName === 'tab') text += '\t';
      else if (c.localName === 'br' || c.localName === 'cr') text += '\n';
      // As mammoth reads them in the document's text.
      else if (c.localName === 'noBreakHyphen') text += '\u2011';
      else if (c.localName === 'softHyphen') text += '\u00AD';
      else if (c.localName === 'instrText' && fields.length > 0) fields[fields.length - 1]!.instr += c.textContent ?? '';
      else if (c.localName === 'fldChar') fieldChar(c.getAttributeNS(W_NS, 'fldCharType'));
      else if (c.localName === 'hyperlink') {
        const before = text;
        visit(c);
        const target = relationshipId(c);
        withAddress(target ? links.get(target) : undefined, text.slice(before.length));
      } else if (c.localName !== 'delText' && c.localName !== 'pPr' && c.localName !== 'rPr') visit(c);
    }
  };
  const withAddress = (href: string | undefined, shown: string): void => {
    if (href && /^(https?|mailto):/i.test(href) && shown.trim() !== href) text += ` (${href})`;
  };
  const fieldChar = (type: string | null): void => {
    if (type === 'begin') fields.push({ instr: '', result: false });
    else if (type === 'separate' && fields.length > 0) fields[fields.length - 1]!.result = true;
    else if (type === 'end' && fields.length > 0) withAddress(HYPERLINK.exec(fields.pop()!.instr)?.[1], '');
  };
  visit(p);
  return text;
}

function isListItem(p: Element): boolean {
  for (let n = p.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W_NS && (n as Element).localName === 'pPr') {
      return (n as Element).getElementsByTagNameNS(W_NS, 'numPr').length > 0;
    }
  }
  return false;
}

function relationshipId(el: Element): string | null {
  for (const ns of R_NS) {
    const id = el.getAttributeNS(ns, 'id');
    if (id) return id;
  }
  return null;
}
