// «Endringer etter høring» through the real dispatcher (the calls the app makes): hearingChanges.list before and after
// a hearing draft exists, and the Eksport page's «sammenlignet med høringsutkastet» (export.run comparedWithHearing):
// refused in one sentence without a hearing draft (nothing written), tracked changes by the session's person with one.
import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { makeVersion } from '../../../electron/services/versions/makeVersion';
import type { HearingChanges } from '../../../shared/compare/hearingChanges';
import type { Person } from '../../../shared/domain/person';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-hearing-calls-');
afterAll(() => tmp.cleanup());
const kari: Person = { id: 'person-kari', name: 'Kari Nordmann', initials: 'KN', group: null };

async function app(path: string) {
  const session = createSession({ person: kari });
  const call = (name: string, args: unknown) => dispatch(createHandlers(session), name, args);
  const opened = await call('file.open', { path });
  expect(opened.ok).toBe(true);
  return { call, close: () => session.close() };
}

function planFile(name: string): string {
  const path = tmp.file(`${name}.planverk`);
  createPlanFile(path, smallPlan()).close();
  return path;
}

/** A hearing draft of the plan as it is, then the chapter's paragraph edited. */
function hearingThenEdit(path: string): void {
  const file = openPlanFile(path, { author: kari });
  makeVersion(file, { name: 'Høringsutkast 15.04.2025', kind: 'hearingDraft', now: new Date('2025-04-15T10:00:00Z') });
  const chapter = file.readPlan().chapters[0]!;
  const body = JSON.parse(JSON.stringify(chapter.body).replace('Første avsnitt.', 'Andre avsnitt, endret etter høringen.'));
  file.mutate([{ table: 'chapters', id: chapter.id, column: 'body', value: body }]);
  file.close();
}

describe('hearing changes through the API', () => {
  it('hearingChanges.list is null without a hearing draft and lists the changed chapter after one', async () => {
    const path = planFile('liste');
    const a = await app(path);
    const none = await a.call('hearingChanges.list', {});
    expect(none.ok && none.value).toEqual({ changes: null });
    a.close();
    hearingThenEdit(path);
    const b = await app(path);
    const r = await b.call('hearingChanges.list', {});
    b.close();
    const changes = (r.ok ? (r.value as { changes: HearingChanges }).changes : null)!;
    expect(changes.label).toBe('Høringsutkast 15.04.2025');
    expect(changes.sections.map((s) => s.key)).toEqual(['chapters']);
    expect(changes.sections[0]!.changes[0]!.passages).toEqual([{ before: 'Første avsnitt.', after: 'Andre avsnitt, endret etter høringen.' }]);
  });

  it('export.run «sammenlignet med høringsutkastet» without a hearing draft is refused in one sentence and writes nothing', async () => {
    const path = planFile('uten');
    const before = sha256File(path);
    const a = await app(path);
    const out = tmp.file('uten.docx');
    const r = await a.call('export.run', { format: 'docx', out, comparedWithHearing: true });
    a.close();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toBe('Planen har ikke noe høringsutkast å sammenligne med ennå: eksporter den først med vannmerket «Høringsutkast»; ingen fil er skrevet.');
    expect(existsSync(out)).toBe(false);
    expect(sha256File(path)).toBe(before);
  });

  it('export.run «sammenlignet med høringsutkastet» writes the differences as w:ins/w:del by the session’s person', async () => {
    const path = planFile('med');
    hearingThenEdit(path);
    const a = await app(path);
    const out = tmp.file('med.docx');
    const r = await a.call('export.run', { format: 'docx', out, comparedWithHearing: true });
    a.close();
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins [^>]*w:author="Kari Nordmann"[^>]*>(?:(?!<\/w:ins>).)*endret etter høringen/s);
    expect(xml).toMatch(/<w:del [^>]*w:author="Kari Nordmann"[^>]*>(?:(?!<\/w:del>).)*Første/s);
    expect(xml).toContain('Sammenlignet med: Høringsutkast 15.04.2025');
  });
});
