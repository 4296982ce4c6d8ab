// Who made each change of chapter text (issue 16, changeAuthors.ts + yjsAttribution.ts) on the real plan file: two
// persons typing in turns in one chapter after a version, past the 200 updates that compact a chapter into one update
// per author, each keep their own sentences (inserted and deleted); a change the trace cannot find falls to the
// chapter's last author since the version, and a change in a plan with no known author to the fallback.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { changeAuthors, versionPoint } from '../../../electron/services/compare/changeAuthors';
import { createPlanFile, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { COMPACT_AFTER_UPDATES } from '../../../electron/services/store/rowWriter';
import { makeVersion } from '../../../electron/services/versions/makeVersion';
import type { Chapter } from '../../../shared/domain/plan';
import type { Person } from '../../../shared/domain/person';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { tempDir } from '../store/helpers';

const tmp = tempDir('planverk-change-authors-');
afterAll(() => tmp.cleanup());

const kari: Person = { id: 'person-kari', name: 'Kari Nordmann', initials: 'KN', group: null };
const ola: Person = { id: 'person-ola', name: 'Ola Hansen', initials: 'OH', group: null };
const FALLBACK = { author: 'Eksport Person', initials: 'EP', date: null };
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function appendAs(file: PlanFile, chapterId: string, text: string): void {
  const body = file.readPlan().chapters.find((c) => c.id === chapterId)!.body;
  file.mutate([{ table: 'chapters', id: chapterId, column: 'body', value: { ...body, content: [...(body.content ?? []), para(text)] } }]);
}

describe('change authors of chapter text', () => {
  it('two persons typing in turns in one chapter after a version keep their own sentences and deletions, also after the chapter was compacted', () => {
    const path = tmp.file('turns.planverk');
    createPlanFile(path, buildSamplePlan()).close();
    const setup = openPlanFile(path, { author: kari });
    const chapter: Chapter = setup.readPlan().chapters.find((c) => c.title === 'Strategier')!;
    const version = makeVersion(setup, { name: 'Før', author: kari });
    setup.close();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Turns of Kari then Ola, each a session of its own, until the chapter has been compacted.
      for (let round = 0; round * 2 * 60 < COMPACT_AFTER_UPDATES + 20; round++) {
        for (const [person, day] of [[kari, 10], [ola, 20]] as const) {
          vi.setSystemTime(new Date(`2027-02-${day}T0${round}:00:00Z`));
          const file = openPlanFile(path, { author: person });
          for (let i = 0; i < 60; i++) appendAs(file, chapter.id, `${person.name} skrev setning ${round}-${i}.`);
          file.close();
        }
      }
      // Ola deletes one of Kari's sentences.
      vi.setSystemTime(new Date('2027-03-01T12:00:00Z'));
      const file = openPlanFile(path, { author: ola });
      const body = file.readPlan().chapters.find((c) => c.id === chapter.id)!.body;
      file.mutate([{ table: 'chapters', id: chapter.id, column: 'body', value: { ...body, content: body.content!.filter((n) => !JSON.stringify(n).includes('Kari Nordmann skrev setning 0-5.')) } }]);
      file.close();
    } finally {
      vi.useRealTimers();
    }
    const file = openPlanFile(path, { readOnly: true });
    const updates = file.database.prepare('SELECT count(*) FROM chapterUpdates WHERE chapterId = ?').pluck().get(chapter.id) as number;
    expect(updates).toBeLessThan(COMPACT_AFTER_UPDATES);
    const authors = changeAuthors(file.database, versionPoint(file.database, version.id)!, null, FALLBACK);
    const origin = { chapter: chapter.id, part: 'text' } as const;
    const at = (kind: 'ins' | 'del', text: string) => authors({ kind, origin, text });
    expect(at('ins', 'Kari Nordmann skrev setning 1-7.')).toMatchObject({ author: 'Kari Nordmann', date: expect.stringMatching(/^2027-02-10T/) });
    expect(at('ins', 'Ola Hansen skrev setning 0-59.')).toMatchObject({ author: 'Ola Hansen', date: expect.stringMatching(/^2027-02-20T/) });
    expect(at('ins', 'Kari Nordmann skrev setning 0-0.')).toMatchObject({ author: 'Kari Nordmann' });
    // Kari wrote it, Ola deleted it: the deletion is Ola's.
    expect(at('del', 'Kari Nordmann skrev setning 0-5.')).toMatchObject({ author: 'Ola Hansen', date: '2027-03-01T12:00:00Z' });
    // Text that is nowhere in the chapter's changes: its last author since the version.
    expect(at('ins', 'Dette står ikke i kapitlet.')).toMatchObject({ author: 'Ola Hansen', date: '2027-03-01T12:00:00Z' });
    // A field nobody changed since the version: the person exporting.
    expect(authors({ kind: 'ins', origin: null, text: 'ingen endret dette feltet' })).toEqual(FALLBACK);
    file.close();
  }, 240_000);
});
