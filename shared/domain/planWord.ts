// The plan's own word list (issue 17): words the spell-check accepts in this plan (place names, local terms), one
// logged row per word so the list travels in copies and merges like any row. The row id is the word itself
// (planWordId), so two copies that add the same word make the same row, and removing it is that row's tombstone.
import { z } from 'zod';

export const PLAN_WORD_MAX = 60;
/** One word as the tokenizer gives it (shared/spell/tokenize.ts): letters and digits, joined by hyphens, apostrophes or full stops. */
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-‐'’.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*`;

export const PlanWordText = z.string().min(1).max(PLAN_WORD_MAX).regex(new RegExp(`^${WORD}$`, 'u'), 'ett ord uten mellomrom');

export const PlanWord = z.object({
  id: z.string().min(1).max(80),
  /** Empty only in a row a copy created without its word (a lone tombstone message): such a row accepts nothing. */
  word: z.string().max(PLAN_WORD_MAX).regex(new RegExp(`^(?:${WORD})?$`, 'u'), 'ett ord uten mellomrom'),
});
export type PlanWord = z.infer<typeof PlanWord>;

export const planWordId = (word: string): string => `ord:${word}`;

/** The words of the list, each once, in a stable order. */
export function planWordsOf(rows: readonly PlanWord[] | undefined): string[] {
  return [...new Set((rows ?? []).map((r) => r.word).filter(Boolean))].sort();
}

/** The changes that put a word on the list (again, if it was removed) or take it off: one undo step each. */
export function planWordChanges(word: string, onList: boolean): Array<{ table: 'planWords'; id: string; column: string; value: unknown }> {
  const id = planWordId(word);
  return onList
    ? [
        { table: 'planWords', id, column: 'word', value: word },
        { table: 'planWords', id, column: 'tombstone', value: false },
      ]
    : [{ table: 'planWords', id, column: 'tombstone', value: true }];
}
