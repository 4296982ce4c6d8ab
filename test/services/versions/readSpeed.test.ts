// Reading a version fast (issue 16: compare of two versions < 500 ms): a chapter unchanged since the version is not
// rebuilt, a chapter read once is remembered, and what is remembered is keyed by the chapter's stored updates, so an
// edit, a compaction or another copy's history never gets an answer computed from other updates.
import type * as Y from 'yjs';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlanFile, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { COMPACT_AFTER_UPDATES } from '../../../electron/services/store/rowWriter';
import { forgetChaptersAtVersions } from '../../../electron/services/versions/chapterAtVersion';
import { makeVersion, readVersion } from '../../../electron/services/versions/versionService';
import type { Chapter } from '../../../shared/domain/plan';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { smallPlan, tempDir } from '../store/helpers';
import { typeWords } from './typing';

// Every replay of a stored update into a document goes through Y.applyUpdate: counted here.
const replays = vi.hoisted(() => ({ count: 0 }));
vi.mock('yjs', async (importOriginal) => {
  const Yjs = await importOriginal<typeof Y>();
  return {
    ...Yjs,
    applyUpdate: (...args: Parameters<typeof Yjs.applyUpdate>) => {
      replays.count++;
      return Yjs.applyUpdate(...args);
    },
  };
});

const tmp = tempDir('planverk-version-read-');
afterAll(() => tmp.cleanup());
beforeEach(() => forgetChaptersAtVersions());

const CHAPTERS = 6;
let n = 0;
/** A small plan with six chapters of a few paragraphs each. */
function planFile(): PlanFile {
  const plan = smallPlan();
  const first = plan.chapters[0]!;
  const more: Chapter[] = Array.from({ length: CHAPTERS - 1 }, (_, i) => ({
    ...first,
    id: `${first.id}-${i}`,
    sortKey: 2 + i,
    title: `Kapittel ${i + 2}`,
    body: { type: 'doc', content: [1, 2, 3].map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: `Avsnitt ${p} i kapittel ${i + 2}.` }] })) },
  }));
  plan.chapters.push(...more);
  const path = tmp.file(`p${++n}.planverk`);
  createPlanFile(path, plan).close();
  return openPlanFile(path);
}


const updatesOf = (file: PlanFile, chapterId: string): number =>
  file.database.prepare('SELECT count(*) FROM chapterUpdates WHERE chapterId = ?').pluck().get(chapterId) as number;

function replaysOf(read: () => unknown): number {
  replays.count = 0;
  read();
  return replays.count;
}

describe('reading a version fast', () => {
  it('rebuilds only the chapters edited since the version, from the updates stored by then', () => {
    const file = planFile();
    const [edited, ...others] = file.readPlan().chapters.map((c) => c.id);
    typeWords(file, edited!, ['alfa', 'beta']);
    const v = makeVersion(file, { name: 'Før' });
    const then = canonicalPlanJson(file.readPlan());
    const storedByThen = updatesOf(file, edited!);
    typeWords(file, edited!, ['gamma', 'delta', 'epsilon']);
    // Before: every chapter's updates were replayed (at least one per chapter, six chapters); now only the edited one's
    // updates from before the version.
    const count = replaysOf(() => expect(canonicalPlanJson(readVersion(file, v.id).plan)).toBe(then));
    expect(count).toBeLessThanOrEqual(storedByThen);
    expect(count).toBeLessThan(others.length);
    file.close();
  });

  it('reads the same version again without replaying any chapter', () => {
    const file = planFile();
    const chapters = file.readPlan().chapters.map((c) => c.id);
    const v = makeVersion(file, { name: 'Før' });
    const then = canonicalPlanJson(file.readPlan());
    for (const id of chapters) typeWords(file, id, ['etterpå']);
    expect(replaysOf(() => readVersion(file, v.id))).toBeGreaterThanOrEqual(chapters.length);
    const again = replaysOf(() => expect(canonicalPlanJson(readVersion(file, v.id).plan)).toBe(then));
    expect(again).toBe(0);
    file.close();
  });

  it('never reuses a remembered chapter once its stored updates differ: edited again, compacted, or another copy', () => {
    const file = planFile();
    const chapterId = file.readPlan().chapters[0]!.id;
    typeWords(file, chapterId, ['alfa']);
    const v = makeVersion(file, { name: 'Tidlig' });
    const then = canonicalPlanJson(file.readPlan());
    typeWords(file, chapterId, ['beta']);
    expect(canonicalPlanJson(readVersion(file, v.id).plan)).toBe(then); // remembered now
    // A copy that went its own way from here: the same chapter id and version, other updates.
    const copyPath = tmp.file(`kopi-${n}.planverk`);
    file.saveCopy(copyPath);
    const copy = openPlanFile(copyPath);
    typeWords(copy, chapterId, ['kopi', 'ord']);
    typeWords(file, chapterId, Array.from({ length: COMPACT_AFTER_UPDATES + 5 }, (_, i) => `ord${i}`));
    expect(updatesOf(file, chapterId)).toBeLessThan(COMPACT_AFTER_UPDATES); // compacted: one update per author
    expect(replaysOf(() => expect(canonicalPlanJson(readVersion(file, v.id).plan)).toBe(then))).toBeGreaterThan(0);
    expect(replaysOf(() => expect(canonicalPlanJson(readVersion(copy, v.id).plan)).toBe(then))).toBeGreaterThan(0);
    expect(canonicalPlanJson(copy.readPlan())).not.toBe(canonicalPlanJson(file.readPlan()));
    copy.close();
    file.close();
  });
});
