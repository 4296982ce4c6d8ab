// A chapter's own language and its klarspråk switch (issue 17), in real plan files through the CLI as a user runs it:
// a nynorsk chapter in a bokmål plan is spell-checked in nynorsk; clearing the language (null) or undoing it makes the
// chapter follow the plan again; plans and JSON from before the fields read and write exactly as before; both fields
// travel in a copy and merge.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, mergeFrom, openPlanFile } from '../../../electron/services/store';
import type { FieldChange } from '../../../shared/domain/plan';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { runCliCaptured } from '../../cli/capture';
import { smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-chapterlang-');
afterAll(() => tmp.cleanup());
let n = 0;

/** A bokmål plan whose chapter is a nynorsk contribution («ikkje», «kva») with one bokmål slip («ikke»). */
function planWithNynorskChapter(): { path: string; chapterId: string } {
  const plan = smallPlan();
  const chapter = plan.chapters[0]!;
  chapter.title = 'Barnehage';
  chapter.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Vi veit ikkje kva som skjer, men det er ikke avgjort.' }] }] };
  const path = tmp.file(`plan-${++n}.planverk`);
  createPlanFile(path, plan).close();
  return { path, chapterId: chapter.id };
}

async function findings(path: string): Promise<string[]> {
  const { out } = await runCliCaptured('spell', path, '--json');
  const json = JSON.parse(out.join('\n')) as { chapters: Array<{ lang: string; findings: Array<{ word: string; kind: string }> }> };
  return json.chapters.flatMap((c) => c.findings.map((f) => `${c.lang}:${f.kind}:${f.word}`));
}

function mutate(path: string, changes: FieldChange[]): void {
  const f = openPlanFile(path);
  f.mutate(changes);
  f.close();
}

const setLang = (chapterId: string, value: unknown): FieldChange => ({ table: 'chapters', id: chapterId, column: 'lang', value });

describe('a chapter’s own language', () => {
  it('a nynorsk chapter in a bokmål plan is spell-checked in nynorsk: its bokmål forms are the slips', async () => {
    const { path, chapterId } = planWithNynorskChapter();
    expect(await findings(path)).toEqual(['nb:malform:ikkje', 'nb:malform:kva']);
    mutate(path, [setLang(chapterId, 'nn')]);
    expect(await findings(path)).toEqual(['nn:malform:ikke']);
    const text = await runCliCaptured('spell', path);
    expect(text.out[0]).toBe('Stavekontroll (bokmål): 0 mulige skrivefeil, 1 målformfeil.');
    expect(text.out[1]).toBe('Kapittel «Barnehage» (nynorsk):');
  });

  it('clearing the language with null, or undoing its setting, makes the chapter follow the plan again', async () => {
    const { path, chapterId } = planWithNynorskChapter();
    mutate(path, [setLang(chapterId, 'nn')]);
    mutate(path, [setLang(chapterId, null)]);
    expect(await findings(path)).toEqual(['nb:malform:ikkje', 'nb:malform:kva']);
    const f = openPlanFile(path);
    f.mutate([setLang(chapterId, 'nn')]);
    expect(f.readPlan().chapters[0]!.lang).toBe('nn');
    f.undo();
    expect(f.readPlan().chapters[0]!.lang).toBeUndefined();
    f.close();
  });

  it('refuses a language that is not bokmål or nynorsk, and a klarspråk value that is not true or false', () => {
    const { path, chapterId } = planWithNynorskChapter();
    const f = openPlanFile(path);
    expect(() => f.mutate([setLang(chapterId, 'sv')])).toThrow(expect.objectContaining({ code: 'INVALID_ARGS' }));
    expect(() => f.mutate([{ table: 'chapters', id: chapterId, column: 'klarsprak', value: 'ja' }])).toThrow(expect.objectContaining({ code: 'INVALID_ARGS' }));
    f.close();
  });

  it('a plan without the fields exports JSON without them, and that JSON round-trips byte for byte', async () => {
    const { path } = planWithNynorskChapter();
    const out = tmp.file(`plan-${++n}.json`);
    expect((await runCliCaptured('export-json', path, '--out', out)).code).toBe(0);
    const json = readFileSync(out, 'utf8');
    expect(json).not.toMatch(/"lang"|"klarsprak"/);
    const again = tmp.file(`again-${++n}.planverk`);
    expect((await runCliCaptured('new', again, '--from', out, '--author', 'Kari Nordmann')).code).toBe(0);
    const f = openPlanFile(again, { readOnly: true });
    expect(canonicalPlanJson(f.readPlan())).toBe(json);
    f.close();
  });

  it('the language and the klarspråk switch set in a copy merge into the plan', () => {
    const { path, chapterId } = planWithNynorskChapter();
    const copy = tmp.file(`copy-${++n}.planverk`);
    const f = openPlanFile(path, { readOnly: true });
    f.saveCopy(copy);
    f.close();
    mutate(copy, [setLang(chapterId, 'nn'), { table: 'chapters', id: chapterId, column: 'klarsprak', value: true }]);
    const target = openPlanFile(path);
    mergeFrom(target, copy);
    expect(target.readPlan().chapters[0]).toMatchObject({ lang: 'nn', klarsprak: true });
    target.close();
  });
});
