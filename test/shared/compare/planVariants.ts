// fast-check arbitraries for the compare tests: a plan (the sample) and random edits of its chapters (words, marks,
// blocks, titles, places), its matrix cells, its structured tables and its frame, in canonical ProseMirror JSON.
import fc from 'fast-check';
import type { Chapter, PlanData, ResponsibilityLevel } from '../../../shared/domain/plan';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';

const WORDS = ['helse', 'omsorg', 'kommunen', 'skal', 'sikre', 'gode', 'tjenester', 'og', 'mestring,', 'bolig.', '«tidlig»', 'innsats', '2025', 'æøå'];

type Segment = { text: string; bold: boolean };
const segment = fc.record({ text: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')), bold: fc.boolean() });

/** Canonical inline content: neighbouring segments with the same marks joined (as ProseMirror keeps text). */
function inline(segments: Segment[]): unknown[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.bold === s.bold) last.text += ` ${s.text}`;
    else out.push({ ...s, text: out.length > 0 ? ` ${s.text}` : s.text });
  }
  return out.map((s) => (s.bold ? { type: 'text', marks: [{ type: 'bold' }], text: s.text } : { type: 'text', text: s.text }));
}

const paragraph = fc.array(segment, { minLength: 0, maxLength: 4 }).map((segs) => (segs.length > 0 ? { type: 'paragraph', content: inline(segs) } : { type: 'paragraph' }));
const heading = fc.tuple(fc.constantFrom(2, 3), fc.array(segment, { minLength: 1, maxLength: 2 })).map(([level, segs]) => ({ type: 'heading', attrs: { level }, content: inline(segs) }));
const list = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'bulletList', content: items.map((p) => ({ type: 'listItem', content: [p] })) }));
export const block = fc.oneof({ weight: 5, arbitrary: paragraph }, heading, list);

/** A chapter body edit: the blocks replaced, inserted, removed or one word changed. */
const bodyEdit = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), block }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), block }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
);

const chapterEdit = fc.record({
  at: fc.nat(),
  body: fc.array(bodyEdit, { maxLength: 4 }),
  title: fc.option(fc.constantFrom('Ny tittel', 'Helse og omsorg', 'Bolig'), { nil: undefined }),
  sortKey: fc.option(fc.integer({ min: -5, max: 5000 }), { nil: undefined }),
  remove: fc.boolean(),
});

export const planEdits = fc.record({
  chapters: fc.array(chapterEdit, { maxLength: 4 }),
  newChapter: fc.option(fc.array(block, { minLength: 1, maxLength: 4 }), { nil: undefined }),
  cells: fc.array(fc.tuple(fc.nat(), fc.constantFrom<ResponsibilityLevel | null>('OpH', 'DpH', 'SpH', null)), { maxLength: 5 }),
  removeMeasure: fc.option(fc.nat(), { nil: undefined }),
  measureName: fc.option(fc.tuple(fc.nat(), fc.constantFrom('Nytt tiltak', 'Hverdagsmestring')), { nil: undefined }),
  addLaw: fc.boolean(),
  title: fc.option(fc.constantFrom('Kommunedelplan helse 2026–2038', 'Temaplan'), { nil: undefined }),
});
export type PlanEdits = typeof planEdits extends fc.Arbitrary<infer T> ? T : never;

const SAMPLE = buildSamplePlan();
export const samplePlan = (): PlanData => structuredClone(SAMPLE);

export function applyEdits(plan: PlanData, edits: PlanEdits, tag: string): PlanData {
  const out = structuredClone(plan);
  let chapters: Chapter[] = out.chapters;
  for (const e of edits.chapters) {
    if (chapters.length === 0) break;
    const index = e.at % chapters.length;
    const c = chapters[index]!;
    if (e.remove) {
      chapters = chapters.filter((x) => x.id !== c.id && x.parentId !== c.id);
      continue;
    }
    const content = [...((c.body.content ?? []) as unknown[])];
    for (const b of e.body) {
      const at = content.length === 0 ? 0 : b.at % content.length;
      if (b.op === 'remove') content.splice(at, 1);
      else if (b.op === 'insert') content.splice(at, 0, b.block);
      else content.splice(at, 1, b.block);
    }
    chapters[index] = { ...c, title: e.title ?? c.title, sortKey: e.sortKey ?? c.sortKey, body: content.length > 0 ? { type: 'doc', content } : { type: 'doc' } };
  }
  if (edits.newChapter) chapters.push({ id: `ny-${tag}`, sortKey: 9999, parentId: null, kind: 'chapter', title: `Nytt kapittel ${tag}`, numbered: true, status: 'utkast', groupId: null, body: { type: 'doc', content: edits.newChapter } });
  out.chapters = chapters;
  for (const [i, level] of edits.cells) {
    const cell = out.cells[i % out.cells.length]!;
    out.cells = out.cells.map((x) => (x.id === cell.id ? { ...x, level } : x));
  }
  if (edits.removeMeasure !== undefined && out.measures.length > 0) out.measures.splice(edits.removeMeasure % out.measures.length, 1);
  if (edits.measureName && out.measures.length > 0) {
    const [i, name] = edits.measureName;
    out.measures[i % out.measures.length] = { ...out.measures[i % out.measures.length]!, name };
  }
  if (edits.addLaw) out.laws.push({ id: `lov-${tag}`, sortKey: 500, name: `Lov ${tag}`, lovdataId: null, purpose: 'Formål' });
  if (edits.title) out.plan = { ...out.plan, title: edits.title };
  return out;
}
