// Dresses a packed .docx in the template: its merged styles and theme, and its header/footer parts in place of the
// placeholders the renderer wrote (one per section, so landscape sections get them too). A placeholder may carry our
// own paragraphs (the watermark), which move into the template's part.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { mergeStyles, renameStyleRefs, type StyleRenames } from './templateStyles';
import type { TemplatePart, WordTemplate } from './wordTemplate';

/** The text of a placeholder paragraph: which template part goes into this header or footer. */
export const templateMarker = (kind: 'header' | 'footer', slot: 'default' | 'first'): string => `PLANVERK-MAL:${kind}:${slot}`;

const MARKER = /PLANVERK-MAL:(header|footer):(default|first)/;
const REL_TYPES = {
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
};

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The root element's start tag and its inner XML. */
function splitRoot(xml: string, root: 'w:hdr' | 'w:ftr'): { start: string; inner: string } | null {
  const open = xml.indexOf(`<${root}`);
  const startEnd = open < 0 ? -1 : xml.indexOf('>', open);
  const close = xml.lastIndexOf(`</${root}>`);
  if (open < 0 || startEnd < 0 || close < startEnd) return null;
  return { start: xml.slice(open, startEnd + 1), inner: xml.slice(startEnd + 1, close) };
}

/** Namespace declarations of `from` that `to` lacks, added to `to` (our watermark uses VML prefixes). */
function withNamespaces(to: string, from: string): string {
  const have = new Set([...to.matchAll(/\sxmlns:([\w.-]+)=/g)].map((m) => m[1]));
  const missing = [...from.matchAll(/\sxmlns:([\w.-]+)="[^"]*"/g)].filter((m) => !have.has(m[1])).map((m) => m[0]);
  return missing.length ? to.replace(/\s*(\/?)>$/, `${missing.join('')}$1>`) : to;
}

type Dressed = { xml: string; rels: string; media: Record<string, Uint8Array> };

/** The template's part for one placeholder: its XML (with our extra paragraphs), relationships renamed apart from ours. */
function dressPart(ours: string, part: TemplatePart, kind: 'header' | 'footer', index: string, renames: StyleRenames): Dressed | null {
  const root = kind === 'header' ? 'w:hdr' : 'w:ftr';
  const mine = splitRoot(ours, root);
  const theirs = splitRoot(renameStyleRefs(part.xml, renames), root);
  if (!mine || !theirs) return null;
  // The placeholder paragraph comes first; whatever follows it (the watermark) is ours to keep.
  const extra = mine.inner.replace(/^<w:p\b[\s\S]*?<\/w:p>/, '');
  const ids = new Map(part.rels.map((r) => [r.id, `tpl${r.id}`]));
  const inner = theirs.inner.replace(/(\sr:[a-zA-Z]+=")([^"]*)(")/g, (all, a: string, id: string, b: string) => (ids.has(id) ? `${a}${ids.get(id)}${b}` : all));
  const media: Record<string, Uint8Array> = {};
  const rels = part.rels.map((r) => {
    if (r.kind === 'hyperlink') return `<Relationship Id="${ids.get(r.id)}" Type="${REL_TYPES.hyperlink}" Target="${escapeAttr(r.target)}" TargetMode="External"/>`;
    const ext = /\.(png|jpe?g|gif)$/i.exec(r.target)?.[1]?.toLowerCase() ?? 'png';
    const name = `media/mal-${kind}${index}-${r.id}.${ext}`.replace(/[^\w./-]/g, '_');
    media[`word/${name}`] = part.media[r.target]!;
    return `<Relationship Id="${ids.get(r.id)}" Type="${REL_TYPES.image}" Target="${name}"/>`;
  });
  return {
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${withNamespaces(theirs.start, mine.start)}${inner}${extra}</${root}>`,
    rels: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    media,
  };
}

export function applyTemplate(docx: Uint8Array, template: WordTemplate, lang: string): Uint8Array {
  const files: Zippable = unzipSync(docx);
  let renames: StyleRenames = new Map();
  const stylesPart = files['word/styles.xml'];
  if (template.styles && stylesPart instanceof Uint8Array) {
    const merged = mergeStyles(strFromU8(stylesPart), template.styles, lang);
    files['word/styles.xml'] = strToU8(merged.xml);
    renames = merged.renames;
  }
  if (template.theme && files['word/theme/theme1.xml']) files['word/theme/theme1.xml'] = strToU8(template.theme);
  for (const [path, data] of Object.entries(files)) {
    const m = /^word\/(header|footer)(\d+)\.xml$/.exec(path);
    if (!m || !(data instanceof Uint8Array)) continue;
    const xml = strFromU8(data);
    const marker = MARKER.exec(xml);
    if (!marker) continue;
    const kind = m[1] as 'header' | 'footer';
    const slots = kind === 'header' ? template.headers : template.footers;
    const part = slots[marker[2] as 'default' | 'first'];
    const dressed = part ? dressPart(xml, part, kind, m[2]!, renames) : null;
    if (!dressed) {
      // Never let a placeholder's text reach the reader.
      files[path] = strToU8(xml.replace(/<w:p\b(?:(?!<w:p\b)[\s\S])*?PLANVERK-MAL:[\s\S]*?<\/w:p>/, ''));
      continue;
    }
    files[path] = strToU8(dressed.xml);
    files[`word/_rels/${kind}${m[2]}.xml.rels`] = strToU8(dressed.rels);
    Object.assign(files, dressed.media);
  }
  return zipSync(files, { level: 6 });
}
