// Write figures for issue 15 «Who»: one typing pause's chapter update stored on a 300-page chapter (the renderer's
// path, chapter.appendUpdate; the file derives the chapter's JSON), and one field change's commit (a change-log message), each with its
// author and wall time. Compared before/after the authors and the main-process chapter JSON (docs: notes-who).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createPlanFile } from '../../electron/services/store';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { yDocFromUpdates, YJS_FIELD } from '../../shared/editor';
import { longChapter } from './chapters';
import type { Figures } from './run';

const UPDATES = 100;
const author = { id: '5d0c1f6a-3f43-4a0e-9c35-7d1c2b3a4e5f', name: 'Kari Nordmann', initials: 'KN', group: null };

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** The first text node of the chapter's Yjs document: where the bench «types». */
function firstText(fragment: Y.XmlFragment): Y.XmlText {
  for (const node of fragment.createTreeWalker(() => true)) if (node instanceof Y.XmlText) return node;
  throw new Error('no text');
}

export async function benchWrites(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-writes-'));
  try {
    const plan = emptyPlan(seededIds('w'));
    plan.chapters.push({ id: 'ch-1', sortKey: 1, parentId: null, kind: 'chapter', title: 'Lang', numbered: true, status: 'utkast', groupId: null, body: longChapter(300) });
    const file = createPlanFile(join(dir, 'skriv.planverk'), plan, { author });
    const doc = yDocFromUpdates([file.chapterState('ch-1')]);
    const text = firstText(doc.getXmlFragment(YJS_FIELD));
    const chapterTimes: number[] = [];
    for (let i = 0; i < UPDATES; i++) {
      let update: Uint8Array | null = null;
      const take = (u: Uint8Array) => (update = u);
      doc.on('update', take);
      text.insert(0, 'ord ');
      doc.off('update', take);
      const t = performance.now();
      file.appendChapterUpdate('ch-1', update!);
      chapterTimes.push(performance.now() - t);
    }
    const messageTimes: number[] = [];
    for (let i = 0; i < UPDATES; i++) {
      const t = performance.now();
      file.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: `Tittel ${i}` }]);
      messageTimes.push(performance.now() - t);
    }
    file.close();
    return {
      'writes.chapterUpdate.300p.p50': { value: percentile(chapterTimes, 50), unit: 'ms' },
      'writes.chapterUpdate.300p.p95': { value: percentile(chapterTimes, 95), unit: 'ms' },
      'writes.message.p50': { value: percentile(messageTimes, 50), unit: 'ms' },
      'writes.message.p95': { value: percentile(messageTimes, 95), unit: 'ms' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
