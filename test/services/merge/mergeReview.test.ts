// Review in returned copies (issue 15): the merge preview says, per person, how many suggestions and comments each copy
// brings (and all copies together); three persons' copies with suggestions and comments merged in every order give the
// identical plan with every suggestion and comment kept.
import { Node as PmNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { previewCopies, runCopies } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile, type PlanFile } from '../../../electron/services/store';
import type { Person } from '../../../shared/domain/person';
import type { PlanData } from '../../../shared/domain/plan';
import { planSchema } from '../../../shared/editor';
import { listSuggestions } from '../../../shared/editor/suggestions';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { runCliCaptured } from '../../cli/capture';
import { sha256File, tempDir } from '../store/helpers';
import { chapterDoc, commentOn, editChapter, KARI, OLA, PER, replyTo, textPositions } from './reviewCopies';

const tmp = tempDir('planverk-mergereview-');
afterAll(() => tmp.cleanup());
let n = 0;

const sample = buildSamplePlan();
const prose = sample.chapters.filter((c) => c.kind === 'chapter' && (c.body.content ?? []).filter((b) => b.type === 'paragraph' && b.content).length > 1);
const [first, second] = [prose[0]!, prose[1]!];

/** The plan and a copy of it per person, each copy edited by its person with `work`. */
function copiesFor(people: readonly Person[], work: (file: PlanFile, person: Person, i: number) => void): { plan: string; copies: string[] } {
  const id = ++n;
  const plan = tmp.file(`Plan ${id}.planverk`);
  const base = createPlanFile(plan, sample);
  const copies = people.map((p) => {
    const path = tmp.file(`Plan ${id} – ${p.name}.planverk`);
    base.saveCopy(path);
    return path;
  });
  base.close();
  people.forEach((person, i) => {
    const file = openPlanFile(copies[i]!, { author: person });
    try {
      work(file, person, i);
    } finally {
      file.close();
    }
  });
  return { plan, copies };
}

/** The first paragraph text position of `word` in the chapter as the file has it. */
function wordAt(file: PlanFile, chapterId: string, nth = 0): { from: number; to: number } {
  const found: { from: number; to: number }[] = [];
  chapterDoc(file, chapterId).descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const m = /[a-zæøå]{4,}/i.exec(node.textContent);
    if (m) found.push({ from: pos + 1 + m.index, to: pos + 1 + m.index + m[0].length });
    return false;
  });
  return found[nth % found.length]!;
}

function readOnly<T>(path: string, read: (file: PlanFile) => T): T {
  const file = openPlanFile(path, { readOnly: true });
  try {
    return read(file);
  } finally {
    file.close();
  }
}

const suggestionsIn = (plan: PlanData): string[] =>
  plan.chapters.flatMap((c) => listSuggestions(PmNode.fromJSON(planSchema(), c.body)).map((s) => `${c.id}:${s.kind}:${s.id}:${s.authorId}`)).sort();

/** Kari: two suggestions (an insertion and a deletion, in two chapters) and a comment; Ola: one suggestion; Per: a comment and his reply. */
function reviewedCopies() {
  return copiesFor([KARI, OLA, PER], (file, person) => {
    if (person === KARI) {
      editChapter(file, first.id, (tr) => tr.insertText('ikke ', wordAt(file, first.id).from));
      const word = wordAt(file, second.id);
      editChapter(file, second.id, (tr) => tr.delete(word.from, word.to));
      commentOn(file, first.id, 'Stemmer dette?', wordAt(file, first.id, 1));
    } else if (person === OLA) {
      editChapter(file, second.id, (tr) => tr.insertText('Ny setning. ', wordAt(file, second.id, 1).from));
    } else {
      const root = commentOn(file, second.id, 'Kilde mangler.', wordAt(file, second.id, 2));
      replyTo(file, root, 'Jeg finner den.');
    }
  });
}

describe('merge preview: what each person brings for review', () => {
  it('counts per person the suggestions and comments each copy brings, and all copies together, without touching the files', () => {
    const { plan, copies } = reviewedCopies();
    const before = [plan, ...copies].map(sha256File);
    const preview = readOnly(plan, (file) => previewCopies(file, copies));
    expect([plan, ...copies].map(sha256File)).toEqual(before);
    const row = (p: Person, suggestions: number, comments: number) => ({ authorId: p.id, name: p.name, group: p.group, suggestions, comments });
    expect(preview.copies.map((c) => c.review)).toEqual([[row(KARI, 2, 1)], [row(OLA, 1, 0)], [row(PER, 0, 2)]]);
    expect(preview.total.review).toEqual([row(KARI, 2, 1), row(OLA, 1, 0), row(PER, 0, 2)]);

    // The merge brings exactly what the preview said.
    const file = openPlanFile(plan, { author: { id: 'p-radgiver', name: 'Rådgiver', initials: 'R', group: null } });
    try {
      const outcome = runCopies(file, copies);
      expect(outcome.total.review).toEqual(preview.total.review);
      const merged = file.readPlan();
      expect(suggestionsIn(merged).length).toBe(3);
      expect(merged.comments.length).toBe(3);
      // A copy merged again brings nothing new to review.
      expect(previewCopies(file, copies).total.review).toEqual([]);
    } finally {
      file.close();
    }
  });

  it('cli merge --preview says per person how many suggestions and comments each copy brings (text and --json)', async () => {
    const { plan, copies } = reviewedCopies();
    const text = await runCliCaptured('merge', plan, ...copies, '--preview');
    expect(text.code).toBe(0);
    expect(text.out).toContain('    Kari Nordmann (Helse): 2 forslag, 1 kommentar til gjennomgang.');
    expect(text.out).toContain('    Per Berg: 2 kommentarer til gjennomgang.');
    expect(text.out).toContain('  Ola Hansen (Kultur): 1 forslag til gjennomgang.');
    const json = await runCliCaptured('merge', plan, copies[0]!, '--preview', '--json');
    const report = JSON.parse(json.out.join('\n')) as { copies: { review: unknown[] }[] };
    expect(report.copies[0]!.review).toEqual([{ authorId: KARI.id, name: KARI.name, group: KARI.group, suggestions: 2, comments: 1 }]);
  });
});

type Work = { k: 'insert' | 'delete' | 'comment' | 'reply'; chapter: number; at: number; text: string };
const work: fc.Arbitrary<Work> = fc.record({
  k: fc.constantFrom('insert' as const, 'insert' as const, 'delete' as const, 'comment' as const, 'reply' as const),
  chapter: fc.nat({ max: 1 }),
  at: fc.nat({ max: 5000 }),
  text: fc.constantFrom('ikke ', 'ny', 'X', 'sterk ', 'å'),
});

/** One person's work in their copy, through suggestion mode and the comment service. */
function doWork(file: PlanFile, items: readonly Work[]): void {
  const own: string[] = [];
  for (const w of items) {
    const chapterId = [first, second][w.chapter]!.id;
    const positions = textPositions(chapterDoc(file, chapterId));
    const at = positions[w.at % positions.length]!;
    if (w.k === 'insert') editChapter(file, chapterId, (tr) => tr.insertText(w.text, at));
    else if (w.k === 'delete') {
      const end = Math.min(at + 1 + (w.at % 6), chapterDoc(file, chapterId).resolve(at).end());
      if (end > at) editChapter(file, chapterId, (tr) => tr.delete(at, end));
    } else if (w.k === 'reply' && own.length > 0) own.push(replyTo(file, own[w.at % own.length]!, w.text));
    else {
      const end = Math.min(at + 1 + (w.at % 9), chapterDoc(file, chapterId).resolve(at).end());
      if (end > at) own.push(commentOn(file, chapterId, w.text, { from: at, to: end }));
    }
  }
}

const ORDERS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
];

describe('three persons\' copies with suggestions and comments', () => {
  it('merged in every order (one step, or one copy at a time) give the identical plan, with every suggestion and comment kept and counted for its person', () => {
    fc.assert(
      fc.property(fc.tuple(fc.array(work, { minLength: 1, maxLength: 4 }), fc.array(work, { minLength: 1, maxLength: 4 }), fc.array(work, { minLength: 1, maxLength: 4 })), (works) => {
        const people = [KARI, OLA, PER];
        const { plan, copies } = copiesFor(people, (file, _p, i) => doWork(file, works[i]!));
        const own = copies.map((c) => readOnly(c, (f) => f.readPlan()));
        const results = ORDERS.map((order, k) => {
          const target = plan.replace(/\.planverk$/, ` – rekkefølge ${k}.planverk`);
          readOnly(plan, (f) => f.saveCopy(target));
          const file = openPlanFile(target, { author: { id: 'p-radgiver', name: 'Rådgiver', initials: 'R', group: null } });
          try {
            // Half the orders merge all copies in one step, the others one copy at a time.
            const reviews = k % 2 === 0 ? [runCopies(file, order.map((i) => copies[i]!)).total.review] : order.map((i) => runCopies(file, [copies[i]!]).total.review);
            return { json: canonicalPlanJson(file.readPlan()), plan: file.readPlan(), reviews: reviews.flat() };
          } finally {
            file.close();
          }
        });
        expect(new Set(results.map((r) => r.json)).size).toBe(1);
        const merged = results[0]!.plan;
        const all = new Set(suggestionsIn(merged));
        const comments = new Set(merged.comments.map((c) => c.id));
        people.forEach((person, i) => {
          const mine = suggestionsIn(own[i]!);
          for (const s of mine) expect(all.has(s), s).toBe(true);
          for (const c of own[i]!.comments) expect(comments.has(c.id), c.id).toBe(true);
          // Every order counts the same for each person: their suggestions and comments, once.
          for (const r of results) {
            const counted = r.reviews.filter((p) => p.authorId === person.id);
            expect(counted.reduce((s, p) => s + p.suggestions, 0)).toBe(mine.length);
            expect(counted.reduce((s, p) => s + p.comments, 0)).toBe(own[i]!.comments.length);
          }
        });
      }),
      { numRuns: Number(process.env.PLANVERK_MERGE_RUNS ?? 3), seed: 20261207 },
    );
  }, 300_000);
});
