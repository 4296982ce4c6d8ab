// Two copies that make the same paragraph join apart (both accept the same proposed join, both reject the same proposed
// split, or both press Backspace at the same paragraph start) each write the second paragraph's text into the first as
// new Yjs items. The merge of returned copies keeps that text once, says so in its report, gives the same plan in both
// merge orders, and changes nothing when the same copy is merged again. Text two copies typed alike stays twice.
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { afterAll, describe, expect, it } from 'vitest';
import { previewMerge, runMerge } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import type { MergeSummary } from '../../../shared/api/calls/merge';
import type { RichText } from '../../../shared/domain/plan';
import { planSchema } from '../../../shared/editor';
import { decideSuggestions, type Decision } from '../../../shared/editor/suggestions';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { tempDir } from '../store/helpers';

const tmp = tempDir('planverk-doubledmove-');
afterAll(() => tmp.cleanup());
const sample = buildSamplePlan();
const chapter = sample.chapters.find((c) => c.kind === 'chapter')!;
const FIRST = 'Kommunen skal planlegge for vekst ';
const SECOND = 'i sentrum.';
const THIRD = 'Tiltak skal vurderes årlig.';
const breakBy = (kind: 'insertion' | 'deletion') => ({
  kind,
  id: `brk-${kind}`,
  authorId: 'p-kari',
  authorName: 'Kari Nordmann',
  authorInitials: 'KN',
  authorGroup: 'Helse',
  date: '2026-12-07T05:00:00.000Z',
});
const para = (text: string, brk?: ReturnType<typeof breakBy>) => ({ type: 'paragraph', ...(brk ? { attrs: { paragraphBreak: brk } } : {}), content: [{ type: 'text', text }] });
const body = (...content: unknown[]) => ({ type: 'doc', content }) as RichText;

let n = 0;
/** The plan (with `start` as the chapter's text) and two copies of it, each changed by `act` on its chapter text. */
function plansWith(start: RichText, act: (b: RichText) => RichText) {
  const id = ++n;
  const [base, a, b, one, two] = ['base', 'a', 'b', 'one', 'two'].map((x) => tmp.file(`Plan ${id} ${x}.planverk`)) as [string, string, string, string, string];
  const file = createPlanFile(base, sample);
  file.mutate([{ table: 'chapters', id: chapter.id, column: 'body', value: start }]);
  for (const path of [a, b, one, two]) file.saveCopy(path);
  file.close();
  for (const path of [a, b]) {
    const copy = openPlanFile(path);
    copy.mutate([{ table: 'chapters', id: chapter.id, column: 'body', value: act(copy.readPlan().chapters.find((c) => c.id === chapter.id)!.body) }]);
    copy.close();
  }
  return { a, b, one, two };
}

/** Merges the copies into `target` in order; the reports (preview and merge agree) and the chapter text after. */
function mergeInto(target: string, copies: readonly string[], asSuggestions = false): { reports: MergeSummary[]; text: RichText } {
  const file = openPlanFile(target);
  try {
    const reports = copies.map((path) => {
      const preview = previewMerge(file, path, { asSuggestions });
      const outcome = runMerge(file, path, { asSuggestions });
      expect(outcome.doubledText).toEqual(preview.doubledText);
      return outcome;
    });
    return { reports, text: file.readPlan().chapters.find((c) => c.id === chapter.id)!.body };
  } finally {
    file.close();
  }
}

function decided(decision: Decision, id: string) {
  return (b: RichText): RichText => {
    const state = EditorState.create({ doc: PmNode.fromJSON(planSchema(), b) });
    const tr = state.tr;
    expect(decideSuggestions(tr, decision, { ids: [id] })).toBeGreaterThan(0);
    return tr.doc.toJSON() as RichText;
  };
}

const paragraphs = (b: RichText) => PmNode.fromJSON(planSchema(), b).content.content.map((p) => p.textContent);

describe('merge of copies that moved the same text', () => {
  const cases: Array<[string, RichText, (b: RichText) => RichText, string]> = [
    ['both accept the same proposed join', body(para(FIRST + SECOND, breakBy('deletion')), para(THIRD)), decided('accept', 'brk-deletion'), THIRD],
    ['both reject the same proposed split', body(para(FIRST, breakBy('insertion')), para(SECOND), para(THIRD)), decided('reject', 'brk-insertion'), SECOND],
    // Backspace at the start of «i sentrum.»: the editor's Yjs sync writes the joined paragraph as this body.
    ['both press Backspace at the same paragraph start', body(para(FIRST), para(SECOND), para(THIRD)), () => body(para(FIRST + SECOND), para(THIRD)), SECOND],
  ];
  for (const [name, start, act, moved] of cases) {
    it(`${name}: merged in both orders the text is there once, the plans are identical, the report says so once; merging a copy again changes nothing`, () => {
      const { a, b, one, two } = plansWith(start, act);
      const ab = mergeInto(one, [a, b]);
      const ba = mergeInto(two, [b, a]);
      const joined = moved === THIRD ? [FIRST + SECOND + THIRD] : [FIRST + SECOND, THIRD];
      expect(paragraphs(ab.text)).toEqual(joined);
      expect(ab.text).toEqual(ba.text);
      expect(JSON.stringify(ab.text)).not.toContain('paragraphBreak');
      for (const { reports } of [ab, ba]) {
        expect(reports.flatMap((r) => r.doubledText)).toEqual([{ chapterId: chapter.id, chapterTitle: chapter.title, text: moved }]);
      }
      // Merging either copy again: nothing new, nothing reported, the text as it was.
      const again = mergeInto(one, [b, a]);
      expect(again.reports.map((r) => [r.nothingNew, r.doubledText])).toEqual([
        [true, []],
        [true, []],
      ]);
      expect(again.text).toEqual(ab.text);
      // A copy merged into the other (both ways) gives the same text too.
      expect(mergeInto(a, [b]).text).toEqual(ab.text);
      expect(mergeInto(b, [a]).text).toEqual(ab.text);
    });
  }

  it('as suggestions: nothing is claimed kept once; the second copy\'s join arrives as its insertion suggestion, visible', () => {
    const { a, b, one } = plansWith(body(para(FIRST), para(SECOND), para(THIRD)), () => body(para(FIRST + SECOND), para(THIRD)));
    const merged = mergeInto(one, [a, b], true);
    expect(merged.reports.flatMap((r) => r.doubledText)).toEqual([]);
    const inserted: string[] = [];
    PmNode.fromJSON(planSchema(), merged.text).descendants((node) => {
      if (node.isText && node.marks.some((m) => m.type.name === 'insertion')) inserted.push(node.text!);
    });
    expect(inserted).toContain(SECOND);
  });

  it('two copies that type the same sentence into a paragraph (nothing deleted) keep both: not a doubled move', () => {
    const { a, b, one } = plansWith(body(para(FIRST + SECOND), para(THIRD)), () => body(para(`${FIRST}${SECOND} ${THIRD}`), para(THIRD)));
    const merged = mergeInto(one, [a, b]);
    expect(paragraphs(merged.text)).toEqual([`${FIRST}${SECOND} ${THIRD} ${THIRD}`, THIRD]);
    expect(merged.reports.flatMap((r) => r.doubledText)).toEqual([]);
  });
});
