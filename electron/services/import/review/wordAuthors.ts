// The people named in a Word file: the name as Word wrote it (or «Ukjent forfatter»), and initials from the
// document's own comments where one of them gave any, else derived from the name as Planverk does for a person.
import { initialsOf } from '../../../../shared/domain/person';
import type { ReviewAuthors } from './reviewMarks';
import type { WordComment } from './wordComments';

export const UNKNOWN_AUTHOR = 'Ukjent forfatter';

export function wordAuthors(comments: readonly WordComment[]): ReviewAuthors {
  const initials = new Map<string, string>();
  for (const c of comments) if (c.initials && !initials.has(c.author)) initials.set(c.author, c.initials);
  return {
    nameOf: (author) => author.trim().slice(0, 200) || UNKNOWN_AUTHOR,
    initialsOf: (name) => initials.get(name) ?? initialsOf(name),
  };
}
