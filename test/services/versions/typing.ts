// Typing in a chapter as the editor sends it, for the versions tests: one stored Yjs update per word.
import * as Y from 'yjs';
import type { PlanFile } from '../../../electron/services/store';
import { YJS_FIELD } from '../../../shared/editor';

/** Types `words` at the end of the chapter's last paragraph, one stored update per word (as the editor sends them). */
export function typeWords(file: PlanFile, chapterId: string, words: readonly string[]): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, file.chapterState(chapterId));
  const fragment = doc.getXmlFragment(YJS_FIELD);
  const para = fragment.get(fragment.length - 1) as Y.XmlElement;
  for (const word of words) {
    const before = Y.encodeStateVector(doc);
    const text = para.get(0) as Y.XmlText;
    text.insert(text.length, ` ${word}`);
    file.appendChapterUpdate(chapterId, Y.encodeStateAsUpdate(doc, before));
  }
}
