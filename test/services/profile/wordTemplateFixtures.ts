// Word templates for the tests: a real one made by LibreOffice from a flat ODT (Heading 1 in red Georgia, a header and
// a footer with a page number), and hostile ones built byte by byte (zip bomb, billion laughs, macros, ActiveX).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export const TEMPLATE_HEADER_TEXT = 'Testkommune – kommunens brevmal';
export const TEMPLATE_FOOTER_TEXT = 'Malbunntekst side';
export const TEMPLATE_RED = 'C00000';

const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name="Georgia" svg:font-family="Georgia" style:font-family-generic="roman"/></office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"><style:text-properties style:font-name="Georgia" fo:font-size="11pt"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:color="#c00000" style:font-name="Georgia" fo:font-size="20pt" fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/><style:footer-style/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard">${TEMPLATE_HEADER_TEXT}</text:p></style:header>
   <style:footer><text:p text:style-name="Standard">${TEMPLATE_FOOTER_TEXT} <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text><text:h text:style-name="Heading_20_1" text:outline-level="1">Eksempel</text:h><text:p text:style-name="Standard">Brødtekst.</text:p></office:text></office:body>
</office:document>`;

/** Runs LibreOffice with a profile of its own (several may run at once on this machine). */
export function soffice(args: string[], outdir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args, '--outdir', outdir], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The template as LibreOffice writes it: the flat ODT converted to .docx. */
export function libreOfficeTemplate(dir: string): Buffer {
  const fodt = join(dir, 'kommunemal.fodt');
  writeFileSync(fodt, FODT);
  soffice(['--convert-to', 'docx', fodt], dir);
  return readFileSync(join(dir, 'kommunemal.docx'));
}

/** The template with some parts replaced or added (the rest as LibreOffice wrote it). */
export function alteredTemplate(template: Buffer, parts: Record<string, string | Uint8Array>): Buffer {
  const files: Zippable = unzipSync(template);
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return Buffer.from(zipSync(files));
}

/** A template whose styles.xml inflates to `bytes` of zeros; `lie` writes a small size into the ZIP's headers. */
export function zipBomb(template: Buffer, bytes: number, lie: boolean): Buffer {
  const files = unzipSync(template);
  const entries: { name: string; data: Uint8Array; size: number; method: number; raw: Uint8Array }[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (name === 'word/styles.xml') {
      const raw = deflateRawSync(Buffer.alloc(bytes, 0x20), { level: 9 });
      entries.push({ name, data, size: lie ? 1000 : bytes, method: 8, raw });
    } else entries.push({ name, data, size: data.length, method: 8, raw: deflateRawSync(data) });
  }
  return writeZip(entries);
}

/** A plain ZIP writer: sizes written as given, CRC left 0 (our reader does not need it; a bomb would not have one). */
function writeZip(entries: { name: string; size: number; method: number; raw: Uint8Array }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.raw.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.raw.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.raw));
    centrals.push(central, name);
    offset += 30 + name.length + e.raw.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** styles.xml that expands to gigabytes if a parser honours its entities. */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="&lol9;"/></w:style></w:styles>`;

export const CONTENT_TYPES_MACRO = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>`;
