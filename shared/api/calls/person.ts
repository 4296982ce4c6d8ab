// The installation's person (issue 15 «Who»): asked once at first start, editable in settings; every change the
// services write carries it as author.
import { z } from 'zod';
import { call, result } from '../define';
import { PersonInputSchema, type Person } from '../../domain/person';

export const personCalls = {
  /** The stored person (null before the first start's dialog) and a name to suggest (the system user, «Kari Nordmann»). */
  'person.get': call(z.object({}), result<{ person: Person | null; suggestedName: string }>()),
  /** Saves the person; initials left empty are derived from the name; the id stays the same across renames. */
  'person.set': call(PersonInputSchema, result<Person>()),
};
