// A chapter typed in for months must not grow one row per typing pause forever: past a limit the updates are merged
// into one, with the same document, and a copy that still holds the old updates merges back without duplicates.
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { createPlanFile, mergeFrom, openPlanFile } from '../../../electron/services/store';
import { COMPACT_AFTER_UPDATES } from '../../../electron/services/store/rowWriter';
import { YJS_FIELD, yStateToRichText } from '../../../shared/editor';
import { smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-compact-');
afterAll(() => tmp.cleanup());

/** Types `words` one at a time at the end of the chapter's first paragraph, one stored update per word. */
function typeWords(path: string, chapterId: string, words: string[]): void {
  const file = openPlanFile(path);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, file.chapterState(chapterId));
  const para = doc.getXmlFragment(YJS_FIELD).get(0) as Y.XmlElement;
  for (const word of words) {
    const before = Y.encodeStateVector(doc);
    const text = para.get(0) as Y.XmlText;
    text.insert(text.length, ` ${word}`);
    file.appendChapterUpdate(chapterId, Y.encodeStateAsUpdate(doc, before));
  }
  file.close();
}

const updateRows = (path: string, chapterId: string): number => {
  const file = openPlanFile(path, { readOnly: true });
  const n = (file.database.prepare('SELECT count(*) AS n FROM chapterUpdates WHERE chapterId = ?').get(chapterId) as { n: number }).n;
  file.close();
  return n;
};

const bodyText = (path: string, chapterId: string): string => {
  const file = openPlanFile(path, { readOnly: true });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, file.chapterState(chapterId));
  file.close();
  return JSON.stringify(yStateToRichText(doc));
};

describe('chapter update compaction', () => {
  it('keeps the row count bounded and the document the same, and merges with an uncompacted copy', () => {
    const plan = smallPlan();
    // A chapter whose body starts with a paragraph of text, so typing appends to it.
    const chapter = { ...plan.chapters[0]!, body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Start' }] }] } };
    plan.chapters = [chapter];
    const path = tmp.file('lang.planverk');
    createPlanFile(path, plan).close();
    const words = Array.from({ length: COMPACT_AFTER_UPDATES + 50 }, (_, i) => `ord${i}`);

    // A copy made before the typing keeps every small update of its own later typing.
    const copy = tmp.file('kopi.planverk');
    copyFileSync(path, copy);
    typeWords(path, chapter.id, words);
    expect(updateRows(path, chapter.id)).toBeLessThanOrEqual(COMPACT_AFTER_UPDATES);
    expect(bodyText(path, chapter.id)).toContain(`Start ${words.join(' ')}`);
    const stored = openPlanFile(path, { readOnly: true });
    expect(JSON.stringify(stored.readPlan().chapters[0]!.body)).toContain(`ord${words.length - 1}`);
    stored.close();

    typeWords(copy, chapter.id, ['fra', 'kopien']);
    const target = openPlanFile(path);
    mergeFrom(target, copy);
    target.close();
    const merged = bodyText(path, chapter.id);
    expect(merged).toContain(`ord${words.length - 1}`);
    expect(merged.match(/fra kopien/g)).toHaveLength(1);
    expect(merged.match(/ord0 /g)).toHaveLength(1);
  });
});
