// What Word and LibreOffice put on the clipboard, turned into the structure a chapter holds before the sanitiser strips
// the classes and styles that carry it. Word writes a list as paragraphs (class MsoListParagraph…, style
// «mso-list:l0 level2 lfo1») that begin with a typed marker («·», «o», «1.», «a)») inside «mso-list:Ignore»; a footnote
// as a link to «#_ftn1» whose text sits at the end in «div id=ftn1». LibreOffice writes real lists but its footnotes as
// links to «#sdfootnote1sym». Lists become ul/ol with li (nested by level); footnotes become Planverk's footnote node.

import type { HtmlSanitizer } from './sanitizeHtml';

type Level = { level: number; ordered: boolean; list: Element };

const LIST_STYLE = /mso-list:\s*l(\d+)\s+level(\d+)/i;
/** «1.», «2)», «a.», «(iv)»: a numbered item; anything else («·», «o», «§», «–») is a bullet. */
const NUMBER_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$/i;
const FOOTNOTE_REF = 'a[href^="#_ftn"], a[href^="#_edn"], a[href^="#sdfootnote"], a[href^="#sdendnote"]';
/** The links back from a note to its reference («#_ftnref1», «#sdfootnote1anc»). */
const BACK_LINK = /^#(_ftnref|_ednref|sd(foot|end)note\d+anc$)/;

/** Converts Word's list paragraphs and Word's and LibreOffice's footnotes in `doc` in place. */
export function convertOfficeClipboard(doc: Document): void {
  inlineOfficeFootnotes(doc);
  for (const run of listParagraphRuns(doc)) buildLists(doc, run);
}

/** Clipboard HTML → Office structure converted → the chapter allow-list (the same path in the app and in tests). */
export function sanitizeClipboardHtml(html: string, win: { DOMParser: { new (): DOMParser } }, sanitizer: HtmlSanitizer): string {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  convertOfficeClipboard(doc);
  return sanitizer.sanitize(doc.body.innerHTML);
}

/** The marker's text without its padding: «1.», «·». */
function markerOf(p: Element): { marker: Element | null; text: string } {
  const marker = Array.from(p.querySelectorAll('span')).find((s) => /mso-list:\s*ignore/i.test(s.getAttribute('style') ?? '')) ?? null;
  if (!marker) return { marker: null, text: '' };
  // The padding is a nested span of no-break spaces; the marker is the text before it.
  const own = Array.from(marker.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('');
  return { marker, text: own.replace(/[\s\u00a0]+/g, '') };
}

function listLevel(p: Element): number | null {
  const style = p.getAttribute('style') ?? '';
  const m = LIST_STYLE.exec(style);
  if (m) return Number(m[2]);
  return /MsoListParagraph/i.test(p.getAttribute('class') ?? '') && markerOf(p).marker ? 1 : null;
}

/** Runs of Word list paragraphs that follow each other (blank text between them does not break a run). */
function listParagraphRuns(doc: Document): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  let last: Element | null = null;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (listLevel(p) === null) continue;
    if (last && nextElement(last) !== p) {
      runs.push(run);
      run = [];
    }
    run.push(p);
    last = p;
  }
  if (run.length) runs.push(run);
  return runs;
}

function nextElement(el: Element): Element | null {
  let n = el.nextSibling;
  // Word's conditional comments and line breaks between paragraphs are not content.
  while (n && (n.nodeType === 8 || (n.nodeType === 3 && !(n.textContent ?? '').trim()))) n = n.nextSibling;
  return n && n.nodeType === 1 ? (n as Element) : null;
}

function buildLists(doc: Document, run: Element[]): void {
  const stack: Level[] = [];
  let anchor: Element = run[0]!;
  for (const p of run) {
    const level = listLevel(p) ?? 1;
    const { marker, text } = markerOf(p);
    const ordered = NUMBER_MARKER.test(text);
    while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.level === level && top.ordered !== ordered) stack.pop();
    if (!stack.length || stack[stack.length - 1]!.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      const start = ordered ? startNumber(text) : 1;
      if (start > 1) list.setAttribute('start', String(start));
      const parent = stack[stack.length - 1];
      if (parent) lastItem(doc, parent.list).append(list);
      else {
        anchor.before(list);
        anchor = list;
      }
      stack.push({ level, ordered, list });
    }
    marker?.remove();
    removeConditionalComments(p);
    const item = doc.createElement('li');
    const para = doc.createElement('p');
    while (p.firstChild) para.append(p.firstChild);
    trimLeadingSpace(para);
    item.append(para);
    stack[stack.length - 1]!.list.append(item);
    p.remove();
  }
}

function startNumber(marker: string): number {
  const digits = /\d+/.exec(marker);
  return digits ? Number(digits[0]) : 1;
}

function lastItem(doc: Document, list: Element): Element {
  const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
  const last = items[items.length - 1];
  if (last) return last;
  const item = doc.createElement('li');
  list.append(item);
  return item;
}

function removeConditionalComments(el: Element): void {
  for (const n of Array.from(el.childNodes)) if (n.nodeType === 8) n.remove();
}

function trimLeadingSpace(el: Element): void {
  const first = el.firstChild;
  if (first && first.nodeType === 3) first.textContent = (first.textContent ?? '').replace(/^[\s\u00a0]+/, '');
}

/**
 * Each reference becomes `<sup data-footnote="text">` at its place and the notes at the end go. The note is the element
 * the reference points at (Word: the anchor named «_ftn1» inside «div id=ftn1»; LibreOffice: «sdfootnote1sym» inside
 * «div id=sdfootnote1»), without its back link.
 */
function inlineOfficeFootnotes(doc: Document): void {
  for (const ref of Array.from(doc.querySelectorAll(FOOTNOTE_REF))) {
    const href = ref.getAttribute('href') ?? '';
    if (!ref.isConnected || BACK_LINK.test(href)) continue;
    const target = href.slice(1);
    const back = doc.querySelector(`a[name="${cssEscape(target)}"], [id="${cssEscape(target)}"]`);
    if (!back || back === ref) continue;
    const note = back.closest('div') ?? back.closest('p');
    if (!note || note.contains(ref)) continue;
    const clone = note.cloneNode(true) as Element;
    for (const a of Array.from(clone.querySelectorAll('a'))) if ((a.getAttribute('name') ?? a.id) === target) a.remove();
    const text = (clone.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    const sup = doc.createElement('sup');
    sup.setAttribute('data-footnote', text);
    (ref.parentElement?.tagName === 'SUP' && ref.parentElement.childNodes.length === 1 ? ref.parentElement : ref).replaceWith(sup);
    note.remove();
  }
  // Word's footnote list and its separator line; LibreOffice's notes sit in divs already removed above.
  for (const list of Array.from(doc.querySelectorAll('div'))) {
    if (/mso-element:\s*(footnote|endnote)-list/i.test(list.getAttribute('style') ?? '')) list.remove();
  }
}

/** Ids and names in a selector: only the characters Word and LibreOffice use are expected, but quote them safely. */
function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
