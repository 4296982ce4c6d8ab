// A municipality's Word template (.dotx/.docx) read as untrusted input: size caps before and while inflating, no DTDs
// (so no entity expansion), no macros or ActiveX, and only the parts export uses: styles, theme, and the header/footer
// parts the template's last section names, with their pictures (PNG/JPEG/GIF) and web links. A part that needs more
// (an embedded object, a picture fetched from the web, an INCLUDE or DDE field) is left out; the profile draws instead.
// What is kept is written back as a small template of its own: that is what the plan stores and what export reads,
// through this same reader, since a plan (a returned copy, a JSON file) is untrusted too.
import { zipSync, type Zippable } from 'fflate';
import { PlanverkError, type ErrorSentence } from '../../../shared/api/errors';
import { sentenceText } from '../../../shared/i18n/errorText';
import type { WordTemplateSummary } from '../../../shared/api/calls/profile';
import { parseXml, templateRoleStyles } from '../../../shared/document/docx/templateStyles';
import type { TemplatePart, TemplateRel, TemplateSlots, WordTemplate } from '../../../shared/document/docx/wordTemplate';
import { readZipEntries, listZip, ZipRefusal, type ZipLimits } from './zipEntries';

export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
const MAX_XML_BYTES = 4 * 1024 * 1024;
const MAX_MEDIA_BYTES = 2 * 1024 * 1024;
const LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: (name) => (name === 'word/document.xml' ? 16 * 1024 * 1024 : name.startsWith('word/media/') ? MAX_MEDIA_BYTES : MAX_XML_BYTES),
  maxTotalBytes: 40 * 1024 * 1024,
};

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_TYPES = ['wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'];

export function refuseTemplate(reason: ErrorSentence, detail?: string): PlanverkError {
  return new PlanverkError('INVALID_WORD_TEMPLATE', detail ?? sentenceText('nb', reason), { key: 'templateRefused', params: { reason } });
}

const ZIP_REASONS: Record<ZipRefusal['problem'], ErrorSentence> = {
  'not-zip': { key: 'template.notZip' },
  'too-many-entries': { key: 'template.tooManyParts' },
  'entry-too-large': { key: 'template.partTooLarge' },
  'total-too-large': { key: 'template.tooLarge' },
  unsupported: { key: 'template.packing' },
};

export type ReadTemplate = { template: WordTemplate; stored: Buffer; summary: Omit<WordTemplateSummary, 'name'> };

/** XML as text, refused outright when it declares a DTD: Word never writes one, and entities are how XML bombs explode. */
function xmlText(bytes: Buffer | undefined, what: string): string | null {
  if (!bytes) return null;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw refuseTemplate({ key: 'template.dtd' }, what);
  try {
    parseXml(text);
  } catch (err) {
    throw refuseTemplate({ key: 'template.xml' }, `${what}: ${(err as Error).message}`);
  }
  return text;
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const isPicture = (b: Buffer): boolean => PNG.every((x, i) => b[i] === x) || (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || b.toString('latin1', 0, 4) === 'GIF8';

/** `media/x.png` from `header1.xml`'s folder, or null when the target leaves word/. */
function resolveTarget(target: string): string | null {
  const path = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  const joined = parts.join('/');
  return joined.startsWith('word/') ? joined : null;
}

type Rel = { id: string; type: string; target: string; external: boolean };
function relsOf(xml: string | null): Rel[] {
  if (!xml) return [];
  return Array.from(parseXml(xml).getElementsByTagName('Relationship')).map((r) => ({
    id: r.getAttribute('Id') ?? '',
    type: (r.getAttribute('Type') ?? '').split('/').pop() ?? '',
    target: r.getAttribute('Target') ?? '',
    external: r.getAttribute('TargetMode') === 'External',
  }));
}

// Fields that fetch or run something outside the document.
const FETCHING_FIELD = /\b(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|DDE|DDEAUTO|LINK|IMPORT|AUTOTEXTLIST|MACROBUTTON)\b/i;

/** One header or footer part with what it refers to, or null when it needs something we do not copy. */
function readPart(path: string, files: Map<string, Buffer>): TemplatePart | null {
  const xml = xmlText(files.get(path), path);
  if (!xml) return null;
  const instructions = [...xml.matchAll(/<w:instrText\b[^>]*>([^<]*)<|w:instr="([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  // Joined, since Word may split one field code over several runs («INCLUDE» + «PICTURE»).
  if (FETCHING_FIELD.test(instructions.join(''))) return null;
  const relsPath = path.replace(/^word\/(.*)$/, 'word/_rels/$1.rels');
  const rels: TemplateRel[] = [];
  const media: Record<string, Uint8Array> = {};
  for (const r of relsOf(xmlText(files.get(relsPath), relsPath))) {
    if (r.type === 'hyperlink' && r.external && /^(https?:|mailto:)/i.test(r.target)) {
      rels.push({ id: r.id, kind: 'hyperlink', target: r.target });
      continue;
    }
    const mediaPath = r.type === 'image' && !r.external ? resolveTarget(r.target) : null;
    const bytes = mediaPath ? files.get(mediaPath) : undefined;
    if (!mediaPath || !bytes || !isPicture(bytes)) return null;
    rels.push({ id: r.id, kind: 'image', target: r.target });
    media[r.target] = new Uint8Array(bytes);
  }
  const ids = new Set(rels.map((r) => r.id));
  const refs = [...xml.matchAll(/\sr:[a-zA-Z]+="([^"]*)"/g)].map((m) => m[1]!);
  return refs.every((id) => ids.has(id)) ? { xml, rels, media } : null;
}

/** The header/footer parts the template's last section uses, by kind and slot. */
function sectionParts(documentXml: string | null, relsXml: string | null, files: Map<string, Buffer>): { headers: TemplateSlots; footers: TemplateSlots } {
  const headers: TemplateSlots = {};
  const footers: TemplateSlots = {};
  const sectPr = documentXml?.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>(?![\s\S]*<w:sectPr\b)/)?.[0] ?? '';
  const rels = relsOf(relsXml);
  const titlePage = /<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(sectPr);
  for (const m of sectPr.matchAll(/<w:(header|footer)Reference\b([^>]*)>/g)) {
    const attrs = m[2] ?? '';
    const slot = /w:type="([^"]*)"/.exec(attrs)?.[1] ?? 'default';
    const id = /r:id="([^"]*)"/.exec(attrs)?.[1];
    if ((slot !== 'default' && slot !== 'first') || (slot === 'first' && !titlePage)) continue;
    const rel = rels.find((r) => r.id === id && r.type === m[1] && !r.external);
    const path = rel ? resolveTarget(rel.target) : null;
    const part = path && /^word\/[\w.-]+\.xml$/.test(path) ? readPart(path, files) : null;
    if (part) (m[1] === 'header' ? headers : footers)[slot] = part;
  }
  return { headers, footers };
}

function checkKind(files: Map<string, Buffer>): void {
  const types = xmlText(files.get('[Content_Types].xml'), '[Content_Types].xml');
  if (!types) throw refuseTemplate(ZIP_REASONS['not-zip']);
  if (/macroEnabled|vbaProject|activeX/i.test(types)) throw refuseTemplate({ key: 'template.macros' });
  if (!MAIN_TYPES.some((t) => types.includes(t))) throw refuseTemplate({ key: 'template.notWord' });
}

/** Reads and checks a template; refuses with one sentence, or returns what export uses and the bytes to store. */
export function readWordTemplate(bytes: Buffer): ReadTemplate {
  if (bytes.length > MAX_TEMPLATE_BYTES) throw refuseTemplate({ key: 'template.fileTooLarge' });
  let files: Map<string, Buffer>;
  try {
    const names = listZip(bytes, LIMITS).map((e) => e.name);
    if (names.some((n) => /(^|\/)(vbaProject|vbaData)|activeX/i.test(n))) throw refuseTemplate({ key: 'template.macros' });
    const wanted = (n: string) => n === '[Content_Types].xml' || /^word\/(document\.xml|styles\.xml|theme\/theme1\.xml|(header|footer)\d*\.xml|_rels\/(document|header\d*|footer\d*)\.xml\.rels|media\/[^/]+)$/.test(n);
    files = readZipEntries(bytes, wanted, LIMITS);
  } catch (err) {
    if (err instanceof ZipRefusal) throw refuseTemplate(ZIP_REASONS[err.problem]);
    throw err;
  }
  checkKind(files);
  const styles = xmlText(files.get('word/styles.xml'), 'word/styles.xml');
  const themeText = xmlText(files.get('word/theme/theme1.xml'), 'word/theme/theme1.xml');
  // A theme that points at pictures would need parts we do not copy.
  const theme = themeText && !/\sr:(embed|link|id)=/.test(themeText) ? themeText : null;
  const { headers, footers } = sectionParts(xmlText(files.get('word/document.xml'), 'word/document.xml'), xmlText(files.get('word/_rels/document.xml.rels'), 'rels'), files);
  const template: WordTemplate = { styles, theme, headers, footers };
  const found = styles ? templateRoleStyles(styles) : [];
  if (!found.length && !Object.keys(headers).length && !Object.keys(footers).length) throw refuseTemplate({ key: 'template.nothingUsable' });
  const slots = (s: TemplateSlots) => (['default', 'first'] as const).filter((k) => s[k]);
  return {
    template,
    stored: storedTemplate(template),
    summary: { styles: found.map((s) => ({ role: s.role, name: s.name })), headers: slots(headers), footers: slots(footers) },
  };
}

const CT = 'application/vnd.openxmlformats-officedocument';
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** What the plan stores: a small valid .dotx holding only the parts that were kept, which readWordTemplate reads back. */
function storedTemplate(t: WordTemplate): Buffer {
  const files: Zippable = {};
  const overrides: string[] = [`<Override PartName="/word/document.xml" ContentType="${CT}.wordprocessingml.template.main+xml"/>`];
  const docRels: string[] = [];
  const refs: string[] = [];
  if (t.styles) {
    files['word/styles.xml'] = enc(t.styles);
    overrides.push(`<Override PartName="/word/styles.xml" ContentType="${CT}.wordprocessingml.styles+xml"/>`);
    docRels.push(`<Relationship Id="rIdStyles" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  }
  if (t.theme) {
    files['word/theme/theme1.xml'] = enc(t.theme);
    overrides.push(`<Override PartName="/word/theme/theme1.xml" ContentType="${CT}.theme+xml"/>`);
    docRels.push(`<Relationship Id="rIdTheme" Type="${REL_NS}/theme" Target="theme/theme1.xml"/>`);
  }
  for (const kind of ['header', 'footer'] as const) {
    const slots = kind === 'header' ? t.headers : t.footers;
    for (const slot of ['default', 'first'] as const) {
      const part = slots[slot];
      if (!part) continue;
      const name = `${kind}${slot === 'default' ? 1 : 2}.xml`;
      files[`word/${name}`] = enc(part.xml);
      overrides.push(`<Override PartName="/word/${name}" ContentType="${CT}.wordprocessingml.${kind}+xml"/>`);
      docRels.push(`<Relationship Id="rId-${kind}-${slot}" Type="${REL_NS}/${kind}" Target="${name}"/>`);
      refs.push(`<w:${kind}Reference w:type="${slot}" r:id="rId-${kind}-${slot}"/>`);
      const rels = part.rels.map((r, i) => {
        if (r.kind === 'hyperlink') return `<Relationship Id="${r.id}" Type="${REL_NS}/hyperlink" Target="${r.target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" TargetMode="External"/>`;
        const target = `media/${kind}-${slot}-${i}${/\.(png|jpe?g|gif)$/i.exec(r.target)?.[0] ?? '.png'}`;
        files[`word/${target}`] = part.media[r.target]!;
        return `<Relationship Id="${r.id}" Type="${REL_NS}/image" Target="${target}"/>`;
      });
      files[`word/_rels/${name}.rels`] = enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
    }
  }
  const titlePg = t.headers.first || t.footers.first ? '<w:titlePg/>' : '';
  files['word/document.xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${REL_NS}"><w:body><w:p/><w:sectPr>${refs.join('')}${titlePg}</w:sectPr></w:body></w:document>`,
  );
  files['word/_rels/document.xml.rels'] = enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join('')}</Relationships>`);
  files['_rels/.rels'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="jpg" ContentType="image/jpeg"/><Default Extension="gif" ContentType="image/gif"/>${overrides.join('')}</Types>`,
  );
  // A fixed time stamp: the same template gives the same bytes, so the same asset id.
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') }));
}
