// Word files with tracked changes and comments as other writers and other copies have them, not as LibreOffice saves
// them: Word 365's UTC comment dates (commentsIds/commentsExtensible), a main part the package names otherwise
// (word/document2.xml), Strict Open XML, simple fields, one person under several spellings, placeholder authors and
// dates without a time. Each is written by hand in the shape its writer uses.
import { describe, expect, it } from 'vitest';
import type { PlanFile } from '../../../electron/services/store';
import { comment, del, deletedRun, heading, ins, libreOfficeNotesDocx, run, wordDocx } from '../../fixtures/docx/reviewDocx';
import { tempDir } from '../store/helpers';
import { importedComments, importedSuggestions, wordImports } from './reviewImportHelpers';

const KARI = ['Kari Nordmann', '2026-01-10T09:00:00Z'] as const;
const OLA = ['Ola Hansen', '2026-01-11T10:15:00Z'] as const;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

const { importBuffer } = wordImports('planverk-word-writers-');

const changeRows = (f: PlanFile) => importedSuggestions(f).map((s) => [s.kind, s.text, s.authorName, s.authorInitials, s.date]);
const commentRows = (f: PlanFile) => importedComments(f).map((c) => [c.authorName, c.createdAt, c.body, c.onText, c.reply]);
const commented = (id: number, text: string) => `<w:commentRangeStart w:id="${id}"/>${run(text)}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
const commentsPart = (ns: string, inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${ns}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">${inner}</w:comments>`;
const REVIEWED_BODY = heading('Innledning') + `<w:p>${run('Kommunen ')}${ins(1, ...KARI, run('skal '))}${del(2, ...OLA, deletedRun('kanskje '))}${commented(3, 'planlegge.')}</w:p>`;
const EXPECTED_CHANGES = [
  ['insertion', 'skal ', KARI[0], 'KN', KARI[1]],
  ['deletion', 'kanskje ', OLA[0], 'OH', OLA[1]],
];

describe('Word import of other copies of the package', () => {
  it('a main part the package names word/document2.xml, with its comments in a part of another name, keeps every change and comment', async () => {
    const docx = wordDocx({
      body: REVIEWED_BODY,
      mainPath: 'word/document2.xml',
      extra: [{ path: 'word/kommentarer.xml', type: `${REL}/comments`, xml: commentsPart(W_NS, comment(3, 'Per Olsen', 'PO', '2026-01-12T13:00:00Z', 'Sjekk.', '0000000A')) }],
    });
    const { result, file: f } = await importBuffer(docx);
    expect(result).toMatchObject({ suggestions: 2, comments: 1 });
    expect(changeRows(f)).toEqual(EXPECTED_CHANGES);
    expect(commentRows(f)).toEqual([['Per Olsen', '2026-01-12T13:00:00Z', 'Sjekk.', 'planlegge.', false]]);
  });

  it('a Strict Open XML document (another namespace for the same markup) keeps every change and comment', async () => {
    const docx = wordDocx({
      body: REVIEWED_BODY,
      namespace: STRICT_NS,
      extra: [{ path: 'word/comments.xml', type: 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments', xml: commentsPart(STRICT_NS, comment(3, 'Per Olsen', 'PO', '2026-01-12T13:00:00Z', 'Sjekk.', '0000000A')) }],
    });
    const { result, file: f } = await importBuffer(docx);
    expect(result).toMatchObject({ suggestions: 2, comments: 1 });
    expect(changeRows(f)).toEqual(EXPECTED_CHANGES);
    expect(commentRows(f)).toEqual([['Per Olsen', '2026-01-12T13:00:00Z', 'Sjekk.', 'planlegge.', false]]);
  });
});

describe('Word import of what Word 365 and other writers record', () => {
  it('Word 365 comment dates are taken from commentsExtensible.xml (w16cex:dateUtc), not from the local clock time comments.xml labels «Z»', async () => {
    const ids = `<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"><w16cid:commentId w16cid:paraId="0A0B0C0D" w16cid:durableId="6F1A2B3C"/><w16cid:commentId w16cid:paraId="0A0B0C0E" w16cid:durableId="6F1A2B3D"/></w16cid:commentsIds>`;
    const extensible = `<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"><w16cex:commentExtensible w16cex:durableId="6F1A2B3C" w16cex:dateUtc="2026-01-10T09:00:00Z"/><w16cex:commentExtensible w16cex:durableId="6f1a2b3d" w16cex:dateUtc="2026-01-10T10:30:00Z"/></w16cex:commentsExtensible>`;
    const docx = wordDocx({
      body: heading('K') + `<w:p>${commented(1, 'Tekst')}</w:p>`,
      // Word in Norway (UTC+1) writes its clock time: 10:00 and 11:30.
      comments: comment(1, 'Kari Nordmann', 'KN', '2026-01-10T10:00:00Z', 'Lokal tid.', '0A0B0C0D') + comment(2, 'Ola Hansen', 'OH', '2026-01-10T11:30:00Z', 'Svar.', '0A0B0C0E'),
      commentsExtended: '<w15:commentEx w15:paraId="0A0B0C0D" w15:done="0"/><w15:commentEx w15:paraId="0A0B0C0E" w15:paraIdParent="0A0B0C0D" w15:done="0"/>',
      extra: [
        { path: 'word/commentsIds.xml', type: 'http://schemas.microsoft.com/office/2016/09/relationships/commentsIds', xml: ids },
        { path: 'word/commentsExtensible.xml', type: 'http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible', xml: extensible },
      ],
    });
    const { file: f } = await importBuffer(docx);
    expect(commentRows(f)).toEqual([
      ['Kari Nordmann', '2026-01-10T09:00:00Z', 'Lokal tid.', 'Tekst', false],
      ['Ola Hansen', '2026-01-10T10:30:00Z', 'Svar.', null, true],
    ]);
  });

  it('Word 365 tracked-change dates are taken from w16du:dateUtc, not from the local clock time w:date labels «Z»', async () => {
    const W16DU = 'http://schemas.microsoft.com/office/word/2023/wordml/word16du';
    const body =
      heading('UTC') +
      `<w:p xmlns:w16du="${W16DU}"><w:ins w:id="1" w:author="Kari Nordmann" w:date="2026-06-10T11:00:00Z" w16du:dateUtc="2026-06-10T09:00:00Z">${run('ny')}</w:ins>` +
      `<w:del w:id="2" w:author="Ola Hansen" w:date="2026-06-10T12:30:00Z" w16du:dateUtc="2026-06-10T10:30:00Z">${deletedRun('gammel')}</w:del></w:p>`;
    const { file: f } = await importBuffer(wordDocx({ body }));
    expect(importedSuggestions(f).map((s) => [s.kind, s.text, s.date])).toEqual([
      ['insertion', 'ny', '2026-06-10T09:00:00Z'],
      ['deletion', 'gammel', '2026-06-10T10:30:00Z'],
    ]);
  });

  it('a tracked change inside a simple field (w:fldSimple) keeps the field’s text and the change; a HYPERLINK simple field stays a link', async () => {
    const body =
      heading('Felt') +
      `<w:p>${run('Dato: ')}<w:fldSimple w:instr=" DATE \\@ &quot;d.M.yyyy&quot; ">${ins(1, ...KARI, run('10.1.2026'))}</w:fldSimple>${run('.')}</w:p>` +
      `<w:p>${run('Se ')}<w:fldSimple w:instr=" HYPERLINK &quot;https://kommune.no/plan&quot; ">${del(2, ...OLA, deletedRun('gamle '))}${run('planen')}</w:fldSimple>${run('.')}</w:p>`;
    const { file: f } = await importBuffer(wordDocx({ body }));
    expect(changeRows(f)).toEqual([
      ['insertion', '10.1.2026', KARI[0], 'KN', KARI[1]],
      ['deletion', 'gamle ', OLA[0], 'OH', OLA[1]],
    ]);
    const paragraphs = (f.readPlan().chapters[0]!.body.content ?? []) as { content?: { text: string; marks?: { type: string; attrs?: { href?: string } }[] }[] }[];
    expect(paragraphs.map((p) => (p.content ?? []).map((t) => t.text).join(''))).toEqual(['Dato: 10.1.2026.', 'Se gamle planen.']);
    const linked = paragraphs[1]!.content!.filter((t) => t.marks?.some((m) => m.type === 'link' && m.attrs?.href === 'https://kommune.no/plan')).map((t) => t.text);
    expect(linked).toEqual(['gamle ', 'planen']);
  });

  it('Google Docs replies (comments of their own on the very same range, no commentsExtended.xml) arrive as one thread', async () => {
    const gComment = (id: number, who: string, date: string, text: string) => `<w:comment w:id="${id}" w:author="${who}" w:date="${date}" w:initials=""><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:comment>`;
    const body =
      heading('Google') +
      `<w:p>${run('Vi bør ')}<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>${run('bygge skole')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>${run(' i sentrum.')}</w:p>` +
      `<w:p><w:commentRangeStart w:id="2"/>${run('Et annet avsnitt.')}<w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r></w:p>`;
    const comments = gComment(0, 'Kari Nordmann', '2026-01-10T09:00:00Z', 'Hvor?') + gComment(1, 'Ola Hansen', '2026-01-10T10:00:00Z', 'Ved rådhuset.') + gComment(2, 'Ola Hansen', '2026-01-11T08:00:00Z', 'Egen tråd.');
    const { result, file: f } = await importBuffer(wordDocx({ body, comments }));
    expect(result.comments).toBe(3);
    expect(importedComments(f).map((c) => [c.authorName, c.authorInitials, c.body, c.onText, c.reply, c.parentBody])).toEqual([
      ['Kari Nordmann', 'KN', 'Hvor?', 'bygge skole', false, null],
      ['Ola Hansen', 'OH', 'Ved rådhuset.', null, true, 'Hvor?'],
      ['Ola Hansen', 'OH', 'Egen tråd.', 'Et annet avsnitt.', false, null],
    ]);
  });

  it('formatting-only changes (w:rPrChange, w:pPrChange) keep the text with its formatting as changed, and the import says they were accepted', async () => {
    const body =
      heading('Format') +
      `<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="1" w:author="Ola Hansen" w:date="${OLA[1]}"><w:pPr/></w:pPrChange></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="2" w:author="Ola Hansen" w:date="${OLA[1]}"><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">Fet tekst</w:t></w:r>${ins(3, ...KARI, run(' og ny'))}</w:p>` +
      `<w:p><w:r><w:rPr><w:i/><w:rPrChange w:id="4" w:author="Ola Hansen" w:date="${OLA[1]}"><w:rPr/></w:rPrChange></w:rPr><w:t>Kursiv.</w:t></w:r></w:p>`;
    const { result, file: f } = await importBuffer(wordDocx({ body }));
    expect(changeRows(f)).toEqual([['insertion', ' og ny', KARI[0], 'KN', KARI[1]]]);
    const paragraphs = (f.readPlan().chapters[0]!.body.content ?? []) as { content?: { text: string; marks?: { type: string }[] }[] }[];
    expect(paragraphs.map((p) => (p.content ?? []).map((t) => [t.text, (t.marks ?? []).map((m) => m.type).filter((m) => m === 'bold' || m === 'italic')]))).toEqual([
      [['Fet tekst', ['bold']], [' og ny', []]],
      [['Kursiv.', ['italic']]],
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual(['3 sporede formateringsendring(er) er godtatt som de står, fordi Planverk bare foreslår endringer i tekst.']);
  });

  it('a comment body of several paragraphs with a list item, a link and a HYPERLINK field keeps each line, the item mark and both addresses', async () => {
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const body = heading('Kommentar') + `<w:p>${commented(1, 'Tekst')}</w:p>`;
    const comments =
      `<w:comment w:id="1" w:author="Kari Nordmann" w:initials="KN" w:date="${KARI[1]}" xmlns:r="${R}">` +
      `<w:p><w:r><w:t>Første.</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Punkt</w:t></w:r></w:p>` +
      `<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>lenke</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://kommune.no/b" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> felt</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p></w:comment>`;
    const commentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink" Type="${R}/hyperlink" Target="https://kommune.no/a?x=1&amp;y=2" TargetMode="External"/></Relationships>`;
    const { file: f } = await importBuffer(wordDocx({ body, comments, extra: [{ path: 'word/_rels/comments.xml.rels', type: 'urn:planverk:test:unused', xml: commentRels }] }));
    expect(importedComments(f).map((c) => c.body)).toEqual(['Første.\n• Punkt\nlenke (https://kommune.no/a?x=1&y=2) felt (https://kommune.no/b).']);
  });

  it('a picture inside a tracked deletion or insertion stays in the text (a picture cannot be a suggestion) and the import says so', async () => {
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const picture = `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="Bilde 1" descr="Kart over sentrum"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rX0" xmlns:r="${REL}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    // The picture once in a deletion, once in a deletion inside an insertion (one picture there, not two).
    const body =
      heading('Bilde') +
      `<w:p>${run('Kartet: ')}${del(1, ...OLA, picture + deletedRun(' (gammelt)'))}${ins(2, ...KARI, run(' nytt kart kommer'))}</w:p>` +
      `<w:p>${ins(3, ...KARI, del(4, ...OLA, picture))}${run('Slutt.')}</w:p>`;
    const docx = wordDocx({
      body,
      extra: [{ path: 'word/media/image1.png', type: `${REL}/image`, xml: new Uint8Array(PNG) }],
      alter: (name, xml) => (name === '[Content_Types].xml' ? xml.replace('<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"') : xml),
    });
    const { result, file: f } = await importBuffer(docx);
    expect(result.images).toBe(1);
    expect(changeRows(f)).toEqual([
      ['deletion', ' (gammelt)', OLA[0], 'OH', OLA[1]],
      ['insertion', ' nytt kart kommer', KARI[0], 'KN', KARI[1]],
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual(['2 bilde(r) i sporede endringer er tatt med uten forslag, fordi et bilde ikke kan være et forslag i Planverk: et slettet bilde står fortsatt i teksten.']);
  });

  it('two comments without a range in one paragraph (LibreOffice writes those, with no commentsExtended.xml) stay two threads', async () => {
    const point = (id: number) => `<w:r><w:commentReference w:id="${id}"/></w:r>`;
    const body = heading('Punkt') + `<w:p>${run('Et avsnitt')}${point(1)}${run(' med to merknader.')}${point(2)}</w:p>`;
    const comments = comment(1, 'Kari Nordmann', 'KN', KARI[1], 'Første merknad.', '00000011') + comment(2, 'Ola Hansen', 'OH', OLA[1], 'Andre merknad.', '00000012');
    const { file: f } = await importBuffer(wordDocx({ body, comments }));
    expect(importedComments(f).map((c) => [c.body, c.onText, c.reply])).toEqual([
      ['Første merknad.', 'Et avsnitt med to merknader.', false],
      ['Andre merknad.', 'Et avsnitt med to merknader.', false],
    ]);
  });

  it('one person spelt differently (case, spaces) is one author; «Unknown Author», «Author» and an empty author are «Ukjent forfatter»', async () => {
    const at = KARI[1];
    const body =
      heading('Forfattere') +
      `<w:p>${ins(1, 'Kari Nordmann', at, run('a'))}${ins(2, 'kari nordmann', at, run('b'))}${ins(3, ' Kari  Nordmann ', at, run('c'))}${ins(4, 'Unknown Author', at, run('d'))}${ins(5, 'Author', at, run('e'))}${ins(6, '', at, run('f'))}${commented(7, 'g')}</w:p>`;
    const { file: f } = await importBuffer(wordDocx({ body, comments: comment(7, 'KARI NORDMANN', 'KaN', at, 'Min kommentar.', '0000000B') }));
    const s = importedSuggestions(f);
    expect(s.map((x) => [x.text, x.authorName, x.authorId, x.authorInitials])).toEqual([
      ['a', 'Kari Nordmann', 'docx:Kari Nordmann', 'KaN'],
      ['b', 'Kari Nordmann', 'docx:Kari Nordmann', 'KaN'],
      ['c', 'Kari Nordmann', 'docx:Kari Nordmann', 'KaN'],
      ['d', 'Ukjent forfatter', 'docx:Ukjent forfatter', 'UF'],
      ['e', 'Ukjent forfatter', 'docx:Ukjent forfatter', 'UF'],
      ['f', 'Ukjent forfatter', 'docx:Ukjent forfatter', 'UF'],
    ]);
    expect(importedComments(f).map((c) => [c.authorName, c.authorInitials])).toEqual([['Kari Nordmann', 'KaN']]);
  });

  it('dates with an offset, without a time zone, without a time, unreadable or missing: each the instant it names, else none', async () => {
    const dated = (id: number, date: string | null, text: string) => `<w:ins w:id="${id}" w:author="Kari Nordmann"${date === null ? '' : ` w:date="${date}"`}>${run(text)}</w:ins>`;
    const body =
      heading('Datoer') +
      `<w:p>${dated(1, '2026-01-10T10:00:00+01:00', 'a')}${dated(2, '2026-01-10T09:00:00', 'b')}${dated(3, '2026-01-10', 'c')}${dated(4, 'i går', 'd')}${dated(5, null, 'e')}</w:p>`;
    const { file: f } = await importBuffer(wordDocx({ body }));
    expect(importedSuggestions(f).map((s) => [s.text, s.date])).toEqual([
      ['a', '2026-01-10T09:00:00Z'],
      ['b', '2026-01-10T09:00:00Z'],
      ['c', '2026-01-10T00:00:00Z'],
      ['d', null],
      ['e', null],
    ]);
  });
});

describe('Word import of review content in footnotes', () => {
  const footnotes = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W_NS}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${inner}</w:p></w:footnote></w:footnotes>`;
  const withNote = (main: string) => heading('Noter') + `<w:p>${run('Første avsnitt.')}</w:p><w:p>${main}${run('Befolkningen vokser.')}<w:r><w:footnoteReference w:id="1"/></w:r></w:p><w:p>${run('Siste avsnitt.')}</w:p>`;
  const FOOTNOTE_PART = (inner: string) => ({ path: 'word/footnotes.xml', type: `${REL}/footnotes`, xml: footnotes(inner) });
  const NOTE_COMMENT = comment(5, 'Per Olsen', 'PO', '2026-01-12T13:00:00Z', 'Gammel kilde?', '0000000C');

  it('a comment inside a footnote is placed on the paragraph where the footnote stands, with a warning, even when the main text has no other review markup', async () => {
    const docx = wordDocx({ body: withNote(''), comments: NOTE_COMMENT, extra: [FOOTNOTE_PART(`<w:commentRangeStart w:id="5"/>${run(' Kilde: SSB.')}<w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r>`)] });
    const { result, file: f } = await importBuffer(docx);
    expect(result.comments).toBe(1);
    expect(commentRows(f)).toEqual([['Per Olsen', '2026-01-12T13:00:00Z', 'Gammel kilde?', 'Befolkningen vokser.', false]]);
    expect(result.warnings.map((w) => w.message)).toEqual(['1 kommentar(er) i fotnoter er lagt på avsnittet der fotnoten står, fordi en fotnote i Planverk ikke kan ha kommentarer.']);
  });

  it('a LibreOffice DOCX with a tracked insertion in a footnote and a tracked formatting change: the text whole, both named in warnings', async () => {
    const dir = tempDir('planverk-lo-notes-');
    try {
      const { result, file: f } = await importBuffer(libreOfficeNotesDocx(dir.dir));
      expect(changeRows(f)).toEqual([]);
      const text = JSON.stringify(f.readPlan().chapters[0]!.body);
      expect(text).toContain('"text":"Kilde: SSB 2024."');
      expect(text).toContain('Formatert tekst.');
      expect(result.warnings.map((w) => w.message)).toEqual([
        'Sporede endringer i fotnoter er godtatt, fordi en fotnote i Planverk ikke kan ha forslag.',
        '1 sporede formateringsendring(er) er godtatt som de står, fordi Planverk bare foreslår endringer i tekst.',
      ]);
    } finally {
      dir.cleanup();
    }
  }, 120_000);

  it('a footnote whose reference sits in a tracked deletion stays in the text (a footnote cannot be a suggestion) and the import says so', async () => {
    const body = heading('Noter') + `<w:p>${run('Beholdt. ')}${del(1, ...OLA, deletedRun('Slettet setning.') + '<w:r><w:footnoteReference w:id="1"/></w:r>')}</w:p>`;
    const { result, file: f } = await importBuffer(wordDocx({ body, extra: [FOOTNOTE_PART(run(' Kilde: SSB.'))] }));
    expect(result.footnotes).toBe(1);
    expect(changeRows(f)).toEqual([['deletion', 'Slettet setning.', OLA[0], 'OH', OLA[1]]]);
    expect(result.warnings.map((w) => w.message)).toEqual(['1 fotnote(r) i sporede endringer er tatt med uten forslag, fordi en fotnote ikke kan være et forslag i Planverk: en slettet fotnote står fortsatt i teksten.']);
  });

  it('tracked changes inside a footnote read as accepted and the import says so; the main text keeps its own changes', async () => {
    const docx = wordDocx({ body: withNote(ins(1, ...KARI, run('Ja: '))), extra: [FOOTNOTE_PART(`${run(' Kilde: SSB')}${ins(2, ...KARI, run(' 2024'))}${del(3, ...OLA, deletedRun(' 2023'))}${run('.')}`)] });
    const { result, file: f } = await importBuffer(docx);
    expect(changeRows(f)).toEqual([['insertion', 'Ja: ', KARI[0], 'KN', KARI[1]]]);
    expect(JSON.stringify(f.readPlan().chapters[0]!.body)).toContain('"text":"Kilde: SSB 2024."');
    expect(result.warnings.map((w) => w.message)).toEqual(['Sporede endringer i fotnoter er godtatt, fordi en fotnote i Planverk ikke kan ha forslag.']);
  });
});

describe('Word import of broken comment markup', () => {
  it('a comment id used twice, a reference to no comment, a range that ends before it starts and one that never ends: every comment arrives, the text is whole', async () => {
    const body =
      heading('Ødelagt') +
      `<w:p><w:commentRangeEnd w:id="3"/>${run('A')}<w:commentRangeStart w:id="3"/>${run('B')}${commented(1, 'C')}<w:r><w:commentReference w:id="99"/></w:r><w:commentRangeStart w:id="4"/></w:p><w:p>${run('D')}</w:p>`;
    const comments = comment(1, 'Kari Nordmann', 'KN', KARI[1], 'Første.', '0000000D') + comment(1, 'Ola Hansen', 'OH', OLA[1], 'Samme id.', '0000000E') + comment(3, 'Ola Hansen', 'OH', OLA[1], 'Baklengs.', '0000000F') + comment(4, 'Ola Hansen', 'OH', OLA[1], 'Uten slutt.', '00000010');
    const { result, file: f } = await importBuffer(wordDocx({ body, comments }));
    expect(result.comments).toBe(4);
    expect(JSON.stringify(f.readPlan().chapters[0]!.body).match(/"text":"([^"]*)"/g)).toEqual(['"text":"ABC"', '"text":"D"']);
    expect(importedComments(f).map((c) => [c.body, c.onText])).toEqual([
      ['Første.', 'C'],
      ['Samme id.', 'C'],
      ['Baklengs.', 'BC\nD'],
      ['Uten slutt.', 'D'],
    ]);
  });
});
