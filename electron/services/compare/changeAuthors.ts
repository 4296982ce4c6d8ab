// Who made each change of a redline between two points of one plan file's history (a version, or now), from what the
// file records since migration 0006: every log message and chapter update carries its author and wall time.
// - Chapter text: each inserted or deleted character traced to the Yjs update that inserted or deleted it
//   (shared/editor/yjsAttribution.ts); a change it cannot find there falls to the chapter's last author in between.
// - Chapter titles and everything drawn from the plan's fields (live tables, the merknadsbehandling): the newest
//   message in between of the field whose text holds the change (a deleted row: its deletion); a line of the cover or
//   the footer may instead hold the field's text among words of its own («Frist for innspill: 15.08.2025»).
// A change none of these places, or made by no one the file knows (before 0006), carries the fallback (the person
// exporting, no date).
import { extname } from 'node:path';
import type { Database as Db } from 'better-sqlite3';
import * as Y from 'yjs';
import type { ChangeAuthors, ChangeBy, ChangeSite } from '../../../shared/compare/redline/redlineRuns';
import type { BlockOrigin } from '../../../shared/document/model';
import type { Person } from '../../../shared/domain/person';
import { TOMBSTONE } from '../../../shared/domain/plan';
import type { LogPosition } from '../../../shared/domain/version';
import { attributeText, changeAt, type TextAttribution } from '../../../shared/editor/yjsAttribution';
import { valueText } from '../../../shared/merge/valueText';
import { openPlanFile } from '../store';
import { readPeople } from '../store/authorship';
import type { CompareSide } from './compareSources';
import { logInclusion } from '../versions/planAtVersion';
import { versionRow, versionSnapshots } from '../versions/versionRows';

/** A point of the file's history: a version's log position and chapter snapshots. */
export type HistoryPoint = { logClock: LogPosition; snapshots: ReadonlyMap<string, Uint8Array> };

/** The version's point in the history of the plan in `db`, or null when the file has no such live version. */
export function versionPoint(db: Db, versionId: string): HistoryPoint | null {
  const row = versionRow(db, versionId);
  return row ? { logClock: row.logClock, snapshots: versionSnapshots(db, versionId) } : null;
}

type Stamp = { author: string | null; wallTime: number | null };
type Message = Stamp & { timestamp: string; dataset: string; row: string; column: string; value: string };
/** A field changed in between: its newest message then, and its text before and after, squeezed (see squeeze). */
type FieldChange = { dataset: string; row: string; column: string; stamp: Message; before: string; after: string };

/** Text as compared: without spaces (a document writes 1 820 000 for 1820000) and case. */
const squeeze = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A field's text as a document shows it: a date as dd.mm.åååå (the cover, the tables), everything else as written. */
function textOf(m: Message | undefined): string {
  if (!m) return '';
  try {
    const text = valueText(JSON.parse(m.value));
    const date = ISO_DATE.exec(text);
    return squeeze(date ? `${date[3]}.${date[2]}.${date[1]}` : text);
  } catch {
    return squeeze(m.value);
  }
}

/** Shorter field texts («2», «ja») are held by too many texts to say that a line was built from them. */
const MIN_BUILT_FROM = 3;

/** Every field with a message after `from` (and by `to`), and every field of a row deleted in between. */
function fieldChanges(db: Db, from: HistoryPoint, to: HistoryPoint | null): FieldChange[] {
  const before = logInclusion(db, from.logClock);
  const by = to ? logInclusion(db, to.logClock) : () => true;
  const fields = new Map<string, { then?: Message; now?: Message; changed?: Message }>();
  const rows = db.prepare('SELECT timestamp, dataset, "row", "column", value, author, wallTime FROM messages_crdt ORDER BY timestamp').all() as Message[];
  for (const m of rows) {
    if (!by(m.timestamp)) continue;
    const key = `${m.dataset}\u0000${m.row}\u0000${m.column}`;
    const f = fields.get(key) ?? {};
    f.now = m;
    if (before(m.timestamp)) f.then = m;
    else f.changed = m;
    fields.set(key, f);
  }
  const out: FieldChange[] = [];
  const deletions = new Map<string, Message>();
  for (const f of fields.values()) {
    const m = f.changed;
    if (!m) continue;
    out.push({ dataset: m.dataset, row: m.row, column: m.column, stamp: m, before: textOf(f.then), after: textOf(f.now) });
    if (m.column === TOMBSTONE && JSON.parse(m.value) === true) deletions.set(`${m.dataset}\u0000${m.row}`, m);
  }
  // A row deleted in between takes all its words with it: each of its fields is a deletion by whoever deleted the row.
  for (const f of fields.values()) {
    const m = f.then;
    const deletion = m && !f.changed ? deletions.get(`${m.dataset}\u0000${m.row}`) : undefined;
    if (m && deletion) out.push({ dataset: m.dataset, row: m.row, column: m.column, stamp: deletion, before: textOf(m), after: '' });
  }
  return out;
}

const newer = (a: Stamp, b: Stamp): boolean => (a.wallTime ?? 0) > (b.wallTime ?? 0);

/**
 * The field change whose text holds the change: one where it is new (inserted) or gone (deleted) first, the newest.
 * A cover line built from a field and words around it («Frist for innspill: 15.08.2025», «Saksnummer 2025/123») holds
 * the field's text instead: for `builtFrom` sites a change whose text (long enough) stands in the change counts too.
 */
function fieldAuthor(changes: readonly FieldChange[], site: ChangeSite, only?: (c: FieldChange) => boolean, builtFrom = false): Stamp | null {
  const wanted = squeeze(site.text);
  if (!wanted) return null;
  const [has, had] = site.kind === 'ins' ? (['after', 'before'] as const) : (['before', 'after'] as const);
  const standsIn = (text: string) => builtFrom && text.length >= MIN_BUILT_FROM && wanted.includes(text);
  let best: { c: FieldChange; rank: number } | null = null;
  for (const c of changes) {
    const holds = c[has].includes(wanted);
    if ((only && !only(c)) || !(holds || standsIn(c[has]))) continue;
    // A field whose other side has the text too did not make this change; one that holds it beats one that stands in it.
    const rank = (c[had].includes(wanted) || standsIn(c[had]) ? 0 : 2) + (holds ? 1 : 0);
    if (!best || rank > best.rank || (rank === best.rank && newer(c.stamp, best.c.stamp))) best = { c, rank };
  }
  return best?.c.stamp ?? null;
}

type ChapterHistory = { text: TextAttribution<Stamp>; last: Stamp | null; cursor: { ins: number; del: number } };

/** A chapter's text at both points with each change traced to its update, and its last author in between. */
function chapterHistory(db: Db, chapterId: string, from: HistoryPoint, to: HistoryPoint | null): ChapterHistory {
  const rows = db.prepare('SELECT "update" AS u, author, wallTime FROM chapterUpdates WHERE chapterId = ? ORDER BY id').all(chapterId) as ({ u: Buffer } & Stamp)[];
  const then = from.snapshots.get(chapterId);
  const upTo = to?.snapshots.get(chapterId);
  const fromSnap = then ? Y.decodeSnapshot(then) : null;
  const toSnap = upTo ? Y.decodeSnapshot(upTo) : null;
  const updates = rows.map((r) => ({ update: new Uint8Array(r.u), stamp: { author: r.author, wallTime: r.wallTime } }));
  let last: Stamp | null = null;
  for (const { update, stamp } of updates) {
    const between = (!fromSnap || !Y.snapshotContainsUpdate(fromSnap, update)) && (!toSnap || Y.snapshotContainsUpdate(toSnap, update));
    if (between && (!last || newer(stamp, last))) last = stamp;
  }
  return { text: attributeText(updates, fromSnap, to ? toSnap : null), last, cursor: { ins: 0, del: 0 } };
}

/** ISO time without milliseconds, as Word writes w:date. */
const wordDate = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The authors of a redline's changes between `from` and `to` (null: the plan now) of the plan in `db`. Chapters are
 * traced lazily, each once, and a chapter's changes are looked for in document order (a cursor per kind), so the
 * same words changed twice in one chapter are told apart.
 */
export function changeAuthors(db: Db, from: HistoryPoint, to: HistoryPoint | null, fallback: ChangeBy): ChangeAuthors {
  const people = new Map<string, Person>(readPeople(db).map(({ stamp: _s, ...p }) => [p.id, p]));
  let fields: FieldChange[] | null = null;
  const fieldsOnce = () => (fields ??= fieldChanges(db, from, to));
  const chapters = new Map<string, ChapterHistory>();
  const chapter = (id: string) => chapters.get(id) ?? chapters.set(id, chapterHistory(db, id, from, to)).get(id)!;

  const byStamp = (stamp: Stamp | null): ChangeBy => {
    const person = stamp?.author ? people.get(stamp.author) : undefined;
    if (!person) return fallback;
    return { author: person.name, initials: person.initials, date: stamp!.wallTime === null ? null : wordDate(stamp!.wallTime) };
  };

  const inChapter = (origin: Extract<BlockOrigin, { chapter: string }>, site: ChangeSite): Stamp | null => {
    if (origin.part === 'title') return fieldAuthor(fieldsOnce(), site, (c) => c.dataset === 'chapters' && c.row === origin.chapter && c.column === 'title');
    const history = chapter(origin.chapter);
    const found = changeAt(site.kind === 'ins' ? history.text.to : history.text.from, site.text, history.cursor[site.kind]);
    if (found) history.cursor[site.kind] = found.end;
    return found?.stamp ?? history.last;
  };

  return (site) => {
    const origin = site.origin;
    const stamp = origin && 'chapter' in origin ? inChapter(origin, site) : fieldAuthor(fieldsOnce(), site, undefined, !!origin && 'frame' in origin);
    return byStamp(stamp);
  };
}

/**
 * The authors of the changes from `older` to `newer` when both are points of one plan file's history: the older a
 * version of it, the newer a version of it or the file itself (now). Null otherwise (another file, a JSON plan: their
 * history is not this file's). The file stays open read-only until `close`, as the authors read it lazily.
 */
export function sideAuthors(older: CompareSide, newer: CompareSide, fallback: ChangeBy): { authors: ChangeAuthors; close: () => void } | null {
  if (!older.version || older.path !== newer.path || extname(older.path).toLowerCase() === '.json') return null;
  const file = openPlanFile(older.path, { readOnly: true });
  const from = versionPoint(file.database, older.version.id);
  const to = newer.version ? versionPoint(file.database, newer.version.id) : null;
  if (!from || (newer.version && !to)) {
    file.close();
    return null;
  }
  return { authors: changeAuthors(file.database, from, to, fallback), close: () => file.close() };
}
