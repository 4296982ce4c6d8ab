// Naming Planverk in a PDF works on the file's bytes and its cross-reference table: checked on hand-made PDFs whose
// edited objects sit before others (so later offsets must move), with a table in several subsections and each end of
// line the standard allows, read back with qpdf.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withCreator } from '../../../electron/services/export/pdfMetadata';

const dir = mkdtempSync(join(tmpdir(), 'planverk-pdfmeta-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const XMP = '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>Typst 0.14.2</xmp:CreatorTool></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

/** A small valid PDF: catalog, pages, page, the XMP stream and the Info dictionary in the middle, one object after them. */
function handMadePdf(eol: ' \n' | ' \r' | '\r\n', sections: number[][]): Buffer {
  const objects: Record<number, string> = {
    1: '<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R >>',
    2: '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
    3: `<< /Type /Metadata /Subtype /XML /Length ${XMP.length} >>\nstream\n${XMP}\nendstream`,
    4: '<< /Title (Plan) /Creator (Typst 0.14.2) >>',
    5: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  };
  let pdf = '%PDF-1.7\n';
  const offsets: Record<number, number> = {};
  for (const num of [1, 2, 3, 4, 5]) {
    offsets[num] = pdf.length;
    pdf += `${num} 0 obj\n${objects[num]}\nendobj\n`;
  }
  const xrefAt = pdf.length;
  pdf += 'xref\n';
  for (const nums of sections) {
    pdf += `${nums[0]} ${nums.length}\n`;
    for (const n of nums) pdf += n === 0 ? `0000000000 65535 f${eol}` : `${String(offsets[n]).padStart(10, '0')} 00000 n${eol}`;
  }
  pdf += `trailer\n<< /Size 6 /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Every in-use entry's offset, by object number, as the file's own cross-reference table gives it. */
function xrefOffsets(pdf: string): Map<number, number> {
  const at = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf)![1]);
  expect(pdf.startsWith('xref', at)).toBe(true);
  const table = pdf.slice(at + 4, pdf.indexOf('trailer', at));
  const out = new Map<number, number>();
  let num = 0;
  for (const line of table.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean)) {
    const entry = /^(\d{10}) \d{5} ([nf])$/.exec(line);
    if (!entry) {
      num = Number(line.split(' ')[0]);
      continue;
    }
    if (entry[2] === 'n') out.set(num, Number(entry[1]));
    num++;
  }
  return out;
}

describe('naming Planverk in a PDF, on its bytes', () => {
  for (const [label, eol] of [['space and line feed', ' \n'], ['space and carriage return', ' \r'], ['carriage return and line feed', '\r\n']] as const) {
    it(`moves every later object's offset and startxref, with a table in two subsections ending lines with ${label}`, () => {
      const before = handMadePdf(eol, [[0, 1, 2], [3, 4, 5]]);
      const after = Buffer.from(withCreator(new Uint8Array(before))).toString('latin1');
      expect(after).not.toBe(before.toString('latin1'));
      for (const [num, offset] of xrefOffsets(after)) expect(after.startsWith(`${num} 0 obj`, offset), `object ${num}`).toBe(true);
      expect(after).toMatch(/\/Creator \(Planverk\)\s+\/Producer \(Planverk\)/);
      expect(after).not.toContain('(Typst 0.14.2)');
      expect(after).toContain('<xmp:CreatorTool>Planverk</xmp:CreatorTool><pdf:Producer>Planverk</pdf:Producer>');
      const xmpLength = Number(/\/Length (\d+) >>\nstream\n/.exec(after)![1]);
      const xmp = after.slice(after.indexOf('stream\n') + 'stream\n'.length, after.indexOf('\nendstream'));
      expect(xmp.length).toBe(xmpLength);
      const file = join(dir, `${eol.length}-${eol.charCodeAt(0)}.pdf`);
      writeFileSync(file, after, 'latin1');
      expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    });
  }

  it('leaves a PDF unchanged when a subsection of its table is not whole 20-byte entries', () => {
    const odd = Buffer.from(handMadePdf(' \n', [[0, 1, 2, 3, 4, 5]]).toString('latin1').replace(/ 00000 n \n/, ' 00000 n\n'), 'latin1');
    const bytes = new Uint8Array(odd);
    expect(withCreator(bytes)).toBe(bytes);
  });
});
