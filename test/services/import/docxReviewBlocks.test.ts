// Word's tracked changes that add or remove whole blocks: a new bullet, a new table row, a deleted row. Deciding the
// imported suggestion takes the block with its text (Word does), instead of leaving an empty bullet or row behind.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deletedRun, del, heading, ins, run, wordDocx } from '../../fixtures/docx/reviewDocx';
import { soffice } from '../profile/wordTemplateFixtures';
import { BREAK_TEXT } from '../../../shared/editor/suggestions';
import { decidedBlocks, importedSuggestions, wordImports } from './reviewImportHelpers';

const KARI = ['Kari Nordmann', '2026-01-10T09:00:00Z'] as const;
const OLA = ['Ola Hansen', '2026-01-11T10:15:00Z'] as const;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NUMBERING = {
  path: 'word/numbering.xml',
  type: `${REL}/numbering`,
  xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
};
const markOf = (kind: 'ins' | 'del', id: number, [who, when]: readonly [string, string]) => `<w:${kind} w:id="${id}" w:author="${who}" w:date="${when}"/>`;
/** A bullet; `paragraphMark`: the tracked change of its paragraph mark (Word marks a new bullet's so). */
const bullet = (inner: string, paragraphMark = '') => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>${paragraphMark ? `<w:rPr>${paragraphMark}</w:rPr>` : ''}</w:pPr>${inner}</w:p>`;
const cell = (inner: string) => `<w:tc><w:p>${inner}</w:p></w:tc>`;

const NEW_BULLET = heading('Tiltak') + bullet(run('Flere lærere.')) + bullet(run('Ny skole.'), markOf('ins', 1, KARI)) + bullet(ins(2, ...KARI, run('Ny barnehage.'))) + `<w:p>${run('Etter lista.')}</w:p>`;
const ROWS =
  heading('Tabell') +
  `<w:tbl><w:tr>${cell(run('Tiltak'))}${cell(run('Ansvar'))}</w:tr>` +
  `<w:tr><w:trPr>${markOf('ins', 3, KARI)}</w:trPr>${cell(ins(4, ...KARI, run('Ny rad')))}${cell(ins(5, ...KARI, run('Kari')))}</w:tr>` +
  `<w:tr><w:trPr>${markOf('del', 6, OLA)}</w:trPr>${cell(del(7, ...OLA, deletedRun('Gammel rad')))}${cell(del(8, ...OLA, deletedRun('Ola')))}</w:tr></w:tbl>`;

const { importBuffer, folder } = wordImports('planverk-word-blocks-');

describe('Word import: tracked changes of whole bullets and table rows, decided', () => {
  it('rejecting a tracked new bullet removes the bullet whole (no empty bullet is left); accepting it keeps it', async () => {
    const { file } = await importBuffer(wordDocx({ body: NEW_BULLET, extra: [NUMBERING] }));
    const body = file.readPlan().chapters[0]!.body;
    expect(decidedBlocks(body, 'reject')).toEqual(['bulletList: • Flere lærere. • Ny skole.', 'paragraph: Etter lista.']);
    expect(decidedBlocks(body, 'accept')).toEqual(['bulletList: • Flere lærere. • Ny skole. • Ny barnehage.', 'paragraph: Etter lista.']);
  });

  it('rejecting a tracked new table row removes the row; accepting a tracked deleted row removes that row', async () => {
    const { file } = await importBuffer(wordDocx({ body: ROWS }));
    const body = file.readPlan().chapters[0]!.body;
    expect(decidedBlocks(body, 'reject')).toEqual(['table: | Tiltak | Ansvar | Gammel rad | Ola']);
    expect(decidedBlocks(body, 'accept')).toEqual(['table: | Tiltak | Ansvar | Ny rad | Kari']);
  });

  it('the tracked new bullet saved again by LibreOffice (a real client’s DOCX) is rejected whole too', async () => {
    const dir = folder().dir;
    writeFileSync(join(dir, 'word.docx'), wordDocx({ body: NEW_BULLET, extra: [NUMBERING] }));
    soffice(['--convert-to', 'docx:MS Word 2007 XML', join(dir, 'word.docx')], join(dir, 'lo'));
    const { file } = await importBuffer(readFileSync(join(dir, 'lo', 'word.docx')));
    const body = file.readPlan().chapters[0]!.body;
    expect(decidedBlocks(body, 'reject')).toEqual(['bulletList: • Flere lærere. • Ny skole.', 'paragraph: Etter lista.']);
  }, 60_000);

  it('a paragraph split or joined by its tracked paragraph mark alone becomes a suggested paragraph break by its Word author, decided like text (no warning); a new or deleted paragraph with its text goes whole as before', async () => {
    const pMark = (mark: string, inner: string) => `<w:p><w:pPr><w:rPr>${mark}</w:rPr></w:pPr>${inner}</w:p>`;
    const body =
      heading('Avsnitt') +
      pMark(markOf('ins', 1, KARI), run('Første del av et langt avsnitt som Kari delte i to.')) +
      `<w:p>${run('Andre del.')}</w:p>` +
      pMark(markOf('del', 2, OLA), run('Skal slås sammen')) +
      `<w:p>${run(' med dette.')}</w:p>` +
      pMark(markOf('ins', 3, KARI), run('Før det nye.')) +
      `<w:p>${ins(4, ...KARI, run('Et nytt avsnitt.'))}</w:p>` +
      pMark(markOf('del', 5, OLA), del(6, ...OLA, deletedRun('Et slettet avsnitt.'))) +
      `<w:p>${run('Siste.')}</w:p>`;
    const { result, file } = await importBuffer(wordDocx({ body }));
    expect(result.warnings.map((w) => w.message)).toEqual([]);
    expect(importedSuggestions(file).filter((s) => s.text === BREAK_TEXT).map((s) => [s.kind, s.authorName, s.date])).toEqual([
      ['insertion', KARI[0], KARI[1]],
      ['deletion', OLA[0], OLA[1]],
    ]);
    const stored = file.readPlan().chapters[0]!.body;
    expect(decidedBlocks(stored, 'reject')).toEqual([
      'paragraph: Første del av et langt avsnitt som Kari delte i to.Andre del.',
      'paragraph: Skal slås sammen',
      'paragraph: med dette.',
      'paragraph: Før det nye.',
      'paragraph: Et slettet avsnitt.',
      'paragraph: Siste.',
    ]);
    // A paragraph's leading space does not survive the import (mammoth's HTML), so the joined text has none.
    expect(decidedBlocks(stored, 'accept')).toEqual([
      'paragraph: Første del av et langt avsnitt som Kari delte i to.',
      'paragraph: Andre del.',
      'paragraph: Skal slås sammenmed dette.',
      'paragraph: Før det nye.',
      'paragraph: Et nytt avsnitt.',
      'paragraph: Siste.',
    ]);
    // One person's changes only: Kari's split is rejected, Ola's join stays open.
    expect(decidedBlocks(stored, 'reject', { authorId: 'docx:Kari Nordmann' }).slice(0, 3)).toEqual([
      'paragraph: Første del av et langt avsnitt som Kari delte i to.Andre del.',
      'paragraph: Skal slås sammen',
      'paragraph: med dette.',
    ]);
  });
});
