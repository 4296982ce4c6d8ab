// «Slå sammen som forslag» (issue 15): a returned copy's chapter text changes, even those made outside suggestion
// mode, arrive as suggestions by the copy's person against the common ancestor; the plan's own later edits stay as
// they are; accepting them all gives the ordinary merge's text, rejecting them all gives the plan's own text.
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { afterAll, describe, expect, it } from 'vitest';
import { previewCopies, runCopies } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import type { Person } from '../../../shared/domain/person';
import { decideSuggestions, listSuggestions, type Decision } from '../../../shared/editor/suggestions';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { runCliCaptured } from '../../cli/capture';
import { sha256File, tempDir } from '../store/helpers';
import { runs } from '../../editor/suggestionHelpers';
import { chapterDoc, editChapter, KARI, OLA } from './reviewCopies';

const tmp = tempDir('planverk-mergeassuggestions-');
afterAll(() => tmp.cleanup());
let n = 0;
const ADVISER: Person = { id: 'p-radgiver', name: 'Rådgiver Rå', initials: 'RR', group: null };
const sample = buildSamplePlan();
const chapter = sample.chapters.find((c) => c.kind === 'chapter' && (c.body.content ?? []).filter((b) => b.type === 'paragraph' && b.content).length > 1)!;

/** Text position right after the first occurrence of `text`. */
function after(doc: PmNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0 || !node.isTextblock) return found < 0;
    const i = node.textContent.indexOf(text);
    if (i >= 0) found = pos + 1 + i + text.length;
    return false;
  });
  if (found < 0) throw new Error(`no «${text}»`);
  return found;
}

function setup() {
  const id = ++n;
  const plan = tmp.file(`Plan ${id}.planverk`);
  const copy = tmp.file(`Plan ${id} – Kari.planverk`);
  const base = createPlanFile(plan, sample);
  base.saveCopy(copy);
  base.close();
  return { plan, copy };
}

/** The paragraph's runs as «text[+KN]» (from test/editor's helper), found by its first words. */
function paragraphRuns(doc: PmNode): string {
  return runs(doc).split(' ¶ ').find((p) => p.startsWith('Planen bygger'))!;
}

/**
 * Kari's copy: «ikke » typed and «ansatte og » deleted outside suggestion mode, «gjerne » proposed in suggestion mode;
 * the plan meanwhile got the adviser's own sentence at the end of the same paragraph.
 */
function karisCopy() {
  const { plan, copy } = setup();
  const k = openPlanFile(copy, { author: KARI });
  editChapter(k, chapter.id, (tr) => tr.insertText('ikke ', after(chapterDoc(k, chapter.id), 'som ble ')), { plain: true });
  const at = after(chapterDoc(k, chapter.id), 'ansatte og ');
  editChapter(k, chapter.id, (tr) => tr.delete(at - 'ansatte og '.length, at), { plain: true });
  editChapter(k, chapter.id, (tr) => tr.insertText('gjerne ', after(chapterDoc(k, chapter.id), 'og på ')));
  const own = listSuggestions(chapterDoc(k, chapter.id)).map((s) => s.id);
  k.close();
  const h = openPlanFile(plan, { author: ADVISER });
  editChapter(h, chapter.id, (tr) => tr.insertText(' Rådgiverens tillegg.', after(chapterDoc(h, chapter.id), 'samarbeidspartnere.')), { plain: true });
  const here = chapterDoc(h, chapter.id);
  h.close();
  return { plan, copy, own, here };
}

function decideAll(doc: PmNode, decision: Decision): PmNode {
  const state = EditorState.create({ doc });
  const tr = state.tr;
  decideSuggestions(tr, decision, {});
  return tr.doc;
}

function merged(plan: string, copy: string, asSuggestions: boolean, author: Person = ADVISER) {
  const file = openPlanFile(plan, { author });
  try {
    const outcome = runCopies(file, [copy], { asSuggestions });
    return { outcome, doc: chapterDoc(file, chapter.id) };
  } finally {
    file.close();
  }
}

describe('«slå sammen som forslag»', () => {
  it('a copy\'s edits made outside suggestion mode arrive as suggestions by its person; the plan\'s own later edit stays plain; the copy\'s own suggestions keep their ids', () => {
    const { plan, copy, own } = karisCopy();
    const before = [plan, copy].map(sha256File);
    const preview = (() => {
      const file = openPlanFile(plan, { readOnly: true });
      try {
        return previewCopies(file, [copy], { asSuggestions: true });
      } finally {
        file.close();
      }
    })();
    expect([plan, copy].map(sha256File)).toEqual(before);
    expect(preview.total.review).toEqual([{ authorId: KARI.id, name: KARI.name, group: KARI.group, suggestions: 3, comments: 0 }]);
    const { outcome, doc } = merged(plan, copy, true);
    expect(outcome.total.review).toEqual(preview.total.review);
    expect(paragraphRuns(doc)).toBe('Planen bygger på planprogrammet som ble [ikke |+KN]fastsatt av kommunestyret, og på [gjerne |+KN]innspill fra brukere,[ ansatte og|-KN] samarbeidspartnere. Rådgiverens tillegg.');
    const suggestions = listSuggestions(doc);
    expect(suggestions.every((s) => s.authorId === KARI.id && s.authorName === KARI.name)).toBe(true);
    for (const id of own) expect(suggestions.some((s) => s.id === id)).toBe(true);
  });

  it('accepting every suggestion gives the ordinary merge\'s text; rejecting every one gives the plan\'s own text', () => {
    const { plan, copy, here } = karisCopy();
    const ordinary = plan.replace(/\.planverk$/, ' (vanlig).planverk');
    const file = openPlanFile(plan, { readOnly: true });
    file.saveCopy(ordinary);
    file.close();
    const asSuggestions = merged(plan, copy, true).doc;
    const plain = merged(ordinary, copy, false).doc;
    expect(decideAll(asSuggestions, 'accept').toJSON()).toEqual(decideAll(plain, 'accept').toJSON());
    expect(decideAll(asSuggestions, 'reject').toJSON()).toEqual(decideAll(here, 'reject').toJSON());
  });

  it('the same copy merged again, as suggestions or not, brings nothing and leaves the plan file byte for byte', () => {
    const { plan, copy } = karisCopy();
    merged(plan, copy, true);
    const before = sha256File(plan);
    for (const asSuggestions of [true, false]) {
      const { outcome } = merged(plan, copy, asSuggestions);
      expect(outcome.total.nothingNew).toBe(true);
      expect(outcome.backupPath).toBeNull();
    }
    expect(sha256File(plan)).toBe(before);
  });

  it('two persons\' copies merged as suggestions in either order give the same text, each change signed by its person', () => {
    const results = [0, 1].map((order) => {
      const { plan, copy } = karisCopy();
      const ola = plan.replace(/\.planverk$/, ' – Ola.planverk');
      const base = openPlanFile(plan, { readOnly: true });
      base.saveCopy(ola);
      base.close();
      const o = openPlanFile(ola, { author: OLA });
      editChapter(o, chapter.id, (tr) => tr.insertText('alle ', after(chapterDoc(o, chapter.id), 'fra ')), { plain: true });
      o.close();
      const file = openPlanFile(plan, { author: ADVISER });
      try {
        runCopies(file, order === 0 ? [copy, ola] : [ola, copy], { asSuggestions: true });
        return chapterDoc(file, chapter.id);
      } finally {
        file.close();
      }
    });
    expect(results[0]!.textContent).toBe(results[1]!.textContent);
    expect(paragraphRuns(results[0]!).replace(/ /g, '')).toBe(paragraphRuns(results[1]!).replace(/ /g, ''));
    expect(paragraphRuns(results[0]!)).toContain('[alle |+OH]');
  });

  it('cli merge --as-suggestions merges the copy\'s text as the person\'s suggestions and says so per person', async () => {
    const { plan, copy } = karisCopy();
    const { code, out } = await runCliCaptured('merge', plan, copy, '--as-suggestions', '--author', 'Rådgiver Rå');
    expect(code).toBe(0);
    expect(out).toContain('  Kari Nordmann (Helse): 3 forslag til gjennomgang.');
    const file = openPlanFile(plan, { readOnly: true });
    try {
      expect(paragraphRuns(chapterDoc(file, chapter.id))).toContain('[ikke |+KN]fastsatt');
    } finally {
      file.close();
    }
  });
});
