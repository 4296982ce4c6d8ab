// Word import of tracked changes and comments (issue 15 «Word both ways»): a DOCX saved by LibreOffice from a flat ODT
// with changes and annotations arrives with every change as a suggestion and every comment as a comment, each with its
// author and date, in a real plan file; one undo takes the whole import away.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import { createPlanFile, type PlanFile } from '../../../electron/services/store';
import { importDocxFile } from '../../../electron/services/import/importDocx';
import { LO_REVIEW, libreOfficeReviewDocx } from '../../fixtures/docx/reviewDocx';
import { tempDir } from '../store/helpers';
import { importedComments, importedSuggestions } from './reviewImportHelpers';

const tmp = tempDir('planverk-review-import-');
let docxPath = '';
let file: PlanFile;
const NOW = new Date('2026-12-07T08:00:00Z');

beforeAll(async () => {
  docxPath = tmp.file('gjennomgang.docx');
  writeFileSync(docxPath, libreOfficeReviewDocx(tmp.dir));
  file = createPlanFile(tmp.file('plan.planverk'), emptyPlan(seededIds('p')));
  const result = await importDocxFile(file, docxPath, seededIds('imp'), () => NOW);
  expect(result).toMatchObject({ chapters: 2, suggestions: 3, comments: 3, warnings: [] });
}, 120_000);
afterAll(() => {
  file?.close();
  tmp.cleanup();
});

describe('Word import of a LibreOffice DOCX with tracked changes and comments', () => {
  it('brings every tracked change in as a suggestion with its author and date', () => {
    const s = importedSuggestions(file);
    expect(s.map((x) => [x.chapter, x.kind, x.text, x.authorName, x.date])).toEqual([
      ['Innledning', 'insertion', LO_REVIEW.insertion.text, LO_REVIEW.insertion.author, LO_REVIEW.insertion.date],
      ['Innledning', 'deletion', LO_REVIEW.deletion.text, LO_REVIEW.deletion.author, LO_REVIEW.deletion.date],
      ['Tjenester', 'insertion', LO_REVIEW.paragraphInsertion.text, LO_REVIEW.paragraphInsertion.author, '2026-03-05T08:00:00Z'],
    ]);
    // A Word author is no Planverk person: the id says so, the initials come from the name (or the document's comments).
    expect(s.map((x) => [x.authorId, x.authorInitials])).toEqual([
      ['docx:Kari Nordmann', 'KN'],
      ['docx:Ola Hansen', 'OH'],
      ['docx:Kari Nordmann', 'KN'],
    ]);
    expect(new Set(s.map((x) => x.id)).size).toBe(3);
  });

  it('keeps deleted text in the chapter (a suggestion is not yet accepted) and leaves no marker characters anywhere', () => {
    const plan = file.readPlan();
    const text = JSON.stringify(plan.chapters.map((c) => [c.title, c.body]));
    expect(text).toContain('Den ');
    expect(text).toContain('gamle ');
    expect(text).not.toMatch(/[\uFDD0-\uFDEF]/);
    expect(JSON.stringify(plan.comments)).not.toMatch(/[\uFDD0-\uFDEF]/);
  });

  it('brings every comment in with its author, initials, date and the text it is on', () => {
    const c = importedComments(file);
    expect(c.map((x) => [x.chapter, x.authorName, x.authorInitials, x.body, x.onText])).toEqual([
      ['Innledning', LO_REVIEW.ranged.author, LO_REVIEW.ranged.initials, LO_REVIEW.ranged.body, LO_REVIEW.ranged.quote],
      ['Tjenester', LO_REVIEW.acrossParagraphs.author, 'ALB', LO_REVIEW.acrossParagraphs.body, LO_REVIEW.acrossParagraphs.quote],
      // A comment without a range comments the paragraph it sits in.
      ['Tjenester', LO_REVIEW.point.author, 'KN', LO_REVIEW.point.body, LO_REVIEW.point.paragraph],
    ]);
    expect(c[0]).toMatchObject({ createdAt: LO_REVIEW.ranged.date, quote: LO_REVIEW.ranged.quote, reply: false, resolved: false });
  });

  it('is one undo step: undo removes the chapters, their suggestions and the comments', () => {
    expect(file.readPlan().comments.length).toBe(3);
    file.undo();
    const plan = file.readPlan();
    expect(plan.chapters).toEqual([]);
    expect(plan.comments).toEqual([]);
    file.redo();
    expect(importedComments(file).map((x) => x.onText)).toEqual([LO_REVIEW.ranged.quote, LO_REVIEW.acrossParagraphs.quote, LO_REVIEW.point.paragraph]);
  });
});
