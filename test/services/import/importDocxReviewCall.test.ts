// The app's path (Fil → Importer Word-dokument): import.docx through the API brings Word's tracked changes and comments
// in, comments.list shows the threads under Word's authors, plan.undo takes it all away, and a hostile file is refused
// with its sentence (for the renderer to say in the UI language).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import type { PlanData } from '../../../shared/domain/plan';
import { wordImportSentence } from '../../../shared/i18n/wordImportMessages';
import { comment, del, deletedRun, heading, ins, run, wordDocx } from '../../fixtures/docx/reviewDocx';

const dir = mkdtempSync(join(tmpdir(), 'planverk-import-call-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body =
  heading('Høring') +
  `<w:p><w:commentRangeStart w:id="0"/>${run('Fristen er ')}${del(1, 'Ola Hansen', '2026-02-01T10:00:00Z', deletedRun('fire'))}${ins(2, 'Kari Nordmann', '2026-02-02T11:00:00Z', run('seks'))}${run(' uker.')}<w:commentRangeEnd w:id="0"/></w:p>`;

describe('import.docx through the API with tracked changes and comments', () => {
  it('imports suggestions and a comment thread under Word’s authors as one undo step; a DTD is refused with its sentence', async () => {
    const session = createSession();
    const handlers = createHandlers(session);
    try {
      session.create(join(dir, 'plan.planverk'), { plan: emptyPlan(seededIds('p')) });
      const good = join(dir, 'frist.docx');
      writeFileSync(good, wordDocx({ body, comments: comment(0, 'Per Olsen', 'PO', '2026-02-03T09:00:00Z', 'Lovens minstekrav er seks uker.', '00000001') }));
      const imported = await dispatch(handlers, 'import.docx', { path: good });
      expect(imported).toMatchObject({ ok: true, value: { chapters: 1, suggestions: 2, comments: 1, warnings: [] } });

      const listed = await dispatch(handlers, 'comments.list', {});
      expect(listed).toMatchObject({
        ok: true,
        value: { threads: [{ root: { authorName: 'Per Olsen', authorInitials: 'PO', body: 'Lovens minstekrav er seks uker.', quote: 'Fristen er fireseks uker.' }, anchor: { state: 'ok' } }] },
      });

      expect(await dispatch(handlers, 'plan.undo', {})).toMatchObject({ ok: true });
      const after = ((await dispatch(handlers, 'plan.load', {})) as { ok: true; value: PlanData }).value;
      expect([after.chapters, after.comments]).toEqual([[], []]);

      const bad = join(dir, 'entitet.docx');
      writeFileSync(bad, wordDocx({ body, alter: (n, x) => (n === 'word/document.xml' ? x.replace('?>', '?><!DOCTYPE d [<!ENTITY e "x">]>') : x) }));
      expect(await dispatch(handlers, 'import.docx', { path: bad })).toMatchObject({
        ok: false,
        error: { code: 'NOT_DOCX', sentence: { key: 'docxUnsafe', params: { name: 'entitet.docx', what: { key: 'docx.dtd' } } } },
      });
    } finally {
      session.close();
    }
  });

  it('the import’s warnings cross the API as key + params with their bokmål sentence, and read in nynorsk and English', async () => {
    const session = createSession();
    const handlers = createHandlers(session);
    try {
      session.create(join(dir, 'plan-warnings.planverk'), { plan: emptyPlan(seededIds('p')) });
      const path = join(dir, 'tittel.docx');
      const changedTitle = `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Mål ')}${ins(1, 'Kari Nordmann', '2026-02-02T11:00:00Z', run('for planen'))}</w:p>`;
      writeFileSync(path, wordDocx({ body: `${changedTitle}<w:p>${run('Tekst.')}</w:p>` }));
      const imported = await dispatch(handlers, 'import.docx', { path });
      const [warning] = (imported as { ok: true; value: { warnings: { message: string; text: Parameters<typeof wordImportSentence>[1] }[] } }).value.warnings;
      expect(warning).toEqual({
        message: 'Sporede endringer i 1 overskrift(er) er godtatt, fordi et kapittelnavn ikke kan ha forslag: «Mål for planen».',
        text: { key: 'titlesChanged', params: { count: 1, titles: '«Mål for planen»' } },
      });
      expect(wordImportSentence('nn', warning!.text)).toBe('Spora endringar i 1 overskrift(er) er godtekne, fordi eit kapittelnamn ikkje kan ha forslag: «Mål for planen».');
      expect(wordImportSentence('en', warning!.text)).toBe('Tracked changes in 1 heading(s) were accepted, because a chapter name cannot hold suggestions: «Mål for planen».');
    } finally {
      session.close();
    }
  });
});
