// Named versions (issue 16): a version is a pointer into the history; the plan at a version is the plan as it was.
import * as Y from 'yjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPlanFile, mergeFrom, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { previewMerge, runMerge } from '../../../electron/services/merge/mergeCopy';
import { COMPACT_AFTER_UPDATES } from '../../../electron/services/store/rowWriter';
import { deleteVersion, listVersions, makeVersion, readVersion, restoreVersion } from '../../../electron/services/versions/versionService';
import { PlanverkError } from '../../../shared/api/errors';
import { YJS_FIELD } from '../../../shared/editor';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { sha256File, smallPlan, tempDir } from '../store/helpers';
import { typeWords } from './typing';

const tmp = tempDir('planverk-versions-');
afterAll(() => tmp.cleanup());

const ANNE = { id: 'person-anne', name: 'Anne Berg', initials: 'AB', group: null };
const OLE = { id: 'person-ole', name: 'Ole Dahl', initials: 'OD', group: 'Gruppe 1' };
let n = 0;
const fresh = (): string => {
  const path = tmp.file(`p${++n}.planverk`);
  createPlanFile(path, smallPlan()).close();
  return path;
};
const json = (file: PlanFile): string => canonicalPlanJson(file.readPlan());
const versionJson = (file: PlanFile, id: string): string => canonicalPlanJson(readVersion(file, id).plan);


/** Deletes the chapter's last paragraph's text (so a version before it needs the deleted content). */
function clearLastParagraph(file: PlanFile, chapterId: string): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, file.chapterState(chapterId));
  const fragment = doc.getXmlFragment(YJS_FIELD);
  const text = (fragment.get(fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
  const before = Y.encodeStateVector(doc);
  text.delete(0, text.length);
  text.insert(0, 'Ny tekst.');
  file.appendChapterUpdate(chapterId, Y.encodeStateAsUpdate(doc, before));
}

describe('named versions', () => {
  it('a version made now reads exactly as the plan reads now', () => {
    const file = openPlanFile(fresh());
    const v = makeVersion(file, { name: 'Planprogram', note: 'Før arbeidsgruppene', author: ANNE });
    expect(versionJson(file, v.id)).toBe(json(file));
    expect(listVersions(file)).toEqual([v]);
    expect(v).toMatchObject({ name: 'Planprogram', note: 'Før arbeidsgruppene', kind: 'named', author: ANNE });
    file.close();
  });

  it('the plan at a version is the plan as it was: edited fields, new rows, deleted rows and chapter text', () => {
    const file = openPlanFile(fresh());
    const plan = file.readPlan();
    const chapterId = plan.chapters[0]!.id;
    file.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Første tittel' }]);
    typeWords(file, chapterId, ['en', 'to']);
    const v1 = makeVersion(file, { name: 'Høringsutkast', author: ANNE });
    const atV1 = json(file);
    file.mutate([
      { table: 'plan', id: plan.plan.id, column: 'title', value: 'Andre tittel' },
      { table: 'themes', id: 'theme-new', column: 'name', value: 'Nytt tema' },
      { table: 'themes', id: 'theme-new', column: 'sortKey', value: 5 },
      { table: 'areas', id: plan.areas[0]!.id, column: 'problems', value: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Satt senere' }] }] } },
    ]);
    clearLastParagraph(file, chapterId);
    file.mutate([{ table: 'groups', id: plan.groups[0]!.id, column: 'tombstone', value: true }]);
    const v2 = makeVersion(file, { name: 'Etter høring', author: OLE });
    const atV2 = json(file);
    typeWords(file, chapterId, ['tre']);
    file.mutate([{ table: 'themes', id: 'theme-new', column: 'tombstone', value: true }]);
    expect(json(file)).not.toBe(atV2);
    expect(versionJson(file, v1.id)).toBe(atV1);
    expect(versionJson(file, v2.id)).toBe(atV2);
    expect(JSON.stringify(readVersion(file, v1.id).plan.chapters[0]!.body)).toContain('Første avsnitt. en to');
    file.close();
  });

  it('chapter text at a version survives compaction of the chapter updates', () => {
    const file = openPlanFile(fresh());
    const chapterId = file.readPlan().chapters[0]!.id;
    typeWords(file, chapterId, ['alfa']);
    const v = makeVersion(file, { name: 'Tidlig' });
    const then = json(file);
    clearLastParagraph(file, chapterId);
    typeWords(file, chapterId, Array.from({ length: COMPACT_AFTER_UPDATES + 20 }, (_, i) => `ord${i}`));
    const rows = file.database.prepare('SELECT count(*) FROM chapterUpdates WHERE chapterId = ?').pluck().get(chapterId) as number;
    expect(rows).toBeLessThan(COMPACT_AFTER_UPDATES);
    expect(versionJson(file, v.id)).toBe(then);
    file.close();
  });

  it('restores a version as a new plan file whose export-json is exactly the version, leaving the open plan untouched', () => {
    const path = fresh();
    const file = openPlanFile(path);
    const chapterId = file.readPlan().chapters[0]!.id;
    typeWords(file, chapterId, ['gammel']);
    const v = makeVersion(file, { name: 'Gammel' });
    const then = versionJson(file, v.id);
    clearLastParagraph(file, chapterId);
    const before = json(file);
    const target = tmp.file('gjenopprettet.planverk');
    expect(restoreVersion(file, v.id, target)).toBe(target);
    expect(json(file)).toBe(before);
    const restored = openPlanFile(target, { readOnly: true });
    expect(json(restored)).toBe(then);
    expect(listVersions(restored)).toEqual([]);
    restored.close();
    const hash = sha256File(target);
    expect(() => restoreVersion(file, v.id, target)).toThrow(PlanverkError);
    expect(sha256File(target)).toBe(hash);
    expect(() => restoreVersion(file, v.id, path)).toThrow(PlanverkError);
    file.close();
  });

  it('refuses a version without a name and a delete by someone other than its author, changing nothing', () => {
    const path = fresh();
    const file = openPlanFile(path);
    expect(() => makeVersion(file, { name: '   ' })).toThrow('En versjon må ha et navn; ingen versjon er laget.');
    const v = makeVersion(file, { name: 'Annes', author: ANNE });
    file.close();
    const hash = sha256File(path);
    const again = openPlanFile(path);
    expect(() => deleteVersion(again, v.id, OLE)).toThrow('Bare den som laget en versjon, kan slette den; versjonen er ikke slettet.');
    again.close();
    expect(sha256File(path)).toBe(hash);
    const mine = openPlanFile(path);
    deleteVersion(mine, v.id, ANNE);
    expect(listVersions(mine)).toEqual([]);
    expect(() => readVersion(mine, v.id)).toThrow('Fant ingen versjon med den id-en i planen.');
    mine.close();
  });

  it('versions made in a copy travel back with the merge, and a deletion wins in either direction', () => {
    const path = fresh();
    const copyPath = tmp.file('kopi.planverk');
    const file = openPlanFile(path);
    file.saveCopy(copyPath);
    const mine = makeVersion(file, { name: 'Her', author: ANNE });
    file.close();
    const copy = openPlanFile(copyPath);
    const chapterId = copy.readPlan().chapters[0]!.id;
    typeWords(copy, chapterId, ['fra', 'kopien']);
    copy.mutate([{ table: 'themes', id: copy.readPlan().themes[0]!.id, column: 'name', value: 'Endret i kopien' }]);
    const theirs = makeVersion(copy, { name: 'I kopien', author: OLE });
    const theirsJson = json(copy);
    typeWords(copy, chapterId, ['etterpå']);
    copy.close();

    const plan = openPlanFile(path);
    const mineJson = versionJson(plan, mine.id);
    plan.mutate([{ table: 'plan', id: plan.readPlan().plan.id, column: 'title', value: 'Endret her' }]);
    mergeFrom(plan, copyPath);
    expect(listVersions(plan).map((v) => v.name).sort()).toEqual(['Her', 'I kopien']);
    expect(versionJson(plan, theirs.id)).toBe(theirsJson);
    expect(versionJson(plan, mine.id)).toBe(mineJson);
    deleteVersion(plan, theirs.id, OLE);
    plan.close();

    const back = openPlanFile(copyPath);
    mergeFrom(back, path);
    expect(listVersions(back).map((v) => v.name)).toEqual(['Her']);
    expect(versionJson(back, mine.id)).toBe(mineJson);
    back.close();
    const plan2 = openPlanFile(path);
    mergeFrom(plan2, copyPath);
    expect(listVersions(plan2).map((v) => v.name)).toEqual(['Her']);
    expect(plan2.database.prepare('SELECT count(*) FROM versionChapters WHERE versionId = ?').pluck().get(theirs.id)).toBe(0);
    plan2.close();
  });

  it('a copy that brings only a version is merged, and its preview counts the version instead of saying «Ingenting nytt»', () => {
    const path = fresh();
    const copyPath = tmp.file('bare-versjon.planverk');
    const file = openPlanFile(path);
    file.saveCopy(copyPath);
    file.close();
    const copy = openPlanFile(copyPath);
    const theirs = makeVersion(copy, { name: 'Bare en versjon', author: OLE });
    const theirsJson = versionJson(copy, theirs.id);
    copy.close();

    const plan = openPlanFile(path);
    const preview = previewMerge(plan, copyPath);
    expect(preview.nothingNew).toBe(false);
    expect(preview.versions).toEqual([{ name: 'Bare en versjon', change: 'new' }]);
    const outcome = runMerge(plan, copyPath);
    expect(outcome.versions).toEqual([{ name: 'Bare en versjon', change: 'new' }]);
    expect(listVersions(plan).map((v) => v.name)).toEqual(['Bare en versjon']);
    expect(versionJson(plan, theirs.id)).toBe(theirsJson);
    // Merged again, the copy brings nothing new.
    expect(previewMerge(plan, copyPath).nothingNew).toBe(true);
    plan.close();
  });

  it('refuses a copy carrying a damaged version and leaves both files untouched', () => {
    const path = fresh();
    const copyPath = tmp.file('skadet.planverk');
    const file = openPlanFile(path);
    file.saveCopy(copyPath);
    file.close();
    const copy = openPlanFile(copyPath);
    const v = makeVersion(copy, { name: 'Skadet' });
    copy.database.prepare('UPDATE versionChapters SET snapshot = ? WHERE versionId = ?').run(Buffer.from([255, 255, 255]), v.id);
    copy.database.prepare("UPDATE versions SET logClock = '{\"x\":1}' WHERE id = ?").run(v.id);
    copy.close();
    const hashes = [sha256File(path), sha256File(copyPath)];
    const plan = openPlanFile(path);
    expect(() => mergeFrom(plan, copyPath)).toThrow(/ugyldige endringer.*versjon som ikke kan leses/);
    plan.close();
    expect([sha256File(path), sha256File(copyPath)]).toEqual(hashes);
  });

  it('a version made in a copy whose clock ran ahead reads the same after its changes were re-stamped by the merge, both ways', () => {
    const path = fresh();
    const copyPath = tmp.file('framtid.planverk');
    const file = openPlanFile(path);
    file.saveCopy(copyPath);
    file.close();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 24 * 3600 * 1000 });
    let id: string;
    let then: string;
    try {
      const copy = openPlanFile(copyPath);
      copy.mutate([{ table: 'themes', id: copy.readPlan().themes[0]!.id, column: 'name', value: 'Skrevet med klokka to dager fram' }]);
      id = makeVersion(copy, { name: 'Fra framtida' }).id;
      then = json(copy);
      copy.close();
    } finally {
      vi.useRealTimers();
    }
    const plan = openPlanFile(path);
    mergeFrom(plan, copyPath);
    expect(plan.database.prepare('SELECT count(*) FROM messages_restamped').pluck().get()).toBeGreaterThan(0);
    expect(versionJson(plan, id)).toBe(then);
    plan.close();
    const back = openPlanFile(copyPath);
    mergeFrom(back, path);
    expect(versionJson(back, id)).toBe(then);
    back.close();
  });
});
