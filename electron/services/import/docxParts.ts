// Where a Word package keeps its parts: named by its relationships, as Word and mammoth find them, not by fixed names
// (Word itself writes word/document.xml, but packages saved by other tools or re-saved online have word/document2.xml
// and the like; a reader that looked only at the usual name would skip the size caps and lose every tracked change).

/** The relationship types the importer reads, by their last URI segment (transitional, Strict and Microsoft URIs alike). */
export type PartType = 'officeDocument' | 'comments' | 'commentsExtended' | 'commentsIds' | 'commentsExtensible' | 'footnotes' | 'endnotes';
/** Parts a document has several of (one per section and slot: first page, even pages, default). */
export type PartsType = 'header' | 'footer';

const DEFAULT_MAIN = 'word/document.xml';
const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b([^>]*)>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export type DocxParts = {
  /** The main part's path in the zip. */
  main: string;
  /** The path of the part the main part relates to by `type`, if it has one. */
  related(type: PartType): string | null;
  /** Every part the main part relates to by `type`, in the order of its relationships. */
  relatedAll(type: PartsType): string[];
};

/**
 * Reads the package's relationship parts (`rels(path)` gives a part's text, if the zip has it). Relationship parts are
 * flat lists of attributes; read by pattern so a broken one falls back to Word's usual names instead of refusing.
 */
export function locateDocxParts(rels: (path: string) => string | undefined): DocxParts {
  const main = targetsOf(rels('_rels/.rels'), '').get('officeDocument') ?? DEFAULT_MAIN;
  const slash = main.lastIndexOf('/');
  const dir = main.slice(0, slash + 1);
  const mainRels = rels(relsPathOf(main));
  const fromMain = targetsOf(mainRels, dir);
  const fallback = (type: PartType): string | null => (main === DEFAULT_MAIN ? `word/${type}.xml` : null);
  return { main, related: (type) => fromMain.get(type) ?? fallback(type), relatedAll: (type) => allTargetsOf(mainRels, dir, type) };
}

/** Where the relationships of the part at `path` are kept (word/document.xml → word/_rels/document.xml.rels). */
export function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/** External targets (web links) of a part's relationships, by relationship id. */
export function externalTargets(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const attrs of relationships(xml)) {
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target && attrs.get('TargetMode') === 'External') out.set(id, target);
  }
  return out;
}

function relationships(xml: string | undefined): Map<string, string>[] {
  return [...(xml ?? '').matchAll(RELATIONSHIP)].map((m) => {
    const attrs = new Map<string, string>();
    for (const a of m[1]!.matchAll(ATTRIBUTE)) attrs.set(a[1]!, unescapeXml(a[2] ?? a[3] ?? ''));
    return attrs;
  });
}

/** Every internal target of one relationship type, as zip paths resolved against `dir` (each once). */
function allTargetsOf(xml: string | undefined, dir: string, type: string): string[] {
  const out = new Set<string>();
  for (const attrs of relationships(xml)) {
    const target = attrs.get('Target');
    if (!target || attrs.get('TargetMode') === 'External' || (attrs.get('Type') ?? '').split('/').pop() !== type) continue;
    const path = resolvePath(dir, target);
    if (path) out.add(path);
  }
  return [...out];
}

/** The first internal target of each relationship type, as a zip path resolved against `dir`. */
function targetsOf(xml: string | undefined, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const attrs of relationships(xml)) {
    const type = (attrs.get('Type') ?? '').split('/').pop()!;
    const target = attrs.get('Target');
    if (!target || attrs.get('TargetMode') === 'External' || out.has(type)) continue;
    const path = resolvePath(dir, target);
    if (path) out.set(type, path);
  }
  return out;
}

/** A relationship target as a zip entry name: absolute («/word/x.xml») or relative to the source's folder. */
function resolvePath(dir: string, target: string): string | null {
  const segments: string[] = [];
  for (const s of (target.startsWith('/') ? target : dir + target).split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(decodeURIComponentSafe(s));
  }
  return segments.length ? segments.join('/') : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
}
