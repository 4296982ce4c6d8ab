// The person of this installation: one small JSON file in the user's config folder (the desktop app's userData, the
// browser mode's data folder), beside the recent-files list. Without a file path (most tests) it lives in memory.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { PersonSchema, personFromInput, type Person, type PersonInput } from '../../../shared/domain/person';

export const PERSON_FILE = 'person.json';

export type PersonStore = {
  /** The stored person, or null before the first start's dialog was answered (a damaged file counts as none). */
  read(): Person | null;
  /** Stores the person as typed; the id stays the same across renames, so earlier changes keep their author. */
  save(input: PersonInput): Person;
};

export function createPersonStore(filePath: string | undefined, initial: Person | null = null): PersonStore {
  let inMemory: Person | null = initial;
  const read = (): Person | null => {
    if (!filePath) return inMemory;
    if (!existsSync(filePath)) return null;
    try {
      const parsed = PersonSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
  return {
    read,
    save(input) {
      const person = personFromInput(read()?.id ?? randomUUID(), input);
      if (!filePath) return (inMemory = person);
      mkdirSync(dirname(filePath), { recursive: true });
      const tmp = `${filePath}.tmp`;
      writeFileSync(tmp, JSON.stringify(person, null, 2));
      renameSync(tmp, filePath);
      return person;
    },
  };
}

/**
 * The system user's name as a first guess for the dialog: «kari.nordmann» → «Kari Nordmann». The account may have no
 * name (containers): then nothing is suggested.
 */
export function systemUserName(): string {
  let raw = '';
  try {
    raw = userInfo().username;
  } catch {
    raw = process.env.USER ?? process.env.USERNAME ?? '';
  }
  return raw
    .split(/[._\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('nb') + w.slice(1))
    .join(' ')
    .slice(0, 100);
}
