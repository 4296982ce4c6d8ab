// The export check's spell-check (issue 17): the Eksport page runs export.check on the whole plan each time it opens.
// A 300-page plan (the reference plan's prose taken again) checked from cold, then again after one chapter was edited
// (only that chapter is spelled again: findings are remembered per chapter, electron/services/spell/planSpelling.ts),
// then again unchanged; and the memory the remembered findings hold. The dictionaries are loaded before timing.
import { createExportHandlers } from '../../electron/services/export/handlers';
import { nodeSpellers } from '../../electron/services/spell/nodeSpellers';
import { forgetSpelledChapters } from '../../electron/services/spell/planSpelling';
import type { PlanData } from '../../shared/domain/plan';
import { textBlocks } from '../../shared/spell/planSpell';
import type { Figures } from './run';
import { build300PagePlan } from './versions';

async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return Number((performance.now() - start).toFixed(1));
}

/** The plan with one word typed into its longest chapter, as after a keystroke on the Skriv page. */
function oneChapterEdited(plan: PlanData): PlanData {
  const next = structuredClone(plan);
  const longest = next.chapters.reduce((a, b) => (textBlocks(b.body).length > textBlocks(a.body).length ? b : a));
  longest.body = { ...longest.body, content: [...(longest.body.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: 'Et nytt avsnitt.' }] }] };
  return next;
}

export async function benchCheckSpelling(): Promise<Figures> {
  await nodeSpellers();
  let plan = build300PagePlan();
  const check = () => createExportHandlers({ currentPlan: () => plan })['export.check']({});
  forgetSpelledChapters();
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const cold = await timed(check);
  const held = (process.memoryUsage().rss - rss) / 1e6;
  plan = oneChapterEdited(plan);
  const edited = await timed(check);
  const unchanged = await timed(check);
  return {
    'checkSpelling.300p.cold': { value: cold, unit: 'ms' },
    'checkSpelling.300p.oneChapterEdited': { value: edited, unit: 'ms', anchor: 'checkSpelling.300p.cold' },
    'checkSpelling.300p.unchanged': { value: unchanged, unit: 'ms', anchor: 'checkSpelling.300p.cold' },
    'checkSpelling.300p.rssAfterCold': { value: Number(held.toFixed(1)), unit: 'MB' },
  };
}
