// Google Docs writes no commentsExtended.xml: a reply is a comment of its own, ranged over exactly the text its thread
// is on. Without that part, comments on the very same range are one thread, the first written (Google writes the thread
// in order) its root; the others answer it. Word and LibreOffice write commentsExtended.xml, which says so itself.
// Only comments with a range of their own count: LibreOffice's comments without one each comment their whole
// paragraph, and two of those in one paragraph are two remarks, not a thread.
import type { CommentPlace } from './reviewMarks';
import type { WordComment } from './wordComments';

export function threadByRange(
  comments: readonly WordComment[],
  markers: ReadonlyMap<string, number>,
  places: ReadonlyMap<number, CommentPlace>,
  ranged: ReadonlySet<string>,
): WordComment[] {
  const rootAt = new Map<string, WordComment>();
  return comments.map((c) => {
    if (!ranged.has(c.wordId)) return c;
    const marker = markers.get(c.wordId);
    const place = marker === undefined ? undefined : places.get(marker);
    if (!place) return c;
    const key = `${place.chapter}:${place.from}:${place.to}`;
    const root = rootAt.get(key);
    if (!root) {
      rootAt.set(key, c);
      return c;
    }
    return { ...c, parentWordId: root.wordId };
  });
}
