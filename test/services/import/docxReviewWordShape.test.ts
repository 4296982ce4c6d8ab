// Word's own shape of tracked changes and comments, written by hand: changes nested in changes and in links, moves,
// deleted paragraph marks and table rows, comment ranges over paragraphs and between them, replies and resolved
// threads from commentsExtended.xml, another namespace prefix; and hostile parts refused with one sentence.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanverkError } from '../../../shared/api/errors';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import { createPlanFile, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { importDocxFile } from '../../../electron/services/import/importDocx';
import { comment, del, deletedRun, heading, ins, moved, run, wordDocx } from '../../fixtures/docx/reviewDocx';
import { sha256File } from '../store/helpers';
import { Node as PmNode } from '@tiptap/pm/model';
import { planSchema } from '../../../shared/editor';
import { listSuggestions } from '../../../shared/editor/suggestions';
import { decidedBlocks, importedComments, importedSuggestions, wordImports } from './reviewImportHelpers';

const KARI = ['Kari Nordmann', '2026-01-10T09:00:00Z'] as const;
const OLA = ['Ola Hansen', '2026-01-11T10:15:00Z'] as const;
const PER = ['Per Olsen', '2026-01-12T13:00:00Z'] as const;

const CHANGES_BODY = [
  heading('Innledning'),
  `<w:p>${run('Kommunen ')}${ins(1, ...KARI, run('skal ') + del(2, ...OLA, deletedRun('kanskje ')))}${run('planlegge.')}</w:p>`,
  `<w:p>${run('Se ')}<w:hyperlink w:anchor="kilde">${ins(3, ...OLA, run('lenketeksten'))}</w:hyperlink>${run('.')}</w:p>`,
  `<w:p><w:moveFrom w:id="4" w:author="${PER[0]}" w:date="${PER[1]}"><w:r><w:t xml:space="preserve">Flyttet setning. </w:t></w:r></w:moveFrom>${run('Rest.')}</w:p>`,
  `<w:p>${run('Før. ')}<w:moveTo w:id="5" w:author="${PER[0]}" w:date="${PER[1]}">${run('Flyttet setning.')}</w:moveTo></w:p>`,
  `<w:p><w:pPr><w:rPr><w:del w:id="6" w:author="${OLA[0]}" w:date="${OLA[1]}"/></w:rPr></w:pPr>${del(7, ...OLA, deletedRun('Slettet avsnitt.'))}</w:p>`,
  `<w:p>${run('Neste avsnitt.')}</w:p>`,
  `<w:tbl><w:tr><w:tc><w:p>${run('Celle')}</w:p></w:tc></w:tr><w:tr><w:trPr><w:del w:id="8" w:author="${KARI[0]}" w:date="${KARI[1]}"/></w:trPr><w:tc><w:p>${del(9, ...KARI, deletedRun('Slettet rad'))}</w:p></w:tc></w:tr></w:tbl>`,
].join('');

const COMMENTS_BODY = [
  heading('Kommentert'),
  `<w:p>${run('Før ')}<w:commentRangeStart w:id="10"/>${run('første avsnitt.')}</w:p>`,
  `<w:p>${run('Andre')}<w:commentRangeEnd w:id="10"/><w:r><w:commentReference w:id="10"/></w:r>${run(' avsnitt.')}</w:p>`,
  `<w:commentRangeStart w:id="12"/><w:p>${run('Et avsnitt mellom markeringene.')}</w:p><w:commentRangeEnd w:id="12"/>`,
  `<w:p>${run('Slutt.')}<w:r><w:commentReference w:id="12"/></w:r></w:p>`,
].join('');
const COMMENTS = [
  comment(10, 'Per Olsen', 'PO', '2026-01-12T13:00:00Z', 'Over to avsnitt.', '1A2B3C4D'),
  comment(11, 'Kari Nordmann', 'KN', '2026-01-13T08:00:00Z', 'Enig, rettet.', '1A2B3C4E'),
  comment(12, 'Ola Hansen', '', '2026-01-14T08:00:00Z', 'Hele avsnittet.', '1A2B3C4F'),
].join('');
const EXTENDED = `<w15:commentEx w15:paraId="1A2B3C4D" w15:done="1"/><w15:commentEx w15:paraId="1A2B3C4E" w15:paraIdParent="1A2B3C4D" w15:done="1"/><w15:commentEx w15:paraId="1A2B3C4F" w15:done="0"/>`;

const { importBuffer, folder } = wordImports('planverk-word-shape-');

const changeRows = (f: PlanFile) => importedSuggestions(f).map((s) => [s.kind, s.text, s.authorName, s.date]);

describe('Word import of Word-shaped tracked changes', () => {
  it('a deletion nested in an insertion, an insertion inside a link and moves arrive as suggestions with their authors', async () => {
    const { result, file: f } = await importBuffer(wordDocx({ body: CHANGES_BODY }));
    expect(result.suggestions).toBe(7);
    expect(changeRows(f)).toEqual([
      ['insertion', 'skal kanskje ', KARI[0], KARI[1]],
      ['deletion', 'kanskje ', OLA[0], OLA[1]],
      ['insertion', 'lenketeksten', OLA[0], OLA[1]],
      ['deletion', 'Flyttet setning. ', PER[0], PER[1]],
      ['insertion', 'Flyttet setning.', PER[0], PER[1]],
      ['deletion', 'Slettet avsnitt.', OLA[0], OLA[1]],
      ['deletion', 'Slettet rad', KARI[0], KARI[1]],
    ]);
  });

  it('a paragraph or table row Word marks as deleted stays, its text carrying the deletion', async () => {
    const { file: f } = await importBuffer(wordDocx({ body: CHANGES_BODY }));
    const body = f.readPlan().chapters[0]!.body as { content: { type: string; content?: unknown[] }[] };
    const blocks = body.content.map((b) => [b.type, JSON.stringify(b).match(/"text":"([^"]*)"/g)?.map((t) => t.slice(8, -1)).join('')]);
    expect(blocks).toContainEqual(['paragraph', 'Slettet avsnitt.']);
    expect(blocks).toContainEqual(['paragraph', 'Neste avsnitt.']);
    const table = body.content.find((b) => b.type === 'table')!;
    expect(table.content).toHaveLength(2);
  });

  it('a change in a heading is accepted in the chapter title and named in a warning', async () => {
    const title = `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Mål ')}${del(1, ...OLA, deletedRun('og visjon'))}${ins(2, ...KARI, run('for planen'))}</w:p>`;
    const { result, file: f } = await importBuffer(wordDocx({ body: `${title}<w:p>${run('Tekst.')}</w:p>` }));
    expect(f.readPlan().chapters.map((c) => c.title)).toEqual(['Mål for planen']);
    expect(result.warnings.map((w) => w.message)).toEqual(['Sporede endringer i 1 overskrift(er) er godtatt, fordi et kapittelnavn ikke kan ha forslag: «Mål for planen».']);
    expect(result.suggestions).toBe(0);
  });

  it('a heading Word marks as deleted whole keeps its text as the chapter name (not «Uten tittel») and is named in a warning', async () => {
    const deletedHeading = `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:del w:id="1" w:author="${OLA[0]}" w:date="${OLA[1]}"/></w:rPr></w:pPr>${del(2, ...OLA, deletedRun('Gammelt kapittel'))}</w:p>`;
    const { result, file: f } = await importBuffer(wordDocx({ body: `${heading('Første')}<w:p>${run('Tekst.')}</w:p>${deletedHeading}<w:p>${run('Mer tekst.')}</w:p>` }));
    expect(f.readPlan().chapters.map((c) => c.title)).toEqual(['Første', 'Gammelt kapittel']);
    expect(result.warnings.map((w) => w.message)).toEqual(['1 overskrift(er) er slettet som sporet endring i Word; kapitlene er beholdt med navnet, så du kan slette dem selv: «Gammelt kapittel».']);
  });

  it('the same document with another namespace prefix than «w» imports the same (a real XML parser, not text matching)', async () => {
    const { file: f } = await importBuffer(wordDocx({ body: CHANGES_BODY, prefix: 'ns0' }));
    expect(changeRows(f)).toHaveLength(7);
    expect(changeRows(f)[0]).toEqual(['insertion', 'skal kanskje ', KARI[0], KARI[1]]);
  });

  it('text in the document that looks like the importer’s own markers is not taken for a change', async () => {
    const forged = `<w:p>${run('A\uFDD0d0\uFDD1B')}${ins(1, ...KARI, run('C'))}${run('D\uFDD0D0\uFDD1E')}</w:p>`;
    const { file: f } = await importBuffer(wordDocx({ body: heading('Falsk') + forged }));
    expect(changeRows(f)).toEqual([['insertion', 'C', KARI[0], KARI[1]]]);
    // The noncharacters go (nobody typed them); the rest of the text stays.
    expect(JSON.stringify(f.readPlan().chapters)).toContain('"Ad0B"');
    expect(JSON.stringify(f.readPlan().chapters)).toContain('"DD0E"');
  });
});

describe('Word import of Word-shaped comments', () => {
  it('a range over two paragraphs, a range starting between paragraphs, a reply and a resolved thread (commentsExtended.xml)', async () => {
    const { result, file: f } = await importBuffer(wordDocx({ body: COMMENTS_BODY, comments: COMMENTS, commentsExtended: EXTENDED }));
    expect(result.comments).toBe(3);
    const rows = importedComments(f).map((c) => [c.authorName, c.authorInitials, c.createdAt, c.body, c.onText, c.reply, c.parentBody, c.resolved]);
    expect(rows).toEqual([
      ['Per Olsen', 'PO', '2026-01-12T13:00:00Z', 'Over to avsnitt.', 'første avsnitt.\nAndre', false, null, true],
      ['Kari Nordmann', 'KN', '2026-01-13T08:00:00Z', 'Enig, rettet.', null, true, 'Over to avsnitt.', false],
      ['Ola Hansen', 'OH', '2026-01-14T08:00:00Z', 'Hele avsnittet.', 'Et avsnitt mellom markeringene.', false, null, false],
    ]);
  });

  it('a comment with no date gets the time of the import, one with no author «Ukjent forfatter»', async () => {
    const comments = `<w:comment w:id="1"><w:p><w:r><w:t>Uten alt.</w:t></w:r></w:p></w:comment>`;
    const body = heading('K') + `<w:p><w:commentRangeStart w:id="1"/>${run('Tekst')}<w:commentRangeEnd w:id="1"/></w:p>`;
    const { file: f } = await importBuffer(wordDocx({ body, comments }));
    expect(importedComments(f).map((c) => [c.authorName, c.authorInitials, c.createdAt, c.onText])).toEqual([['Ukjent forfatter', 'UF', '2026-12-07T08:00:00Z', 'Tekst']]);
  });
});

describe('hostile Word files with review parts', () => {
  const DTD = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
  const withDtd = (part: string) => (name: string, xml: string) => (name === part ? xml.replace('?>', `?>${DTD}`) : xml);
  const reviewed = { body: heading('X') + `<w:p><w:commentRangeStart w:id="1"/>${ins(1, ...KARI, run('Tekst'))}<w:commentRangeEnd w:id="1"/></w:p>`, comments: comment(1, 'Per', 'P', PER[1], 'K', '0000000A') };
  const dtdSentence = 'Word-dokumentet «ond.docx» kan ikke importeres fordi det inneholder XML med egne entiteter (DTD), som Word aldri skriver; planen er ikke endret.';
  const xmlSentence = 'Word-dokumentet «ond.docx» kan ikke importeres fordi en del av det ikke er gyldig XML; planen er ikke endret.';
  const deepSentence = 'Word-dokumentet «ond.docx» kan ikke importeres fordi det er nøstet dypere enn Word noen gang skriver; planen er ikke endret.';
  const deep = (n: number) => `${'<w:sdt><w:sdtContent>'.repeat(n)}<w:p>${run('dypt')}</w:p>${'</w:sdtContent></w:sdt>'.repeat(n)}`;
  const deepComment = (n: number) => `<w:comment w:id="1" w:author="Per"><w:p>${'<w:smartTag>'.repeat(n)}${run('K')}${'</w:smartTag>'.repeat(n)}</w:p></w:comment>`;
  const cases: Array<[string, Buffer, string]> = [
    ['a DTD in word/document.xml', wordDocx({ ...reviewed, alter: withDtd('word/document.xml') }), dtdSentence],
    ['a DTD in word/comments.xml', wordDocx({ ...reviewed, alter: withDtd('word/comments.xml') }), dtdSentence],
    ['a DTD in word/commentsExtended.xml', wordDocx({ ...reviewed, commentsExtended: '<w15:commentEx w15:paraId="0000000A"/>', alter: withDtd('word/commentsExtended.xml') }), dtdSentence],
    ['an external entity in word/document.xml', wordDocx({ ...reviewed, alter: (n, x) => (n === 'word/document.xml' ? x.replace('?>', '?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>') : x) }), dtdSentence],
    ['elements nested 100,000 deep in word/document.xml', wordDocx({ ...reviewed, body: reviewed.body + deep(100_000) }), deepSentence],
    ['elements nested 100,000 deep in word/comments.xml', wordDocx({ ...reviewed, comments: deepComment(100_000) }), deepSentence],
    ['more than 10,000 comments', wordDocx({ ...reviewed, comments: Array.from({ length: 10_001 }, (_, i) => comment(i, 'Per', 'P', PER[1], 'K', `A${i}`)).join('') }), 'Word-dokumentet «ond.docx» er for stort til å importeres (over 10 000 kommentarer); planen er ikke endret.'],
    ['more than 50,000 tracked changes', wordDocx({ body: heading('X') + `<w:p>${ins(1, ...KARI, run('x')).repeat(50_001)}</w:p>` }), 'Word-dokumentet «ond.docx» er for stort til å importeres (over 50\u00a0000 sporede endringer); planen er ikke endret.'],
    ['more than 30,000 paragraphs in a main part the package names word/document2.xml', wordDocx({ body: `<w:p>${run('a')}</w:p>`.repeat(30_001), mainPath: 'word/document2.xml' }), 'Word-dokumentet «ond.docx» er for stort til å importeres (over 30\u00a0000 avsnitt); planen er ikke endret.'],
    ['more than 30,000 paragraphs in a main part the package names word/document.png', wordDocx({ body: `<w:p>${run('a')}</w:p>`.repeat(30_001), mainPath: 'word/document.png' }), 'Word-dokumentet «ond.docx» er for stort til å importeres (over 30\u00a0000 avsnitt); planen er ikke endret.'],
    ['more than 5 million characters under the namespace prefix «x»', wordDocx({ body: `<w:p>${run('a'.repeat(5_000_001))}</w:p>`, prefix: 'x' }), 'Word-dokumentet «ond.docx» er for stort til å importeres (over 5 millioner tegn tekst); planen er ikke endret.'],
    ['broken XML in word/comments.xml', wordDocx({ ...reviewed, alter: (n, x) => (n === 'word/comments.xml' ? x.replace('</w:comments>', '') : x) }), xmlSentence],
  ];
  it.each(cases)('refuses %s with one sentence and leaves the plan file byte for byte untouched', async (_name, docx, sentence) => {
    const tmp = folder();
    writeFileSync(tmp.file('ond.docx'), docx);
    createPlanFile(tmp.file('plan.planverk'), emptyPlan(seededIds('p'))).close();
    const before = sha256File(tmp.file('plan.planverk'));
    const file = openPlanFile(tmp.file('plan.planverk'));
    try {
      const err = await importDocxFile(file, tmp.file('ond.docx')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PlanverkError);
      expect(['NOT_DOCX', 'FILE_TOO_LARGE']).toContain((err as PlanverkError).code);
      expect((err as PlanverkError).message).toBe(sentence);
      expect(file.readPlan().chapters).toEqual([]);
    } finally {
      file.close();
    }
    expect(sha256File(tmp.file('plan.planverk'))).toBe(before);
  });
});

describe('Word import of comments in headers and footers', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const frame = (root: 'hdr' | 'ftr', inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} xmlns:w="${W}">${inner}</w:${root}>`;
  const header = frame('hdr', `<w:p>${run('Kommune: ')}<w:commentRangeStart w:id="1"/>${run('Kommunedelplan helse ')}${run('2025–2037')}<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>`);
  // LibreOffice and older Word write a comment without a range: it is on its paragraph.
  const footer = frame('ftr', `<w:p>${run('Versjon 2 – Side 1')}<w:r><w:commentReference w:id="2"/></w:r></w:p>`);
  const docx = wordDocx({
    body: heading('Innledning') + `<w:p>${run('Første avsnitt. ')}<w:commentRangeStart w:id="3"/>${run('I teksten.')}<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p>`,
    comments:
      comment(1, 'Per Olsen', 'PO', PER[1], 'Tittelen er for lang.', '0000000A') +
      comment(2, 'Kari Nordmann', 'KN', KARI[1], 'Versjonsnummeret er feil.', '0000000B') +
      comment(3, 'Ola Hansen', 'OH', OLA[1], 'Vanlig kommentar.', '0000000C'),
    extra: [
      { path: 'word/header1.xml', type: `${REL}/header`, xml: header },
      { path: 'word/footer1.xml', type: `${REL}/footer`, xml: footer },
    ],
  });

  it('go on the first chapter without a range, not as «tekst slettet»: the quote says header or footer and the text they were on', async () => {
    const { result, file: f } = await importBuffer(docx);
    expect(result.comments).toBe(3);
    expect(importedComments(f).map((c) => [c.chapter, c.body, c.quote, c.anchor, c.onText])).toEqual([
      ['Innledning', 'Versjonsnummeret er feil.', 'Kommentar i bunntekst: Versjon 2 – Side 1', 'none', null],
      ['Innledning', 'Vanlig kommentar.', 'I teksten.', 'ok', 'I teksten.'],
      ['Innledning', 'Tittelen er for lang.', 'Kommentar i topptekst: Kommunedelplan helse 2025–2037', 'none', null],
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      '2 kommentar(er) i topptekst eller bunntekst er lagt på «Innledning» uten markering i teksten, merket «Kommentar i topptekst/bunntekst», fordi Planverk lager topptekst og bunntekst selv.',
    ]);
  });

  it('in a nynorsk plan the label is nynorsk (it is the plan’s text, not the UI’s)', async () => {
    const { file: f } = await importBuffer(docx, 'kopi.docx', 'nn');
    expect(importedComments(f).map((c) => c.quote)).toEqual(['Kommentar i botntekst: Versjon 2 – Side 1', 'I teksten.', 'Kommentar i topptekst: Kommunedelplan helse 2025–2037']);
  });
});

describe('Word import of moves (w:moveFrom/w:moveTo with named move ranges)', () => {
  const from = (name: string, id: number, text: string) => moved('moveFrom', name, id, ...PER, run(text));
  const to = (name: string, id: number, text: string) => moved('moveTo', name, id, ...PER, run(text));
  const MOVES =
    heading('Flytting') +
    `<w:p>${from('move1', 10, 'Første setning. ')}${run('Blir stående. ')}${from('move2', 20, 'Andre setning.')}</w:p>` +
    `<w:p>${run('Slutt. ')}${to('move1', 12, 'Første setning. ')}${ins(30, ...KARI, run('Ny. '))}${del(31, ...OLA, deletedRun('Borte.'))}</w:p>` +
    `<w:p>${to('move2', 22, 'Andre setning.')}</w:p>`;

  it('both halves of a move are one suggestion (one id, listed «Flyttet herfra»/«Flyttet hit»): deciding one half moves the text or leaves it', async () => {
    const { result, file: f } = await importBuffer(wordDocx({ body: MOVES }));
    expect(result.suggestions).toBe(4);
    const entries = importedSuggestions(f);
    const [move1] = entries;
    expect(entries.map((s) => [s.kind, s.text, s.authorName, s.id === move1!.id])).toEqual([
      ['deletion', 'Første setning. ', PER[0], true],
      ['deletion', 'Andre setning.', PER[0], false],
      ['insertion', 'Første setning. ', PER[0], true],
      ['insertion', 'Ny. ', KARI[0], false],
      ['deletion', 'Borte.', OLA[0], false],
      ['insertion', 'Andre setning.', PER[0], false],
    ]);
    const body = f.readPlan().chapters[0]!.body;
    const listed = listSuggestions(PmNode.fromJSON(planSchema(), body));
    expect(listed.map((s) => s.move === true)).toEqual([true, true, true, false, false, true]);
    // The panel decides a move's entry by its id alone: accepting the «moved here» half moves the sentence.
    expect(decidedBlocks(body, 'accept', { ids: [move1!.id] })).toEqual([
      'paragraph: Blir stående. Andre setning.',
      'paragraph: Slutt. Første setning. Ny. Borte.',
      'paragraph: Andre setning.',
    ]);
    expect(decidedBlocks(body, 'reject', { ids: [move1!.id] })).toEqual([
      'paragraph: Første setning. Blir stående. Andre setning.',
      'paragraph: Slutt. Ny. Borte.',
      'paragraph: Andre setning.',
    ]);
  });

  it('moves saved without range names stay a deletion and an insertion of their own (nothing says they belong together)', async () => {
    const { file: f } = await importBuffer(wordDocx({ body: CHANGES_BODY }));
    const moved = importedSuggestions(f).filter((s) => s.text.startsWith('Flyttet setning'));
    expect(moved).toHaveLength(2);
    expect(moved[0]!.id).not.toBe(moved[1]!.id);
  });
});
