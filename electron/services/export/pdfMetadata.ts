// Names Planverk as the PDF's Creator and Producer, in the document information dictionary and in the XMP metadata
// alike (PDF/A wants the two to agree). Typst writes "Typst 0.14.2" as Creator and no Producer, and has no option
// for either. Typst writes a classic cross-reference table and uncompressed objects, so the two objects are
// rewritten in place and the offsets after them moved; a PDF of any other shape is returned unchanged.

export const PDF_CREATOR = 'Planverk';

/** A subsection of the classic xref table: object numbers first..first+count-1, entries from byte `at` on. */
type XrefSection = { first: number; count: number; at: number };
type Xref = { xrefOffset: number; tableEnd: number; sections: XrefSection[]; trailer: string };

/** Bytes per xref entry: "oooooooooo ggggg n" and a two-byte end of line (the PDF standard fixes it). */
const ENTRY = 20;
const XREF_ENTRY = /^\d{10} \d{5} [nf](?: \r| \n|\r\n)$/;

/**
 * Returns the PDF with Creator/CreatorTool and Producer set to `name`; unchanged when its structure is unfamiliar.
 * Works on the bytes: only the trailer and the two edited objects are decoded as text, and an xref entry is read or
 * rewritten in place, so a cold export does not pay for decoding, matching and re-encoding the whole file.
 */
export function withCreator(bytes: Uint8Array, name: string = PDF_CREATOR): Uint8Array {
  if (!/^[A-Za-z0-9 .-]+$/.test(name)) throw new Error('PDF creator name must be plain ASCII');
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const xref = readXref(pdf);
  if (!xref) return bytes;
  const infoNum = /\/Info\s+(\d+)\s+0\s+R/.exec(xref.trailer)?.[1];
  const rootNum = /\/Root\s+(\d+)\s+0\s+R/.exec(xref.trailer)?.[1];
  if (!infoNum || !rootNum) return bytes;
  const root = objectText(pdf, xref, Number(rootNum));
  const metaNum = root && /\/Metadata\s+(\d+)\s+0\s+R/.exec(root.text)?.[1];

  const edits: { num: number; edit: (text: string) => string | null }[] = [{ num: Number(infoNum), edit: (t) => editInfo(t, name) }];
  if (metaNum) edits.push({ num: Number(metaNum), edit: (t) => editXmp(t, name) });
  // In file order, each object replaced by its edited text; every offset after it moves by the change in length.
  const located = edits.map((e) => ({ ...e, obj: objectText(pdf, xref, e.num) })).sort((a, b) => (a.obj?.start ?? 0) - (b.obj?.start ?? 0));
  const parts: Buffer[] = [];
  const shifts: { after: number; by: number }[] = [];
  let copied = 0;
  for (const { obj, edit } of located) {
    if (!obj || obj.start < copied || obj.end > xref.xrefOffset) return bytes;
    const next = edit(obj.text);
    if (next === null) return bytes;
    parts.push(pdf.subarray(copied, obj.start), Buffer.from(next, 'latin1'));
    copied = obj.end;
    shifts.push({ after: obj.start, by: next.length - (obj.end - obj.start) });
  }
  parts.push(pdf.subarray(copied, xref.xrefOffset));
  // The table keeps its length (fixed-width entries): a copy with the moved offsets written over the old ones.
  const table = Buffer.from(pdf.subarray(xref.xrefOffset, xref.tableEnd));
  const firstMoved = Math.min(...shifts.map((s) => s.after));
  for (const { count, at } of xref.sections) {
    for (let i = 0, p = at - xref.xrefOffset; i < count; i++, p += ENTRY) {
      if (table[p + 17] !== 0x6e /* n */) continue;
      const offset = readDigits(table, p, 10);
      if (offset <= firstMoved) continue;
      const moved = offset + shifts.reduce((sum, s) => (offset > s.after ? sum + s.by : sum), 0);
      table.write(String(moved).padStart(10, '0'), p, 10, 'latin1');
    }
  }
  const tableAt = xref.xrefOffset + shifts.reduce((sum, s) => sum + s.by, 0);
  parts.push(table, Buffer.from(xref.trailer.replace(/startxref\s+\d+/, `startxref\n${tableAt}`), 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** The classic xref table: its subsections (each entry exactly ENTRY bytes), where it ends, and the trailer's text. */
function readXref(pdf: Buffer): Xref | null {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.toString('latin1', Math.max(0, pdf.length - 64)));
  if (!start) return null;
  const xrefOffset = Number(start[1]);
  if (pdf.toString('latin1', xrefOffset, xrefOffset + 4) !== 'xref') return null;
  const tableEnd = pdf.indexOf('trailer', xrefOffset, 'latin1');
  if (tableEnd < 0) return null;
  const sections: XrefSection[] = [];
  const header = /[\r\n ]*(\d+) (\d+)[ \t]*\r?\n/y;
  let at = xrefOffset + 4;
  while (at < tableEnd) {
    // A subsection's header is short; its entries follow it, and the next header follows them.
    const head = pdf.toString('latin1', at, Math.min(at + 64, tableEnd));
    header.lastIndex = 0;
    const m = header.exec(head);
    if (!m) break;
    const section = { first: Number(m[1]), count: Number(m[2]), at: at + header.lastIndex };
    const end = section.at + section.count * ENTRY;
    if (end > tableEnd || (section.count > 0 && !XREF_ENTRY.test(pdf.toString('latin1', section.at, section.at + ENTRY)))) return null;
    sections.push(section);
    at = end;
  }
  if (!sections.length || pdf.toString('latin1', at, tableEnd).trim() !== '') return null;
  return { xrefOffset, tableEnd, sections, trailer: pdf.toString('latin1', tableEnd) };
}

/** A non-negative decimal number written with exactly `width` digits at `at` (an xref entry's offset). */
function readDigits(buf: Buffer, at: number, width: number): number {
  let n = 0;
  for (let i = at; i < at + width; i++) n = n * 10 + (buf[i]! - 0x30);
  return n;
}

/** The text of object `num` from "N 0 obj" to "endobj" (inclusive), with where it starts and ends in the file. */
function objectText(pdf: Buffer, xref: Xref, num: number): { start: number; end: number; text: string } | null {
  const section = xref.sections.find((s) => num >= s.first && num < s.first + s.count);
  if (!section) return null;
  const entry = section.at + (num - section.first) * ENTRY;
  if (pdf[entry + 17] !== 0x6e /* n */) return null;
  const start = readDigits(pdf, entry, 10);
  const head = `${num} 0 obj`;
  if (pdf.toString('latin1', start, start + head.length) !== head) return null;
  const at = pdf.indexOf('endobj', start, 'latin1');
  if (at < 0) return null;
  const end = at + 'endobj'.length;
  return { start, end, text: pdf.toString('latin1', start, end) };
}

const PDF_STRING = String.raw`(?:\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)`;

function editInfo(text: string, name: string): string | null {
  const close = text.lastIndexOf('>>');
  if (close < 0) return null;
  let dict = text.slice(0, close).replace(new RegExp(String.raw`\s*/(Creator|Producer)\s*${PDF_STRING}`, 'g'), '');
  dict += `\n  /Creator (${name})\n  /Producer (${name})\n`;
  return dict + text.slice(close);
}

/** The XMP packet: CreatorTool and pdf:Producer say `name`; the stream's /Length follows the new text. */
function editXmp(text: string, name: string): string | null {
  const streamAt = text.indexOf('stream');
  const endAt = text.lastIndexOf('endstream');
  if (streamAt < 0 || endAt < 0 || /\/Filter/.test(text.slice(0, streamAt))) return null;
  const bodyStart = text.indexOf('\n', streamAt) + 1;
  let xmp = text.slice(bodyStart, endAt);
  const trailingEol = /\r?\n$/.exec(xmp)?.[0] ?? '';
  xmp = xmp.slice(0, xmp.length - trailingEol.length);
  xmp = xmp.replace(/<xmp:CreatorTool>[^<]*<\/xmp:CreatorTool>/g, '').replace(/<pdf:Producer>[^<]*<\/pdf:Producer>/g, '');
  const at = xmp.indexOf('</rdf:Description>');
  if (at < 0 || !xmp.includes('xmlns:pdf=') || !xmp.includes('xmlns:xmp=')) return null;
  xmp = `${xmp.slice(0, at)}<xmp:CreatorTool>${name}</xmp:CreatorTool><pdf:Producer>${name}</pdf:Producer>${xmp.slice(at)}`;
  const head = text.slice(0, streamAt).replace(/\/Length\s+\d+/, `/Length ${xmp.length}`);
  return `${head}${text.slice(streamAt, bodyStart)}${xmp}${trailingEol}${text.slice(endAt)}`;
}
