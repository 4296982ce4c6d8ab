// Who changed what (issue 15 «Who»): the last change of each row («Endret av … dd.mm.åååå») and one field's history,
// read from the change log (authors and wall times; written before authors were kept: author unknown).
import { z } from 'zod';
import { call, result } from '../define';
import type { Person } from '../../domain/person';
import { Id, TABLE_NAMES } from '../../domain/plan';

/** A change's author (null: unknown, written before authors were kept) and time (ISO, the author's clock). */
export type ChangeStamp = { author: Person | null; at: string };
/**
 * One value a field had, newest first: `text` as a person reads it (rich text as plain text), never raw JSON; `value`
 * as stored, for a view that formats it as the field shows it (an amount in øre as «1 820 000»).
 */
export type FieldHistoryEntry = ChangeStamp & { text: string; value: unknown; deleted: boolean };

const Table = z.enum(TABLE_NAMES as [string, ...string[]]);

export const historyCalls = {
  /** The last change of each row of a table (chapters: fields and text), by row id. */
  'history.lastChanges': call(z.object({ table: Table }), result<Record<string, ChangeStamp>>()),
  /** Every value the field has had, newest first, with author and time (`tombstone`: deleted/restored). */
  'history.field': call(z.object({ table: Table, id: Id, column: z.string().min(1).max(100) }), result<FieldHistoryEntry[]>()),
};
