// A template as Norwegian Word writes it (style ids «Overskrift1», «Tittel», «Bildetekst», a custom table style, a
// header with the coat of arms as a picture, a first-page footer): the DOCX renderer maps our styles onto it by name,
// keeps our accessibility guarantees, and copies its picture with the header; without a template nothing changes.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { planWordTemplate } from '../../electron/services/profile/planWordTemplate';
import { readWordTemplate } from '../../electron/services/profile/wordTemplateFile';
import { WORD_TEMPLATE_MIME } from '../../shared/domain/plan';
import { canonicalPlanJson, parsePlanJson } from '../../shared/interchange/planJson';
import { buildDocument } from '../../shared/document/builder';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { fixturePlan, makePng } from './fixtures';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const LOGO = makePng(30, 30, 5);

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr><w:rPr><w:rFonts w:ascii="Trebuchet MS" w:hAnsi="Trebuchet MS"/><w:color w:val="2E7D32"/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="Overskrift 2"/><w:basedOn w:val="Overskrift1"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Tittel"><w:name w:val="Title"/><w:rPr><w:rFonts w:ascii="Trebuchet MS" w:hAnsi="Trebuchet MS"/><w:sz w:val="56"/><w:lang w:val="en-US"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Bildetekst"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Topptekst"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="Vanligtabell"><w:name w:val="Normal Table"/></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="Kommunetabell"><w:name w:val="Kommunetabell"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:color="2E7D32"/></w:tblBorders></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:fill="C8E6C9"/></w:tcPr></w:tblStylePr></w:style>
</w:styles>`;

const HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}><w:p><w:pPr><w:pStyle w:val="Topptekst"/></w:pPr><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rId1"/></w:drawing></w:r><w:r><w:t>Grønnby kommune</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Overskrift1"/></w:pPr><w:r><w:t>Overskrift i topptekst</w:t></w:r></w:p></w:hdr>`;
const FIRST_FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}><w:p><w:r><w:t>Postadresse: Rådhuset, 9999 Grønnby</w:t></w:r></w:p></w:ftr>`;
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body><w:p><w:r><w:t>Malens brødtekst</w:t></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="first" r:id="rId11"/><w:titlePg/></w:sectPr></w:body></w:document>`;

function norwegianWordTemplate(firstFooter = FIRST_FOOTER): Buffer {
  const files = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/></Types>`,
    ),
    'word/document.xml': strToU8(DOCUMENT),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId10" Type="${REL}/header" Target="header3.xml"/><Relationship Id="rId11" Type="${REL}/footer" Target="footer2.xml"/><Relationship Id="rId12" Type="${REL}/oleObject" Target="embeddings/oleObject1.bin"/></Relationships>`,
    ),
    'word/styles.xml': strToU8(STYLES),
    'word/header3.xml': strToU8(HEADER),
    'word/_rels/header3.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/image" Target="media/image1.png"/></Relationships>`),
    'word/media/image1.png': new Uint8Array(LOGO),
    'word/footer2.xml': strToU8(firstFooter),
    'word/embeddings/oleObject1.bin': new Uint8Array([1, 2, 3]),
  };
  return Buffer.from(zipSync(files));
}

const styleXml = (styles: string, id: string): string => styles.match(new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`))?.[0] ?? '';

async function exported(withTemplate: boolean): Promise<Record<string, Uint8Array>> {
  const model = buildDocument(fixturePlan(), { part: 'plan', watermark: 'horingsutkast', watermarkPlacement: 'diagonal' });
  const template = withTemplate ? readWordTemplate(norwegianWordTemplate()).template : undefined;
  return unzipSync(await renderDocx(model, { date: new Date('2025-01-01T00:00:00Z'), ...(template ? { template } : {}) }));
}

describe('DOCX export with a Word template written by Norwegian Word', () => {
  it('finds the styles by their localized ids and names, and lists them', () => {
    const read = readWordTemplate(norwegianWordTemplate());
    expect(read.summary.styles).toEqual(
      expect.arrayContaining([
        { role: 'Heading1', name: 'heading 1' },
        { role: 'Heading2', name: 'Overskrift 2' },
        { role: 'Title', name: 'Title' },
        { role: 'Caption', name: 'caption' },
        { role: 'Table', name: 'Kommunetabell' },
      ]),
    );
    expect(read.summary.headers).toEqual(['default']);
    expect(read.summary.footers).toEqual(['first']);
  });

  it('leaves out a footer whose field fetches a picture, even when Word split the field code over two runs', () => {
    const split = FIRST_FOOTER.replace(
      '</w:p>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDEPIC</w:instrText></w:r><w:r><w:instrText>TURE "https://sporing.example/p.png" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    );
    const read = readWordTemplate(norwegianWordTemplate(split));
    expect(read.summary.footers).toEqual([]);
    expect(read.summary.headers).toEqual(['default']);
    expect(Object.values(unzipSync(read.stored)).some((part) => strFromU8(part).includes('sporing.example'))).toBe(false);
  });

  it('uses the template styles under our ids with outline levels, our language and no template list numbering', async () => {
    const files = await exported(true);
    const styles = strFromU8(files['word/styles.xml']!);
    const h1 = styleXml(styles, 'Heading1');
    expect(h1).toContain('Trebuchet MS');
    expect(h1).toContain('2E7D32');
    expect(h1).toContain('<w:outlineLvl w:val="0"/>');
    expect(h1).not.toContain('numPr');
    // Overskrift 2 was based on Overskrift1: the reference follows the rename.
    expect(styleXml(styles, 'Heading2')).toContain('<w:basedOn w:val="Heading1"/>');
    expect(styleXml(styles, 'Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(styleXml(styles, 'Title')).toContain('w:val="56"');
    expect(styleXml(styles, 'Caption')).toContain('595959');
    expect(styles).not.toMatch(/w:styleId="(Overskrift1|Tittel|Bildetekst)"/);
    expect(styles).not.toMatch(/en-(GB|US)/);
    expect(styles).toContain('<w:lang w:val="nb-NO"/>');
    // Roles the template lacks keep the profile's styles (Heading 3).
    expect(styleXml(styles, 'Heading3')).not.toBe('');
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc).toContain('<w:tblStyle w:val="Kommunetabell"/>');
    // Header rows still repeat; the template's table style draws them instead of our coloured fill.
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).not.toMatch(/<w:color w:val="FFFFFF"\/>/);
  });

  it('puts the template header (with its picture and our watermark) on every page and its first-page footer on the cover', async () => {
    const files = await exported(true);
    const names = Object.keys(files);
    const headers = names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => [n, strFromU8(files[n]!)] as const);
    const withTemplate = headers.filter(([, x]) => x.includes('Grønnby kommune'));
    expect(withTemplate.length).toBeGreaterThan(0);
    for (const [name, xml] of withTemplate) {
      expect(xml).toContain('Overskrift i topptekst');
      expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
      const embed = /r:embed="([^"]+)"/.exec(xml)?.[1];
      const rels = strFromU8(files[name.replace('word/', 'word/_rels/') + '.rels']!);
      const target = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      expect(Buffer.from(files[`word/${target}`]!).equals(LOGO)).toBe(true);
      expect(xml).toMatch(/<v:shape|<w:pict/); // the draft watermark came along
    }
    const footers = names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => strFromU8(files[n]!));
    expect(footers.filter((f) => f.includes('Postadresse')).length).toBe(1);
    // Other pages keep the profile's footer with page numbers.
    expect(footers.some((f) => f.includes('NUMPAGES'))).toBe(true);
    expect(names.some((n) => n.includes('oleObject'))).toBe(false);
    expect(strFromU8(files['word/document.xml']!)).not.toContain('Malens brødtekst');
  });

  it('without a template writes the profile\'s styles and no template parts', async () => {
    const files = await exported(false);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).not.toContain('Trebuchet');
    expect(strFromU8(files['word/document.xml']!)).not.toContain('tblStyle');
  });

  it('travels with the plan through the JSON format, and a template asset that fails the checks is ignored by export', () => {
    const stored = readWordTemplate(norwegianWordTemplate()).stored;
    const id = createHash('sha256').update(stored).digest('hex');
    const base = fixturePlan();
    const asset = { id, mime: WORD_TEMPLATE_MIME, name: 'gronnby.dotx', alt: '', decorative: false, dataBase64: stored.toString('base64') } as const;
    const plan = { ...base, plan: { ...base.plan, profileWordTemplateAssetId: id }, assets: [...base.assets, asset] };
    const parsed = parsePlanJson(canonicalPlanJson(plan));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(planWordTemplate(parsed.plan)?.headers.default?.xml).toContain('Grønnby kommune');
    // A plan (a returned copy, a JSON file) may carry anything under that mime: export reads it through the same checks.
    const bomb = { ...asset, dataBase64: alteredZip(stored, 'word/styles.xml', BILLION).toString('base64') };
    expect(planWordTemplate({ ...parsed.plan, assets: [...base.assets, bomb] })).toBeUndefined();
  });
});

const BILLION = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&b;</w:styles>';
const alteredZip = (zip: Buffer, name: string, text: string): Buffer => Buffer.from(zipSync({ ...unzipSync(zip), [name]: strToU8(text) }));
