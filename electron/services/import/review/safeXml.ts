// The parts of a Word file read as XML by the importer itself (not by mammoth): a real parser, and no DTD ever, so
// neither entity expansion («billion laughs») nor external entities can reach it. Word never writes a DTD.
import { DOMParser } from '@xmldom/xmldom';
import { PlanverkError } from '../../../../shared/api/errors';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W15_NS = 'http://schemas.microsoft.com/office/word/2012/wordml';
export const W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W16CID_NS = 'http://schemas.microsoft.com/office/word/2016/wordml/cid';
export const W16CEX_NS = 'http://schemas.microsoft.com/office/word/2018/wordml/cex';
export const W16DU_NS = 'http://schemas.microsoft.com/office/word/2023/wordml/word16du';
/** Strict Open XML (Word's «Strict Open XML Document»): the same vocabulary under another namespace name. */
const STRICT_W_NS = /(xmlns(?::[\w.-]+)?\s*=\s*)(["'])http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main\2/g;

const DTD = /<!DOCTYPE|<!ENTITY/i;

/** Parses one part of the .docx file `name`, refusing a DTD and any XML error with one sentence naming the file. */
export function parseWordXml(xml: string, name: string): Document {
  if (DTD.test(xml)) throw refuse(name, 'docx.dtd');
  const fail = (): never => {
    throw refuse(name, 'docx.xml');
  };
  let doc: Document;
  try {
    // Strict documents read as transitional ones (mammoth reads both); the rewritten part mammoth gets is then transitional.
    const transitional = xml.replace(STRICT_W_NS, `$1$2${W_NS}$2`);
    doc = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(transitional, 'application/xml') as unknown as Document;
  } catch (err) {
    if (err instanceof PlanverkError) throw err;
    throw refuse(name, 'docx.xml');
  }
  if (!doc?.documentElement) throw refuse(name, 'docx.xml');
  return doc;
}

/** «Word-dokumentet «name» kan ikke importeres fordi …; planen er ikke endret.» */
export function refuse(name: string, what: 'docx.dtd' | 'docx.xml' | 'docx.nesting'): PlanverkError {
  return new PlanverkError('NOT_DOCX', undefined, { key: 'docxUnsafe', params: { name, what: { key: what } } });
}

/** The element children of `parent` in the Word namespace named `local` (all of them when `local` is omitted). */
export function wChildren(parent: Element, local?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W_NS && (local === undefined || (n as Element).localName === local)) out.push(n as Element);
  }
  return out;
}

export function wAttr(el: Element, local: string): string | null {
  return el.getAttributeNS(W_NS, local) || null;
}
