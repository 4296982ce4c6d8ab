// The chapter's JSON is derived in the main process from its Yjs updates only (issue 15 groundwork): an editor that
// sends a JSON disagreeing with its updates cannot make the stored body differ from the Yjs document, and merged
// copies store the body of the merged Yjs document; a plan that cannot be written shows the same derived body.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { createPlanFile, mergeFrom, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { yDocFromUpdates, yStateToRichText, YJS_FIELD } from '../../../shared/editor';
import { smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-derived-body-');
afterAll(() => tmp.cleanup());

const plan = smallPlan();
const chapterId = plan.chapters[0]!.id;

/** The update that types `text` at the start of text node `nth` of the chapter as the file has it now. */
function typing(file: PlanFile, text: string, nth = 0): Uint8Array {
  const doc = yDocFromUpdates([file.chapterState(chapterId)]);
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (update = u));
  const texts = [...doc.getXmlFragment(YJS_FIELD).createTreeWalker((n) => n instanceof Y.XmlText)] as Y.XmlText[];
  texts[nth]!.insert(0, text);
  return update!;
}

/** The stored body column as written, and the body the chapter's Yjs document gives. */
function storedAndDerived(file: PlanFile) {
  const stored = JSON.parse(file.database.prepare('SELECT body FROM chapters WHERE id = ?').pluck().get(chapterId) as string);
  return { stored, derived: yStateToRichText(file.chapterState(chapterId)) };
}

const LIE = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Noe helt annet enn Yjs-dokumentet' }] }] };

describe('chapter JSON derived from the Yjs updates only', () => {
  it('a body JSON sent with an update that disagrees with it is not stored: the stored body is the Yjs document', async () => {
    const path = tmp.file('løgn.planverk');
    createPlanFile(path, plan).close();
    const session = createSession();
    const handlers = createHandlers(session);
    session.open(path);
    const file = session.requireCurrent();
    const update = typing(file, 'Sant: ');
    const r = await dispatch(handlers, 'chapter.appendUpdate', { chapterId, updateBase64: Buffer.from(update).toString('base64'), body: LIE });
    expect(r.ok).toBe(true);
    const { stored, derived } = storedAndDerived(file);
    expect(stored).toEqual(derived);
    expect(JSON.stringify(stored)).toContain('Sant: Bakgrunn');
    expect(JSON.stringify(stored)).not.toContain('Noe helt annet');
    expect((await dispatch(handlers, 'plan.load', {})).ok && JSON.stringify(file.readPlanView().chapters[0]!.body)).toContain('Sant: Bakgrunn');
    session.close();
  });

  it('merged copies store the body of the merged Yjs document, whichever way they are merged', () => {
    const here = tmp.file('her.planverk');
    const copy = tmp.file('kopi.planverk');
    createPlanFile(here, plan).close();
    const a = openPlanFile(here);
    a.saveCopy(copy);
    a.appendChapterUpdate(chapterId, typing(a, 'Her ', 0));
    a.close();
    const b = openPlanFile(copy);
    b.appendChapterUpdate(chapterId, typing(b, 'Der ', 1));
    b.close();
    const bodies = [
      [here, copy],
      [copy, here],
    ].map(([into, from]) => {
      const file = openPlanFile(into!);
      try {
        mergeFrom(file, from!);
        const { stored, derived } = storedAndDerived(file);
        expect(stored).toEqual(derived);
        return stored;
      } finally {
        file.close();
      }
    });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(JSON.stringify(bodies[0])).toContain('Her Bakgrunn');
    expect(JSON.stringify(bodies[0])).toContain('Der Første avsnitt.');
  });

  it('a plan that cannot be written keeps the update in memory and shows the body derived from it', () => {
    const path = tmp.file('lesbar.planverk');
    createPlanFile(path, plan).close();
    const file = openPlanFile(path, { readOnly: true });
    try {
      const result = file.appendChapterUpdate(chapterId, typing(file, 'Venter '));
      expect(result.pendingChanges).toBe(1);
      expect(file.readPlan().chapters[0]!.body).toEqual(yStateToRichText(file.chapterState(chapterId)));
      expect(JSON.stringify(file.readPlan().chapters[0]!.body)).toContain('Venter Bakgrunn');
    } finally {
      file.close();
    }
  });

  it('the body stays the document after many updates, an undo that rewrites the chapter, and a reopen', () => {
    const path = tmp.file('mange.planverk');
    createPlanFile(path, plan).close();
    let file = openPlanFile(path);
    for (let i = 0; i < 30; i++) file.appendChapterUpdate(chapterId, typing(file, `${i} `, i % 2));
    file.mutate([{ table: 'chapters', id: chapterId, column: 'body', value: LIE }]);
    expect(storedAndDerived(file).stored).toEqual(LIE);
    file.undo();
    let { stored, derived } = storedAndDerived(file);
    expect(stored).toEqual(derived);
    expect(JSON.stringify(stored)).toContain('29 27 ');
    file.appendChapterUpdate(chapterId, typing(file, 'Etter '));
    file.close();
    file = openPlanFile(path);
    ({ stored, derived } = storedAndDerived(file));
    expect(stored).toEqual(derived);
    expect(JSON.stringify(stored)).toContain('Etter 28 26');
    file.close();
  });
});
