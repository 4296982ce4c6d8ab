// The Eksport page's export check spells the whole plan each time it runs (issue 17): each chapter's findings are
// remembered, so a check after an edit spells only the chapters that changed, and anything else the findings depend
// on (the plan's word list, the målform) makes every chapter be spelled again. Real dictionaries, the real handler.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExportHandlers } from '../../../electron/services/export/handlers';
import { forgetSpelledChapters } from '../../../electron/services/spell/planSpelling';
import type { PlanData } from '../../../shared/domain/plan';
import { planWordId } from '../../../shared/domain/planWord';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import type * as CheckText from '../../../shared/spell/checkText';
import { textBlocks } from '../../../shared/spell/planSpell';

// Every text the spell-check reads goes through checkText: counted here.
const spelled = vi.hoisted(() => ({ texts: 0 }));
vi.mock('../../../shared/spell/checkText', async (importOriginal) => {
  const original = await importOriginal<typeof CheckText>();
  return {
    ...original,
    checkText: (...args: Parameters<typeof original.checkText>) => {
      spelled.texts++;
      return original.checkText(...args);
    },
  };
});

beforeEach(() => forgetSpelledChapters());
afterAll(() => forgetSpelledChapters());

const MISSPELT = 'Skjærvågnesett';

/** The sample plan with a place name no dictionary knows in its first chapter with text. */
function planWithUnknownWord(): PlanData {
  const plan = buildSamplePlan();
  const chapter = plan.chapters.find((c) => textBlocks(c.body).length > 0)!;
  chapter.body = { ...chapter.body, content: [...(chapter.body.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Ny skole på ${MISSPELT}.` }] }] };
  return plan;
}

async function check(plan: PlanData): Promise<{ texts: number; words: string[] }> {
  spelled.texts = 0;
  const findings = await createExportHandlers({ currentPlan: () => plan })['export.check']({});
  const words = findings.filter((f) => f.code === 'spell.misspelled').map((f) => f.message);
  return { texts: spelled.texts, words };
}

const textsIn = (plan: PlanData, chapterId: string): number => {
  const chapter = plan.chapters.find((c) => c.id === chapterId)!;
  return 1 + textBlocks(chapter.body).length; // its title and each block
};

describe('the export check remembers each chapter’s spelling', () => {
  it('a second check of the same plan spells nothing again and reports the same findings', async () => {
    const plan = planWithUnknownWord();
    const first = await check(plan);
    expect(first.texts).toBeGreaterThan(plan.chapters.length);
    expect(first.words.some((m) => m.includes(MISSPELT))).toBe(true);
    const second = await check(structuredClone(plan));
    expect(second.texts).toBe(0);
    expect(second.words).toEqual(first.words);
  });

  it('after an edit, spells only the edited chapter, and finds the new word', async () => {
    const plan = planWithUnknownWord();
    await check(plan);
    const edited = structuredClone(plan);
    const chapter = edited.chapters.filter((c) => textBlocks(c.body).length > 0).at(-1)!;
    chapter.body = { ...chapter.body, content: [...(chapter.body.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: 'Tiltaket gjelder Nordvikhamnaa.' }] }] };
    const after = await check(edited);
    expect(after.texts).toBe(textsIn(edited, chapter.id));
    expect(after.words.some((m) => m.includes('Nordvikhamnaa'))).toBe(true);
    expect(after.words.some((m) => m.includes(MISSPELT))).toBe(true);
  });

  it('a word added to the plan’s word list, or another målform, makes every chapter be spelled again', async () => {
    const plan = planWithUnknownWord();
    const first = await check(plan);
    const listed = { ...structuredClone(plan), planWords: [{ id: planWordId(MISSPELT), word: MISSPELT }] };
    const withWord = await check(listed);
    expect(withWord.texts).toBe(first.texts);
    expect(withWord.words.some((m) => m.includes(MISSPELT))).toBe(false);
    const nynorsk = structuredClone(plan);
    nynorsk.plan.malform = 'nn';
    expect((await check(nynorsk)).texts).toBe(first.texts);
  });
});
