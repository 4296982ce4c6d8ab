// A revision of the 200-page reference plan, as after a hearing: words changed in every seventh paragraph, new and
// removed paragraphs, two chapters renamed and one moved, matrix cells and measures changed, the status line rewritten.
// Shared by the compare bench and the compare tests that need a realistic pair.
import type { PlanData } from '../../shared/domain/plan';

type Json = { type: string; content?: Json[]; text?: string; attrs?: Record<string, unknown> };

export function reviseReferencePlan(before: PlanData): PlanData {
  const plan = structuredClone(before);
  let n = 0;
  for (const chapter of plan.chapters) {
    const content = (chapter.body.content ?? []) as Json[];
    for (const block of content) {
      if (block.type !== 'paragraph' || !block.content?.[0]?.text || n++ % 7 !== 0) continue;
      block.content[0].text = block.content[0].text.replace(/\bgode\b/, 'trygge').replace(/\btjenester\b/, 'tjenester og tilbud');
    }
    if (chapter.id.endsWith('-3') || chapter.id.endsWith('-9')) content.splice(2, 0, { type: 'paragraph', content: [{ type: 'text', text: 'Etter høringen er dette avsnittet lagt til.' }] });
    if (chapter.id.endsWith('-5')) content.splice(3, 1);
  }
  const ref = plan.chapters.filter((c) => c.id.startsWith('ref-chapter-'));
  ref[1]!.title = `${ref[1]!.title} og frivillighet`;
  ref[4]!.title = 'Kompetanse';
  ref[10]!.sortKey = ref[2]!.sortKey - 0.5;
  for (const cell of plan.cells.slice(0, 5)) cell.level = cell.level === 'DpH' ? 'SpH' : 'DpH';
  for (const m of plan.measures.slice(0, 3)) m.costOre += 1_000_000;
  plan.plan.statusLine = 'Revidert etter høring 01.09.2025';
  return plan;
}
