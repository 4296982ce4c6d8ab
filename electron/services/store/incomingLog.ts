// Every message a returned copy brings is checked before anything is merged (issue 12 item 4): an invalid one refuses
// the whole copy, so junk is never kept. Only messages this plan lacks are checked: the rest are already its own.
import type { Database } from 'better-sqlite3';
import { Timestamp } from '@actual-app/crdt';
import * as Y from 'yjs';
import { PlanverkError, type ErrorSentence } from '../../../shared/api/errors';
import { PersonSchema } from '../../../shared/domain/person';
import { Id, TABLE_NAMES, TOMBSTONE, type TableName } from '../../../shared/domain/plan';
import { columnSpec, DERIVED_COLUMNS, OUTSIDE_COLUMNS } from './columns';
import { sha256Hex } from './rowWriter';
import { breaksSingleton, singletonIds } from './singletonRows';
import { validateChange } from './validateChange';
import { invalidIncomingVersions } from './versionMerge';

/** Exactly what @actual-app/crdt's Timestamp.toString writes: ISO time, 4 hex counter digits, 16 hex node digits. */
const HLC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-[0-9A-F]{16}$/;
/** The largest value one message may carry: rich-text fields of a long plan stay far below it (docs/architecture.md). */
export const MAX_MESSAGE_VALUE = 1_000_000;

export const isHlcTimestamp = (ts: unknown): ts is string => typeof ts === 'string' && HLC.test(ts) && Timestamp.parse(ts)?.toString() === ts;

type Problem = 'timestamp' | 'table' | 'column' | 'row' | 'value' | 'size' | 'frame' | 'chapter' | 'version' | 'author';
const WHY: Record<Problem, string> = {
  timestamp: 'med ugyldig tidsstempel',
  table: 'i en ukjent tabell',
  column: 'i et ukjent felt',
  row: 'med ugyldig rad-id',
  value: 'med en verdi som ikke passer feltet',
  size: `med en verdi over ${MAX_MESSAGE_VALUE / 1_000_000} MB`,
  frame: 'som oppretter eller sletter planrammen',
  chapter: 'med kapitteltekst som ikke kan leses',
  version: 'med en versjon som ikke kan leses',
  author: 'med ugyldig forfatter eller tidspunkt',
};

/** A wall time in ms from 1970 up to the year 9999: what Date.now() can write. */
const isWallTime = (t: unknown): boolean => t === null || (typeof t === 'number' && Number.isSafeInteger(t) && t >= 0 && t <= 253_402_300_799_999);

/**
 * The persons a copy brings must be whole (PersonSchema, a stamp), and every author it names must be one of them or
 * one this plan knows: a name shown as «Endret av …» never comes from nowhere.
 */
function knownAuthors(target: Database, copy: Database, count: (p: Problem, where: string) => void): (author: unknown, wallTime: unknown) => boolean {
  const people = new Set<string>(target.prepare('SELECT id FROM people').pluck().all() as string[]);
  for (const p of copy.prepare('SELECT id, name, initials, "group", stamp FROM people').iterate() as Iterable<Record<string, unknown>>) {
    const { stamp, ...person } = p;
    if (PersonSchema.safeParse(person).success && isWallTime(stamp) && stamp !== null) people.add(p.id as string);
    else count('author', `people.${String(p.id)}`);
  }
  return (author, wallTime) => (author === null || (typeof author === 'string' && people.has(author))) && isWallTime(wallTime);
}

type Message = { timestamp: unknown; dataset: unknown; row: unknown; column: unknown; value: unknown; author: unknown; wallTime: unknown };

function problemOf(m: Message, frames: ReturnType<typeof singletonIds>): Problem | null {
  if (!isHlcTimestamp(m.timestamp)) return 'timestamp';
  return fieldProblem(m, frames);
}

type Baseline = Omit<Message, 'timestamp' | 'author' | 'wallTime'> & { after: unknown };

/** A baseline (fieldBaselines.ts) is a value of a logged field, placed after a message ('' = before the first). */
function baselineProblem(b: Baseline, frames: ReturnType<typeof singletonIds>): Problem | null {
  if (b.after !== '' && !isHlcTimestamp(b.after)) return 'timestamp';
  if (b.column === TOMBSTONE) return 'column';
  return fieldProblem(b, frames);
}

/** What is wrong with the field and value a message or a baseline names, if anything. */
function fieldProblem(m: Omit<Message, 'timestamp' | 'author' | 'wallTime'>, frames: ReturnType<typeof singletonIds>): Problem | null {
  if (typeof m.dataset !== 'string' || !(TABLE_NAMES as string[]).includes(m.dataset)) return 'table';
  const table = m.dataset as TableName;
  const column = m.column;
  const logged = typeof column === 'string' && (column === TOMBSTONE || (columnSpec(table, column) !== undefined && column !== 'id'));
  if (!logged || DERIVED_COLUMNS[table]?.includes(column) || OUTSIDE_COLUMNS[table]?.includes(column)) return 'column';
  if (!Id.safeParse(m.row).success) return 'row';
  if (typeof m.value !== 'string') return 'value';
  if (m.value.length > MAX_MESSAGE_VALUE) return 'size';
  if (breaksSingleton(frames, table, m.row as string, column)) return 'frame';
  try {
    validateChange({ table, id: m.row as string, column, value: JSON.parse(m.value) });
  } catch {
    return 'value';
  }
  return null;
}

/** Throws INVALID_COPY, naming how many messages are invalid and why, unless every message `copy` brings is valid. */
export function checkIncomingLog(target: Database, copy: Database): void {
  const known = target.prepare('SELECT 1 FROM messages_crdt WHERE timestamp = ?').pluck();
  const frames = singletonIds(target);
  const counts = new Map<Problem, number>();
  let example = '';
  const count = (p: Problem, where: string) => {
    counts.set(p, (counts.get(p) ?? 0) + 1);
    if (!example) example = `${where}: ${WHY[p]}`.slice(0, 300);
  };
  const logged = new Set<string>();
  const authorOk = knownAuthors(target, copy, count);
  for (const m of copy.prepare('SELECT timestamp, dataset, "row", "column", value, author, wallTime FROM messages_crdt').iterate() as Iterable<Message>) {
    if (typeof m.timestamp === 'string' && known.get(m.timestamp) !== undefined) continue;
    const p = problemOf(m, frames) ?? (authorOk(m.author, m.wallTime) ? null : 'author');
    if (p) count(p, `${String(m.dataset)}.${String(m.row)}.${String(m.column)}`);
    else if (m.dataset === 'chapters') logged.add(m.row as string);
  }
  const chapterKnown = target.prepare('SELECT 1 FROM chapters WHERE id = ?').pluck();
  const updateKnown = target.prepare('SELECT 1 FROM chapterUpdates WHERE hash = ?').pluck();
  for (const u of copy.prepare('SELECT chapterId, "update" AS u, author, wallTime FROM chapterUpdates').iterate() as Iterable<{ chapterId: unknown; u: unknown; author: unknown; wallTime: unknown }>) {
    if (Buffer.isBuffer(u.u) && updateKnown.get(sha256Hex(u.u)) !== undefined) continue;
    const id = u.chapterId;
    const rowKnown = typeof id === 'string' && (logged.has(id) || chapterKnown.get(id) !== undefined);
    if (!rowKnown || !Buffer.isBuffer(u.u) || !isYjsUpdate(u.u)) count('chapter', `chapterUpdates.${String(id)}`);
    else if (!authorOk(u.author, u.wallTime)) count('author', `chapterUpdates.${String(id)}`);
  }
  for (const r of copy.prepare('SELECT original, timestamp FROM messages_restamped').iterate() as Iterable<{ original: unknown; timestamp: unknown }>) {
    if (!isHlcTimestamp(r.original) || !isHlcTimestamp(r.timestamp)) count('timestamp', 'messages_restamped');
  }
  const baselineKnown = target.prepare('SELECT 1 FROM fieldBaselines WHERE dataset = ? AND "row" = ? AND "column" = ? AND after = ? AND value = ?').pluck();
  for (const b of copy.prepare('SELECT dataset, "row", "column", after, value FROM fieldBaselines').iterate() as Iterable<Baseline>) {
    if (baselineKnown.get(b.dataset, b.row, b.column, b.after, b.value) !== undefined) continue;
    const p = baselineProblem(b, frames);
    if (p) count(p, `fieldBaselines.${String(b.dataset)}.${String(b.row)}.${String(b.column)}`);
  }
  const versions = invalidIncomingVersions(target, copy);
  for (let i = 0; i < versions; i++) count('version', 'versions');
  if (counts.size === 0) return;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const why = [...counts].map(([p, n]): ErrorSentence => ({ key: `log.${p}`, params: { count: n, mb: MAX_MESSAGE_VALUE / 1_000_000 } }));
  throw new PlanverkError('INVALID_COPY', example, { key: total === 1 ? 'copyInvalidLogOne' : 'copyInvalidLogMany', params: { total, why } });
}

function isYjsUpdate(bytes: Buffer): boolean {
  try {
    Y.applyUpdate(new Y.Doc(), new Uint8Array(bytes));
    return true;
  } catch {
    return false;
  }
}
