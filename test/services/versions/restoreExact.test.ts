// Property (issue 16): restoring a version gives a new plan file whose export-json is exactly the version's, whatever
// was edited before and after it (fields, new and deleted rows, chapter text typed and deleted). Read back with the
// real CLI `export-json`. More runs: PLANVERK_VERSION_RUNS=50.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile, type PlanFile } from '../../../electron/services/store';
import { makeVersion, restoreVersion } from '../../../electron/services/versions/versionService';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { runCliCaptured } from '../../cli/capture';
import { tempDir } from '../store/helpers';

const RUNS = Number(process.env.PLANVERK_VERSION_RUNS ?? 4);
const tmp = tempDir('planverk-restore-');
afterAll(() => tmp.cleanup());

type Op = { k: 'title' | 'theme' | 'type' | 'clear' | 'add' | 'drop'; pick: number; text: string };
const op: fc.Arbitrary<Op> = fc.record({ k: fc.constantFrom('title' as const, 'theme' as const, 'type' as const, 'clear' as const, 'add' as const, 'drop' as const), pick: fc.nat({ max: 500 }), text: fc.stringMatching(/^[a-zæøå ]{1,10}$/) });
const at = <T,>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

function changesFor(o: Op, p: PlanData, step: string): FieldChange[] {
  const chapter = at(p.chapters.filter((c) => (c.body.content ?? []).some((b) => b.type === 'paragraph')), o.pick);
  switch (o.k) {
    case 'title':
      return [{ table: 'plan', id: p.plan.id, column: 'title', value: `${o.text} ${step}` }];
    case 'theme': {
      const theme = at(p.themes, o.pick);
      return theme ? [{ table: 'themes', id: theme.id, column: 'name', value: `${o.text} ${step}` }] : [];
    }
    case 'type':
    case 'clear': {
      if (!chapter) return [];
      const blocks = [...(chapter.body.content ?? [])];
      const i = blocks.findIndex((b) => b.type === 'paragraph');
      blocks[i] = o.k === 'clear' ? { type: 'paragraph', content: [{ type: 'text', text: o.text.trim() || 'x' }] } : { ...blocks[i]!, content: [...((blocks[i]!.content as unknown[]) ?? []), { type: 'text', text: ` ${o.text}` }] };
      return [{ table: 'chapters', id: chapter.id, column: 'body', value: { type: 'doc', content: blocks } }];
    }
    case 'add':
      return [
        { table: 'themes', id: `tema-${step}`, column: 'name', value: `Tema ${o.text}` },
        { table: 'themes', id: `tema-${step}`, column: 'sortKey', value: 50 + o.pick },
      ];
    case 'drop': {
      const measure = at(p.measures, o.pick);
      return measure ? [{ table: 'measures', id: measure.id, column: 'tombstone', value: true }] : [];
    }
  }
}

function edit(file: PlanFile, ops: readonly Op[], tag: string): void {
  ops.forEach((o, i) => {
    const changes = changesFor(o, file.readPlan(), `${tag}${i}`);
    if (changes.length) file.mutate(changes);
  });
}

describe('restoring a version', () => {
  const base = tmp.file('base.planverk');
  createPlanFile(base, buildSamplePlan()).close();
  let run = 0;

  it('gives a new plan file whose export-json is exactly the version\u2019s (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 5 }), fc.array(op, { minLength: 1, maxLength: 5 }), async (before, after) => {
        run++;
        const path = tmp.file(`plan${run}.planverk`);
        const seed = openPlanFile(base, { readOnly: true });
        seed.saveCopy(path);
        seed.close();
        const file = openPlanFile(path);
        edit(file, before, 'b');
        const v = makeVersion(file, { name: `Versjon ${run}` });
        const expected = canonicalPlanJson(file.readPlan());
        edit(file, after, 'a');
        const target = tmp.file(`restored${run}.planverk`);
        restoreVersion(file, v.id, target);
        file.close();
        const out = tmp.file(`restored${run}.json`);
        const r = await runCliCaptured('export-json', target, '--out', out);
        expect(r.code).toBe(0);
        expect(readFileSync(out, 'utf8')).toBe(expected);
      }),
      { seed: Number(process.env.PLANVERK_VERSION_SEED ?? 20261207), numRuns: RUNS },
    );
  }, 600_000);
});
