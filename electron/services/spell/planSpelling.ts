// The spell-check of a whole plan in Node, for `cli spell`, `cli check` and the export check: loads the dictionaries
// once per process and runs shared/spell/planSpell over the plan. Each chapter's findings are remembered under a sha256
// of the chapter and what else they depend on, so the next export check spells only the chapters edited since.
import { createHash } from 'node:crypto';
import type { Chapter, PlanData } from '../../../shared/domain/plan';
import { spellFields, type FieldSpelling, type TextSpellMemo } from '../../../shared/spell/fieldSpell';
import { spellPlan, type ChapterSpelling, type ChapterSpellMemo, type PlacedFinding } from '../../../shared/spell/planSpell';
import { nodeSpellers } from './nodeSpellers';

/** About the chapters of a few plans; an entry is the findings of one chapter (a few kilobytes). */
const KEEP = 2000;
const remembered = new Map<string, PlacedFinding[]>();

const keyOf = (chapter: Chapter, context: string): string =>
  createHash('sha256').update(context).update('\u0000').update(JSON.stringify(chapter)).digest('hex');

const memo: ChapterSpellMemo = {
  get(chapter, context) {
    const key = keyOf(chapter, context);
    const hit = remembered.get(key);
    if (hit) {
      remembered.delete(key); // most recently used last
      remembered.set(key, hit);
    }
    return hit;
  },
  set(chapter, context, findings) {
    remembered.set(keyOf(chapter, context), findings);
    for (const oldest of remembered.keys()) {
      if (remembered.size <= KEEP) break;
      remembered.delete(oldest);
    }
  },
};

export async function spellPlanInNode(plan: PlanData, options: { withSuggestions?: boolean } = {}): Promise<ChapterSpelling[]> {
  return spellPlan(plan, { spellers: await nodeSpellers(), withSuggestions: !!options.withSuggestions, memo });
}

/** The blocks of the matrix's and the tables' texts (short: a paragraph of a field, a cell) of a few plans. */
const KEEP_TEXTS = 20_000;
const rememberedTexts = new Map<string, PlacedFinding[]>();
const textMemo: TextSpellMemo = {
  get: (key) => rememberedTexts.get(key),
  set(key, findings) {
    rememberedTexts.set(key, findings);
    if (rememberedTexts.size > KEEP_TEXTS) rememberedTexts.delete(rememberedTexts.keys().next().value!);
  },
};

/** The matrix's rich-text fields and the tables' text columns with findings, each block spelled once while unchanged. */
export async function spellFieldsInNode(plan: PlanData, options: { withSuggestions?: boolean } = {}): Promise<FieldSpelling[]> {
  return spellFields(plan, { spellers: await nodeSpellers(), withSuggestions: !!options.withSuggestions, memo: textMemo });
}

/** Forgets every chapter's findings (the bench's cold figure). */
export function forgetSpelledChapters(): void {
  remembered.clear();
  rememberedTexts.clear();
}
