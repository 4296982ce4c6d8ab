// Compare figures (issue 16): comparePlans on two versions of the 200-page reference plan in-process (p50, goal
// < 500 ms), against prosemirror-changeset on the same chapter bodies (the library the issue asked to measure), and
// the redline DOCX's export time (both documents built, compared, drawn with w:ins/w:del) against the clean DOCX.
// compare.versions.*: the same pair as two named versions of one plan file, read back from the file and compared, as
// the compare page and `cli compare --from <version>` do: cold (the first read in the process) and p50 (repeated).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Node, Slice } from '@tiptap/pm/model';
import { ReplaceStep } from '@tiptap/pm/transform';
import { ChangeSet } from '@tiptap/pm/changeset';
import { comparePlans } from '../../shared/compare/comparePlans';
import { redlineDocument } from '../../shared/compare/redline/redlineDocument';
import { renderModel, renderPlan } from '../../electron/services/export/exportPlan';
import { compareChapters } from '../../shared/compare/chapterChanges';
import { planSchema } from '../../shared/editor';
import { TABLE_NAMES, type FieldChange, type PlanData } from '../../shared/domain/plan';
import { createPlanFile, openPlanFile, type PlanFile } from '../../electron/services/store';
import { makeVersion, readVersion } from '../../electron/services/versions/versionService';
import { forgetChaptersAtVersions } from '../../electron/services/versions/chapterAtVersion';
import { buildReferencePlan } from './referencePlan';
import { reviseReferencePlan } from './referenceRevision';
import type { Figures } from './run';

const RUNS = 7;
const DOCX_RUNS = 3;

async function p50(run: () => unknown, runs = RUNS): Promise<number> {
  await run(); // warm: the first run pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Number(times[Math.floor(runs / 2)]!.toFixed(1));
}

/** Every field where `after` differs from `before`, as the changes an adviser's edits would log. */
function changesBetween(before: PlanData, after: PlanData): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const table of TABLE_NAMES) {
    const rowsOf = (p: PlanData) => (table === 'plan' ? [p.plan] : (p[table] as { id: string }[]));
    const old = new Map(rowsOf(before).map((r) => [r.id, r as Record<string, unknown>]));
    for (const row of rowsOf(after) as Record<string, unknown>[]) {
      const prev = old.get(row.id as string);
      for (const [column, value] of Object.entries(row)) {
        if (column !== 'id' && JSON.stringify(prev?.[column]) !== JSON.stringify(value)) changes.push({ table, id: row.id as string, column, value });
      }
    }
  }
  return changes;
}

/** The reference plan saved as «Høringsutkast», then revised and saved as «Revidert»: the two versions' ids. */
function planWithTwoVersions(path: string): { file: PlanFile; from: string; to: string } {
  const before = buildReferencePlan();
  createPlanFile(path, before).close();
  const file = openPlanFile(path);
  const from = makeVersion(file, { name: 'Høringsutkast' }).id;
  file.mutate(changesBetween(file.readPlan(), reviseReferencePlan(file.readPlan())));
  const to = makeVersion(file, { name: 'Revidert' }).id;
  return { file, from, to };
}

export async function benchCompareVersions(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-compare-'));
  const { file, from, to } = planWithTwoVersions(join(dir, 'plan.planverk'));
  try {
    const compareVersions = () => comparePlans(readVersion(file, from).plan, readVersion(file, to).plan);
    forgetChaptersAtVersions();
    const start = performance.now();
    const first = compareVersions();
    const coldMs = performance.now() - start;
    if (first.chapters.length === 0) throw new Error('the two versions compare equal: the revision was not saved');
    return {
      'compare.versions.cold': { value: Number(coldMs.toFixed(1)), unit: 'ms' },
      'compare.versions.p50': { value: await p50(compareVersions), unit: 'ms', anchor: 'compare.plan.p50' },
    };
  } finally {
    file.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchCompare(): Promise<Figures> {
  const before = buildReferencePlan();
  const after = reviseReferencePlan(before);
  const schema = planSchema();
  const changeset = () => {
    const old = new Map(before.chapters.map((c) => [c.id, c]));
    for (const c of after.chapters) {
      const prev = old.get(c.id);
      if (!prev) continue;
      const a = Node.fromJSON(schema, prev.body);
      const b = Node.fromJSON(schema, c.body);
      const step = new ReplaceStep(0, a.content.size, new Slice(b.content, 0, 0));
      ChangeSet.create(a).addSteps(b, [step.getMap()], null);
    }
  };
  const by = { author: 'Kari Nordmann', initials: 'KN', date: null };
  const redline = () => redlineDocument(before, after, { part: 'plan', watermark: 'none', by, fromLabel: 'Høringsutkast' });
  return {
    'compare.plan.p50': { value: await p50(() => comparePlans(before, after)), unit: 'ms' },
    'compare.chapters.jsdiff.p50': { value: await p50(() => compareChapters(before.chapters, after.chapters)), unit: 'ms' },
    'compare.chapters.changeset.p50': { value: await p50(changeset), unit: 'ms', anchor: 'compare.chapters.jsdiff.p50' },
    'compare.redlineModel.p50': { value: await p50(redline), unit: 'ms' },
    'compare.docx.clean.p50': { value: await p50(() => renderPlan(after, { format: 'docx' }), DOCX_RUNS), unit: 'ms' },
    'compare.docx.redline.p50': { value: await p50(() => renderModel(redline(), after, { format: 'docx' }), DOCX_RUNS), unit: 'ms', anchor: 'compare.docx.clean.p50' },
  };
}
