// The people named in a Word file: one name per person however the file spells it (Word copies the name as each
// machine had it, so «Kari Nordmann», «kari nordmann» and «Kari  Nordmann » turn up in one document), the tools'
// stand-ins for «no name» as «Ukjent forfatter», and initials from the document's own comments where one of them gave
// any, else derived from the name as Planverk does for a person.
import { initialsOf } from '../../../../shared/domain/person';
import type { WordChange } from './markReviewXml';
import type { ReviewAuthors } from './reviewMarks';
import type { WordComment } from './wordComments';

export const UNKNOWN_AUTHOR = 'Ukjent forfatter';

/**
 * What LibreOffice («Unknown Author»), Word (anonymised by the Document Inspector: «Author»/«Forfatter») and Planverk
 * itself write when nobody is named; compared case-insensitively.
 */
const NOBODY = new Set(['', 'unknown author', 'unknown', 'author', 'forfatter', 'forfattar', 'ukjent forfatter', 'ukjend forfattar', 'ukjent']);

/** The name as a person would write it once: Unicode-composed, single spaces, trimmed. */
function tidy(author: string): string {
  return author.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function wordAuthors(comments: readonly WordComment[], changes: readonly WordChange[] = []): ReviewAuthors {
  // Spellings of one name (by case) counted in document order: the most used one names the person.
  const spellings = new Map<string, Map<string, number>>();
  for (const author of [...changes.map((c) => c.author), ...comments.map((c) => c.author)]) {
    const name = tidy(author);
    const key = name.toLocaleLowerCase('nb');
    if (NOBODY.has(key)) continue;
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    spellings.set(key, counts);
  }
  const canonical = new Map<string, string>();
  for (const [key, counts] of spellings) canonical.set(key, [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0]);
  const nameOf = (author: string): string => {
    const key = tidy(author).toLocaleLowerCase('nb');
    return canonical.get(key) ?? (NOBODY.has(key) ? UNKNOWN_AUTHOR : tidy(author));
  };
  const initials = new Map<string, string>();
  for (const c of comments) {
    const name = nameOf(c.author);
    if (c.initials && name !== UNKNOWN_AUTHOR && !initials.has(name)) initials.set(name, c.initials);
  }
  return { nameOf, initialsOf: (name) => initials.get(name) ?? initialsOf(name) };
}
