import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { FieldChange } from '../../../shared/domain/plan';
import { createPlanFile, mergeFrom, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-merge-');
afterAll(() => tmp.cleanup());
let n = 0;

type Messages = { timestamp: string; value: string }[];
const log = (f: PlanFile): Messages => f.database.prepare('SELECT timestamp, value FROM messages_crdt ORDER BY timestamp').all() as Messages;

/** Two copies of one plan, edited apart, then merged in both orders (on copies, so each order starts equal). */
function mergeBothWays(editA: (f: PlanFile) => void, editB: (f: PlanFile) => void) {
  const id = ++n;
  const base = createPlanFile(tmp.file(`base-${id}.planverk`), smallPlan());
  base.saveCopy(tmp.file(`a-${id}.planverk`));
  base.saveCopy(tmp.file(`b-${id}.planverk`));
  base.close();
  const a = openPlanFile(tmp.file(`a-${id}.planverk`));
  const b = openPlanFile(tmp.file(`b-${id}.planverk`));
  editA(a);
  editB(b);
  a.saveCopy(tmp.file(`a2-${id}.planverk`));
  b.saveCopy(tmp.file(`b2-${id}.planverk`));
  const logs = new Set([...log(a), ...log(b)].map((m) => m.timestamp));
  b.close();
  mergeFrom(a, tmp.file(`b-${id}.planverk`)); // a ← b
  a.close();
  const b2 = openPlanFile(tmp.file(`b2-${id}.planverk`));
  mergeFrom(b2, tmp.file(`a2-${id}.planverk`)); // b ← a
  b2.close();
  const ab = openPlanFile(tmp.file(`a-${id}.planverk`), { readOnly: true });
  const ba = openPlanFile(tmp.file(`b2-${id}.planverk`), { readOnly: true });
  try {
    return { ab: ab.readPlan(), ba: ba.readPlan(), logAb: log(ab), logBa: log(ba), logs };
  } finally {
    ab.close();
    ba.close();
  }
}

const plan = smallPlan();
const frameId = plan.plan.id;
const chapter = plan.chapters[0]!;
const set = (f: PlanFile, table: FieldChange['table'], id: string, column: string, value: unknown) => f.mutate([{ table, id, column, value }]);
const withParagraph = (text: string, at: 'start' | 'end') => ({
  ...chapter.body,
  content: at === 'start' ? [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...chapter.body.content!] : [...chapter.body.content!, { type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('merging two copies edited apart', () => {
  it('keeps edits of different rows from both copies', () => {
    const r = mergeBothWays(
      (a) => set(a, 'themes', 'theme-a', 'name', 'Fra A'),
      (b) => set(b, 'areas', plan.areas[0]!.id, 'name', 'Fra B'),
    );
    expect(r.ab).toEqual(r.ba);
    expect(r.ab.themes.map((t) => t.name)).toContain('Fra A');
    expect(r.ab.areas[0]!.name).toBe('Fra B');
  });

  it('keeps edits of different fields of one row from both copies', () => {
    const r = mergeBothWays(
      (a) => set(a, 'plan', frameId, 'title', 'Tittel fra A'),
      (b) => set(b, 'plan', frameId, 'caseNumber', 'K-009/24'),
    );
    expect(r.ab).toEqual(r.ba);
    expect(r.ab.plan.title).toBe('Tittel fra A');
    expect(r.ab.plan.caseNumber).toBe('K-009/24');
  });

  it('takes the later edit of the same field, and keeps both edits in the log', () => {
    const r = mergeBothWays(
      (a) => set(a, 'plan', frameId, 'title', 'Først'),
      (b) => set(b, 'plan', frameId, 'title', 'Sist'),
    );
    expect(r.ab).toEqual(r.ba);
    expect(r.ab.plan.title).toBe('Sist');
    const values = r.logAb.map((m) => m.value);
    expect(values).toContain('"Først"');
    expect(values).toContain('"Sist"');
  });

  it('merges one chapter edited at two places character by character', () => {
    const r = mergeBothWays(
      (a) => set(a, 'chapters', chapter.id, 'body', withParagraph('Skrevet i A.', 'start')),
      (b) => set(b, 'chapters', chapter.id, 'body', withParagraph('Skrevet i B.', 'end')),
    );
    expect(r.ab).toEqual(r.ba);
    const texts = r.ab.chapters[0]!.body.content!.map((n) => (n as { content?: { text: string }[] }).content?.[0]?.text);
    expect(texts).toEqual(['Skrevet i A.', 'Bakgrunn', 'Første avsnitt.', 'Skrevet i B.']);
  });

  it('converges for random edit sequences on both copies, in either merge order, losing no message (property)', () => {
    const edit = fc.oneof(
      fc.record({ k: fc.constant('title' as const), v: fc.string({ maxLength: 8 }) }),
      fc.record({ k: fc.constant('theme' as const), id: fc.constantFrom('th-x', 'th-y', plan.themes[0]!.id), v: fc.string({ maxLength: 8 }) }),
      fc.record({ k: fc.constant('cell' as const), v: fc.constantFrom('OpH', 'DpH', 'SpH', null) }),
      fc.record({ k: fc.constant('delete' as const), id: fc.constantFrom(plan.areas[0]!.id, plan.areas[1]!.id) }),
      fc.record({ k: fc.constant('chapter' as const), v: fc.stringMatching(/^[a-zæøå]{1,6}$/), at: fc.constantFrom('start' as const, 'end' as const) }),
    );
    type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;
    const apply = (f: PlanFile, edits: Edit[]) => {
      for (const e of edits) {
        if (e.k === 'title') set(f, 'plan', frameId, 'title', e.v);
        else if (e.k === 'theme') set(f, 'themes', e.id, 'name', e.v);
        else if (e.k === 'cell') set(f, 'cells', plan.cells[0]!.id, 'level', e.v);
        else if (e.k === 'delete') set(f, 'areas', e.id, 'tombstone', true);
        else set(f, 'chapters', chapter.id, 'body', withParagraph(e.v, e.at));
      }
    };
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), fc.array(edit, { maxLength: 6 }), (ea, eb) => {
        const r = mergeBothWays((a) => apply(a, ea), (b) => apply(b, eb));
        expect(r.ab).toEqual(r.ba);
        expect(new Set(r.logAb.map((m) => m.timestamp))).toEqual(r.logs);
        expect(new Set(r.logBa.map((m) => m.timestamp))).toEqual(r.logs);
      }),
      { seed: 20240415, numRuns: 25 },
    );
  });
});
