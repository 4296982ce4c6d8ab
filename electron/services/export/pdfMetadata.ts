// Names Planverk as the PDF's Creator and Producer, in the document information dictionary and in the XMP metadata
// alike (PDF/A wants the two to agree). Typst writes "Typst 0.14.2" as Creator and no Producer, and has no option
// for either. Typst writes a classic cross-reference table and uncompressed objects, so the two objects are
// rewritten in place and the offsets after them moved; a PDF of any other shape is returned unchanged.

export const PDF_CREATOR = 'Planverk';

type XrefEntry = { at: number; offset: number };

/** Returns the PDF with Creator/CreatorTool and Producer set to `name`; unchanged when its structure is unfamiliar. */
export function withCreator(bytes: Uint8Array, name: string = PDF_CREATOR): Uint8Array {
  if (!/^[A-Za-z0-9 .-]+$/.test(name)) throw new Error('PDF creator name must be plain ASCII');
  let pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const xref = readXref(pdf);
  if (!xref) return bytes;
  const trailer = pdf.slice(xref.tableEnd);
  const infoNum = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  const rootNum = /\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  if (!infoNum || !rootNum) return bytes;
  const root = objectText(pdf, xref.entries, Number(rootNum));
  const metaNum = root && /\/Metadata\s+(\d+)\s+0\s+R/.exec(root.text)?.[1];

  const edits: { num: number; edit: (text: string) => string | null }[] = [{ num: Number(infoNum), edit: (t) => editInfo(t, name) }];
  if (metaNum) edits.push({ num: Number(metaNum), edit: (t) => editXmp(t, name) });
  // Later objects first, so the offsets of the earlier ones stay valid while editing.
  const located = edits.map((e) => ({ ...e, obj: objectText(pdf, xref.entries, e.num) })).sort((a, b) => (b.obj?.start ?? 0) - (a.obj?.start ?? 0));
  let delta = 0;
  for (const { obj, edit } of located) {
    if (!obj) return bytes;
    const next = edit(obj.text);
    if (next === null) return bytes;
    pdf = pdf.slice(0, obj.start) + next + pdf.slice(obj.start + obj.text.length);
    const shift = next.length - obj.text.length;
    for (const e of xref.entries.values()) if (e.offset > obj.start) e.offset += shift;
    delta += shift;
  }
  // Rewrite the table (fixed 20-byte entries, so it keeps its length) in one pass, and the startxref value.
  const tableStart = xref.tableStart + delta;
  const byPosition = new Map([...xref.entries.values()].map((e) => [e.at - xref.tableStart, e.offset]));
  const table = pdf.slice(tableStart, xref.tableEnd + delta).replace(/\d{10}(?= \d{5} n)/g, (old, at: number) => {
    const offset = byPosition.get(at);
    return offset === undefined ? old : String(offset).padStart(10, '0');
  });
  const tail = pdf.slice(xref.tableEnd + delta).replace(/startxref\s+\d+/, `startxref\n${xref.xrefOffset + delta}`);
  pdf = pdf.slice(0, tableStart) + table + tail;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** The classic xref table: where it is, and each in-use entry's position in the file and the offset it holds. */
function readXref(pdf: string): { xrefOffset: number; tableStart: number; tableEnd: number; entries: Map<number, XrefEntry> } | null {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.slice(-64));
  if (!start) return null;
  const xrefOffset = Number(start[1]);
  if (!pdf.startsWith('xref', xrefOffset)) return null;
  const tableEnd = pdf.indexOf('trailer', xrefOffset);
  if (tableEnd < 0) return null;
  const entries = new Map<number, XrefEntry>();
  const line = /(\d+) (\d+)[ \t]*\r?\n|(\d{10}) (\d{5}) ([nf])[ \r\n]{1,2}/y;
  line.lastIndex = xrefOffset + 4;
  while (pdf[line.lastIndex] === '\n' || pdf[line.lastIndex] === '\r' || pdf[line.lastIndex] === ' ') line.lastIndex++;
  let num = 0;
  for (let m = line.exec(pdf); m && line.lastIndex <= tableEnd; m = line.exec(pdf)) {
    if (m[1] !== undefined) num = Number(m[1]);
    else {
      if (m[5] === 'n') entries.set(num, { at: m.index, offset: Number(m[3]) });
      num++;
    }
  }
  return entries.size ? { xrefOffset, tableStart: xrefOffset, tableEnd, entries } : null;
}

/** The text of object `num` from "N 0 obj" to "endobj" (inclusive). */
function objectText(pdf: string, entries: Map<number, XrefEntry>, num: number): { start: number; text: string } | null {
  const entry = entries.get(num);
  if (!entry || !pdf.startsWith(`${num} 0 obj`, entry.offset)) return null;
  const end = pdf.indexOf('endobj', entry.offset);
  return end < 0 ? null : { start: entry.offset, text: pdf.slice(entry.offset, end + 'endobj'.length) };
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
