// «Slå sammen som forslag»: a copy's chapter text changes arrive as suggestions by the copy's person, even those made
// outside suggestion mode. The copy's own updates are merged as always (so merging it again, or a copy of it, brings
// nothing new), then one more update per chapter turns what the copy changed against the common ancestor into
// insertion/deletion marks: its inserted text gets an insertion mark, the text it deleted is put back with a deletion
// mark. Changes made here since the copy left are kept as they are.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { Node as PmNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import type { Person } from '../../../shared/domain/person';
import { diffToYUpdate, planSchema, yDocFromUpdates, yStateToRichText } from '../../../shared/editor';
import { suggestDifferences } from '../../../shared/editor/suggestions';
import { ancestorDoc, gcFree } from '../../../shared/editor/yjsAncestor';
import { readPerson } from '../store/authorship';
import type { RowWriter } from '../store/rowWriter';

/** A chapter the copy brings text to: both sides' updates before the merge, and who wrote the copy's part when. */
export type CopyChapter = { chapterId: string; here: Uint8Array[]; copy: Uint8Array[]; author: Person; wallTime: number | null };

type UpdateRow = { chapterId: string; u: Buffer; author: string | null; wallTime: number | null };

/** Used when the copy's updates name nobody (written before authors were recorded). */
const UNKNOWN: Person = { id: 'ukjent', name: 'Ukjent', initials: '?', group: null };

/** Before the merge: the chapters whose updates the copy has and the plan lacks, with both sides' updates. */
export function copyChapters(db: Database, copy: Database): CopyChapter[] {
  const known = new Set(db.prepare('SELECT hex("update") FROM chapterUpdates').pluck().all() as string[]);
  const byChapter = new Map<string, (UpdateRow & { h: string })[]>();
  for (const row of copy.prepare('SELECT chapterId, "update" AS u, author, wallTime, hex("update") AS h FROM chapterUpdates ORDER BY id').all() as (UpdateRow & { h: string })[]) {
    byChapter.set(row.chapterId, [...(byChapter.get(row.chapterId) ?? []), row]);
  }
  const hereOf = db.prepare('SELECT "update" FROM chapterUpdates WHERE chapterId = ? ORDER BY id').pluck();
  const out: CopyChapter[] = [];
  for (const [chapterId, rows] of byChapter) {
    const unshared = rows.filter((r) => !known.has(r.h));
    if (unshared.length === 0) continue;
    // The latest writer of the copy's new part signs the suggestions (a copy is one person's, as a rule).
    const last = unshared.reduce((a, b) => ((b.wallTime ?? 0) >= (a.wallTime ?? 0) ? b : a));
    const person = (last.author ? readPerson(copy, last.author) : undefined) ?? UNKNOWN;
    out.push({
      chapterId,
      here: (hereOf.all(chapterId) as Buffer[]).map((b) => new Uint8Array(b)),
      copy: rows.map((r) => new Uint8Array(r.u)),
      author: { id: person.id, name: person.name, initials: person.initials, group: person.group },
      wallTime: last.wallTime,
    });
  }
  return out;
}

/**
 * The chapter as it reads with the copy's changes as suggestions: the ancestor with the copy's differences marked,
 * merged (as Yjs merges) with what this side changed since. Null when the copy changed nothing in the text.
 */
export function suggestedBody(c: CopyChapter): unknown {
  const ancestor = ancestorDoc(c.here, c.copy);
  const schema = planSchema();
  const from = PmNode.fromJSON(schema, yStateToRichText(ancestor));
  const to = PmNode.fromJSON(schema, yStateToRichText(gcFree(c.copy)));
  if (from.eq(to)) return null;
  const date = c.wallTime === null ? null : new Date(c.wallTime).toISOString();
  const suggested = suggestDifferences(from, to, { author: c.author, date, newId: randomUUID, keepSuggestions: true });
  const proposal = diffToYUpdate(ancestor, suggested.toJSON());
  const here = yDocFromUpdates(c.here);
  // The proposal's items hang on the ancestor's, which this side holds: Yjs merges it with this side's own changes.
  if (proposal) Y.applyUpdate(here, proposal);
  return yStateToRichText(here);
}

/**
 * After the copy's updates are merged: for each chapter, the update that makes the merged text read as
 * `suggestedBody`, stored with the copy's person as its author. Returns the chapters rewritten.
 */
export function turnIntoSuggestions(db: Database, writer: RowWriter, chapters: readonly CopyChapter[]): number {
  let rewritten = 0;
  for (const c of chapters) {
    const body = suggestedBody(c);
    if (body === null) continue;
    const merged = yDocFromUpdates(writer.chapterUpdates(c.chapterId));
    const update = diffToYUpdate(merged, body);
    if (!update) continue;
    const author = readPerson(db, c.author.id) ? c.author.id : null;
    writer.appendChapterUpdate(c.chapterId, update, { author, wallTime: c.wallTime });
    writer.refreshChapterBody(c.chapterId);
    rewritten++;
  }
  return rewritten;
}
