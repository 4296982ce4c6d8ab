// The person of an installation (issue 15 «Who»): who writes each change-log message and chapter update. Stored per
// installation (electron/services/person), carried into plan files in the `people` table so authors travel in copies.
import { z } from 'zod';
import { Id } from './plan';

export const PERSON_NAME_MAX = 100;
export const PERSON_INITIALS_MAX = 6;

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const PersonSchema = z.object({
  id: Id,
  name: trimmed(PERSON_NAME_MAX),
  initials: trimmed(PERSON_INITIALS_MAX),
  group: trimmed(PERSON_NAME_MAX).nullable(),
});
export type Person = { id: string; name: string; initials: string; group: string | null };

/** What the user types in the dialog or settings: initials and group may be left empty (initials are then derived). */
export const PersonInputSchema = z.object({
  name: trimmed(PERSON_NAME_MAX),
  initials: z.string().trim().max(PERSON_INITIALS_MAX).optional(),
  group: z.string().trim().max(PERSON_NAME_MAX).nullable().optional(),
});
export type PersonInput = z.input<typeof PersonInputSchema>;

/**
 * Initials from a name as Norwegians write them: the first letter of the first and the last name, and of each part of
 * a hyphenated one («Anne-Lise Berg» → «ALB»); a one-word name gives its first letter. At most PERSON_INITIALS_MAX.
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  const letters = picked.flatMap((w) => w.split('-').map((part) => part.match(/\p{L}/u)?.[0] ?? ''));
  const initials = letters.join('').toLocaleUpperCase('nb').slice(0, PERSON_INITIALS_MAX);
  return initials || name.trim().slice(0, 1).toLocaleUpperCase('nb') || '?';
}

/** The person as typed, with `id` kept (a renamed person stays the same author) and initials derived when left empty. */
export function personFromInput(id: string, input: PersonInput): Person {
  const parsed = PersonInputSchema.parse(input);
  const group = parsed.group?.trim() ? parsed.group.trim() : null;
  return { id, name: parsed.name, initials: parsed.initials?.trim() || initialsOf(parsed.name), group };
}
