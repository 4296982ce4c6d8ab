// Compare figures (issue 16): comparePlans on two versions of the 200-page reference plan in-process (p50, goal
// < 500 ms), against prosemirror-changeset on the same chapter bodies (the library the issue asked to measure), and
// the redline DOCX's export time (both documents built, compared, drawn with w:ins/w:del) against the clean DOCX.
import { Node, Slice } from '@tiptap/pm/model';
import { ReplaceStep } from '@tiptap/pm/transform';
import { ChangeSet } from '@tiptap/pm/changeset';
import { comparePlans } from '../../shared/compare/comparePlans';
import { redlineDocument } from '../../shared/compare/redline/redlineDocument';
import { renderModel, renderPlan } from '../../electron/services/export/exportPlan';
import { compareChapters } from '../../shared/compare/chapterChanges';
import { planSchema } from '../../shared/editor';
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
