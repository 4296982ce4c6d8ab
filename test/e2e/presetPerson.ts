// The person every E2E session writes as, stored as if the first start had asked already: no test meets the «Hvem
// skriver?» dialog unless it removes the person itself (person.test.ts).
import { join } from 'node:path';
import { createPersonStore, PERSON_FILE } from '../../electron/services/person/personStore';

export const E2E_PERSON = { name: 'Eva Testesen', group: 'Arbeidsgruppe 1' };

/** Stores E2E_PERSON in the user data folder unless a person is there; returns the person file's path. */
export function presetPerson(userDataDir: string): string {
  const path = join(userDataDir, PERSON_FILE);
  const store = createPersonStore(path);
  if (!store.read()) store.save(E2E_PERSON);
  return path;
}
