// person.* calls: the installation's person as the session keeps it.
import type { Handlers } from '../../../shared/api/contract';
import type { Session } from '../session';
import { systemUserName } from './personStore';

export function createPersonHandlers(session: Pick<Session, 'person' | 'setPerson'>): Pick<Handlers, 'person.get' | 'person.set'> {
  return {
    'person.get': () => ({ person: session.person(), suggestedName: systemUserName() }),
    'person.set': (input) => session.setPerson(input),
  };
}
