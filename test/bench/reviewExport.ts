// DOCX export with review content (issue 15): the 200-page reference plan with 500 comments (with ranges) and 500
// suggestions (250 insertions, 250 deletions) against the same plan's clean DOCX, rendered in the same process in
// interleaved rounds (goal: ≤ 1.5× the clean export). From the DocModel on, as the export service renders it.
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { buildDocument } from '../../shared/document/builder';
import type { Block, DocComment, DocModel } from '../../shared/document/model';
import { buildReferencePlan } from './referencePlan';
import type { Figures } from './run';

const ROUNDS = 5;
const COMMENTS = 500;
const SUGGESTIONS = 500;

function paragraphs(blocks: Block[]): Extract<Block, { kind: 'paragraph' }>[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' && b.runs.some((r) => r.kind === 'text') ? [b] : b.kind === 'quote' ? paragraphs(b.blocks) : b.kind === 'list' ? b.items.flatMap(paragraphs) : []));
}

/** The clean model with comments around whole paragraphs and suggested runs appended, spread over the document. */
export function withReviewLoad(clean: DocModel): DocModel {
  const model = structuredClone(clean);
  const paras = paragraphs(model.blocks);
  const comments: DocComment[] = [];
  for (let i = 0; i < COMMENTS; i++) {
    const p = paras[Math.floor((i * paras.length) / COMMENTS)]!;
    const id = i + 1;
    p.runs = [{ kind: 'commentStart', id }, ...p.runs, { kind: 'commentEnd', id }];
    comments.push({ id, parentId: null, author: `Person ${i % 7}`, initials: `P${i % 7}`, date: '2025-03-01T09:30:00Z', text: `Kommentar ${id}: bør dette tallfestes?`, resolved: i % 5 === 0 });
  }
  for (let i = 0; i < SUGGESTIONS; i++) {
    const p = paras[Math.floor(((i + 0.5) * paras.length) / SUGGESTIONS)]!;
    const kind = i % 2 === 0 ? 'ins' : 'del';
    p.runs.push({ kind: 'text', text: ` forslag ${i + 1}`, change: { kind, author: `Person ${i % 7}`, initials: `P${i % 7}`, date: '2025-03-02T14:00:00Z' } });
  }
  model.comments = comments;
  return model;
}

export async function benchReviewExport(): Promise<Figures> {
  const clean = buildDocument(buildReferencePlan(), { part: 'plan', watermark: 'none' });
  const review = withReviewLoad(clean);
  const date = new Date('2025-04-15T08:00:00Z');
  await renderDocx(clean, { date });
  await renderDocx(review, { date });
  const times = { clean: [] as number[], review: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, model] of [['clean', clean], ['review', review]] as const) {
      const start = performance.now();
      await renderDocx(model, { date });
      times[name].push(performance.now() - start);
    }
  }
  const p50 = (xs: number[]) => Number([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0));
  return {
    'reviewExport.docx.clean.p50': { value: p50(times.clean), unit: 'ms' },
    'reviewExport.docx.review.p50': { value: p50(times.review), unit: 'ms', anchor: 'reviewExport.docx.clean.p50' },
  };
}
