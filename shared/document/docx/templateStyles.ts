// The template's styles.xml merged with ours. The template's styles win for every role it defines (Normal, Title,
// Heading 1–3, Caption, a table style), renamed to the ids our document uses; our own styles stay for everything it
// lacks (the profile's fallback). What our accessibility depends on is kept whatever the template says: headings keep
// outline levels 0–2, the document language is ours, and the template's list numbering (a part we do not copy) is dropped.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { normalizeStyleName, STYLE_ROLES, TABLE_STYLE_NAMES, type StyleRole } from './wordTemplate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const OUTLINE: Partial<Record<StyleRole, number>> = { Heading1: 0, Heading2: 1, Heading3: 2 };

/** A template style that plays one of our roles: its id in the template and the name Word shows. */
export type RoleStyle = { role: StyleRole; id: string; name: string };

export function parseXml(xml: string): Document {
  const fail = (msg: string) => {
    throw new Error(`XML: ${msg}`);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(xml, 'application/xml');
}

const children = (parent: Element, local: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local);
const child = (parent: Element, local: string): Element | undefined => children(parent, local)[0];
const val = (el: Element | undefined): string => el?.getAttributeNS(W, 'val') ?? '';

type StyleEl = { el: Element; type: string; id: string; name: string; isDefault: boolean; custom: boolean };

function stylesOf(doc: Document): StyleEl[] {
  return children(doc.documentElement, 'style').map((el) => ({
    el,
    type: el.getAttributeNS(W, 'type') ?? '',
    id: el.getAttributeNS(W, 'styleId') ?? '',
    name: val(child(el, 'name')),
    isDefault: ['1', 'true', 'on'].includes(el.getAttributeNS(W, 'default') ?? ''),
    custom: ['1', 'true', 'on'].includes(el.getAttributeNS(W, 'customStyle') ?? ''),
  }));
}

function pickRoles(styles: StyleEl[]): Map<StyleRole, StyleEl> {
  const found = new Map<StyleRole, StyleEl>();
  const paragraphs = styles.filter((s) => s.type === 'paragraph');
  for (const [role, names] of Object.entries(STYLE_ROLES) as [keyof typeof STYLE_ROLES, readonly string[]][]) {
    const byName = (s: StyleEl) => (names as readonly string[]).includes(normalizeStyleName(s.name)) || (names as readonly string[]).includes(normalizeStyleName(s.id));
    // Our own id first (no rename needed), then Word's default paragraph style for Normal, then any matching name.
    const hit = paragraphs.find((s) => s.id === role) ?? (role === 'Normal' ? paragraphs.find((s) => s.isDefault) : undefined) ?? paragraphs.find(byName);
    if (hit) found.set(role, hit);
  }
  const tables = styles.filter((s) => s.type === 'table' && !s.isDefault);
  const table = tables.find((s) => s.custom) ?? tables.find((s) => TABLE_STYLE_NAMES.includes(normalizeStyleName(s.name)) || TABLE_STYLE_NAMES.includes(normalizeStyleName(s.id)));
  if (table) found.set('Table', table);
  return found;
}

/** The roles a template's styles.xml plays, for «Dokumentprofil» and for the renderer's table style. */
export function templateRoleStyles(stylesXml: string): RoleStyle[] {
  return [...pickRoles(stylesOf(parseXml(stylesXml))).entries()].map(([role, s]) => ({ role, id: role === 'Table' ? s.id : role, name: s.name || s.id }));
}

/** Template style id → the id our document uses, for the roles that are renamed. */
export type StyleRenames = Map<string, string>;

function setVal(el: Element, value: string): void {
  el.setAttributeNS(W, 'w:val', value);
}

function ensureChild(doc: Document, parent: Element, local: string, first = false): Element {
  const existing = child(parent, local);
  if (existing) return existing;
  const el = doc.createElementNS(W, `w:${local}`);
  if (first && parent.firstChild) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
  return el;
}

function removeAll(root: Element, local: string): void {
  for (const el of Array.from(root.getElementsByTagNameNS(W, local))) el.parentNode?.removeChild(el);
}

/** Renames role styles to our ids, and every reference to them inside the template's styles. */
function renameRoles(styles: StyleEl[], roles: Map<StyleRole, StyleEl>): StyleRenames {
  const renames: StyleRenames = new Map();
  for (const [role, s] of roles) if (role !== 'Table' && s.id !== role) renames.set(s.id, role);
  // A template style that already carries one of our ids but plays no role would collide: it gets a name of its own.
  const taken = new Set(renames.values());
  for (const s of styles) if (taken.has(s.id) && !renames.has(s.id)) renames.set(s.id, `Mal${s.id}`);
  for (const s of styles) {
    if (renames.has(s.id)) s.el.setAttributeNS(W, 'w:styleId', renames.get(s.id)!);
    for (const ref of ['basedOn', 'next', 'link']) {
      const el = child(s.el, ref);
      if (el && renames.has(val(el))) setVal(el, renames.get(val(el))!);
    }
  }
  return renames;
}

// Word recognises its built-in styles by these names, whatever language it shows them in.
const BUILT_IN_NAMES: Record<string, string> = { Normal: 'Normal', Title: 'Title', Heading1: 'heading 1', Heading2: 'heading 2', Heading3: 'heading 3', Caption: 'caption' };

/** A style playing one of our roles: Word's built-in name, and the outline level a heading must have. */
function fixRoleStyle(doc: Document, role: StyleRole, el: Element): void {
  const nameEl = child(el, 'name');
  if (nameEl && BUILT_IN_NAMES[role]) setVal(nameEl, BUILT_IN_NAMES[role]);
  const level = OUTLINE[role];
  if (level === undefined) return;
  const pPr = ensureChild(doc, el, 'pPr');
  setVal(ensureChild(doc, pPr, 'outlineLvl'), String(level));
}

/** Our language on the document defaults; no template style may claim another one. */
function setLanguage(doc: Document, root: Element, lang: string): void {
  removeAll(root, 'lang');
  const defaults = ensureChild(doc, root, 'docDefaults', true);
  const rPrDefault = ensureChild(doc, defaults, 'rPrDefault', true);
  const rPr = ensureChild(doc, rPrDefault, 'rPr');
  setVal(ensureChild(doc, rPr, 'lang'), lang);
}

/** styles.xml for the exported document, and the renames to apply to the template's header and footer parts. */
export function mergeStyles(ourXml: string, templateXml: string, lang: string): { xml: string; renames: StyleRenames } {
  const ours = parseXml(ourXml);
  const doc = parseXml(templateXml);
  const root = doc.documentElement;
  const styles = stylesOf(doc);
  const roles = pickRoles(styles);
  const renames = renameRoles(styles, roles);
  // Heading numbering in a template points into its numbering part, which is not copied: our numbers are in the text.
  removeAll(root, 'numPr');
  if (!child(root, 'docDefaults')) {
    const theirs = child(ours.documentElement, 'docDefaults');
    if (theirs) root.insertBefore(doc.importNode(theirs, true), root.firstChild);
  }
  const present = new Set(stylesOf(doc).map((s) => s.id));
  for (const s of stylesOf(ours)) if (!present.has(s.id)) root.appendChild(doc.importNode(s.el, true));
  // Renamed template styles and our own where the template lacks them: every heading level has its outline level.
  for (const s of stylesOf(doc)) if (s.id in BUILT_IN_NAMES) fixRoleStyle(doc, s.id as StyleRole, s.el);
  setLanguage(doc, root, lang);
  return { xml: new XMLSerializer().serializeToString(doc), renames };
}

/** The template's header or footer XML with its style references renamed like the styles. */
export function renameStyleRefs(xml: string, renames: StyleRenames): string {
  if (!renames.size) return xml;
  return xml.replace(/(<w:(?:pStyle|rStyle|tblStyle)\s+w:val=")([^"]*)(")/g, (all, start: string, id: string, end: string) => (renames.has(id) ? `${start}${renames.get(id)}${end}` : all));
}
