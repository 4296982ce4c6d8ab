// Edits of the plan's list tables as FieldChange[] for one plan.mutate: add (every field of the new row), update
// (only the fields that change), delete (tombstone) and reorder (a sortKey between the neighbours).
import { ENTITIES, TOMBSTONE, type EntityOf, type FieldChange, type Malform } from '../domain/plan';
import type { IdSource } from '../domain/ids';
import { sortRows } from '../domain/rowOrder';
import { STARTER_LAWS, starterLawName } from './laws';

export const LIST_TABLES = ['milestones', 'orgRoles', 'laws', 'documents', 'measures', 'hearingParties', 'inputs'] as const;
export type ListTable = (typeof LIST_TABLES)[number];
export type ListRow<T extends ListTable> = EntityOf<T>;
/** The fields an edit may set: everything except the row's identity. */
export type RowPatch<T extends ListTable> = Partial<Omit<ListRow<T>, 'id'>>;

type Defaults = { [T in ListTable]: (id: string, sortKey: number) => ListRow<T> };

/** A blank row of each table, as the UI's "add row" creates it. */
export const BLANK_ROWS: Defaults = {
  milestones: (id, sortKey) => ({ id, sortKey, name: '', time: '', from: null, to: null, phase: null }),
  orgRoles: (id, sortKey) => ({ id, sortKey, role: '', participants: '', responsibility: '' }),
  laws: (id, sortKey) => ({ id, sortKey, name: '', lovdataId: null, purpose: '' }),
  documents: (id, sortKey) => ({ id, sortKey, level: 'nasjonal', title: '', purpose: '' }),
  measures: (id, sortKey) => ({
    id,
    sortKey,
    name: '',
    unit: '',
    themeId: null,
    chapterId: null,
    fteHundredths: 0,
    costOre: 0,
    status: 'planlagt',
    statusDate: null,
    followUp: '',
  }),
  hearingParties: (id, sortKey) => ({ id, sortKey, name: '' }),
  inputs: (id, sortKey) => ({
    id,
    sortKey,
    sender: '',
    senderType: 'privatperson',
    receivedDate: null,
    summary: '',
    fullText: '',
    attachmentAssetId: null,
    concerns: [],
    assessment: '',
    conclusion: null,
  }),
};

function checked<T extends ListTable>(table: T, row: ListRow<T>): ListRow<T> {
  const result = ENTITIES[table].safeParse(row);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Ugyldig rad i ${table}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return row;
}

/** Every field of a new row (the store creates the row from them). Throws when the row breaks its schema. */
export function addRowChanges<T extends ListTable>(table: T, row: ListRow<T>): FieldChange[] {
  const valid = checked(table, row) as Record<string, unknown>;
  return Object.entries(valid)
    .filter(([column]) => column !== 'id')
    .map(([column, value]) => ({ table, id: valid.id as string, column, value }));
}

/** The sortKey after the last row: new rows go to the end. */
export function nextSortKey(rows: readonly { sortKey: number }[]): number {
  return rows.reduce((max, r) => Math.max(max, r.sortKey), 0) + 1;
}

/** A new row at the end of the table, from the blank row and the given fields. */
export function appendRow<T extends ListTable>(
  table: T,
  existing: readonly ListRow<T>[],
  fields: RowPatch<T>,
  newId: IdSource,
): { row: ListRow<T>; changes: FieldChange[] } {
  const row = { ...BLANK_ROWS[table](newId(), nextSortKey(existing)), ...fields } as ListRow<T>;
  return { row, changes: addRowChanges(table, row) };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Only the fields whose value differs from the current row; [] when nothing changes. */
export function updateRowChanges<T extends ListTable>(table: T, current: ListRow<T>, patch: RowPatch<T>): FieldChange[] {
  const next = checked(table, { ...current, ...patch } as ListRow<T>) as Record<string, unknown>;
  const before = current as Record<string, unknown>;
  return Object.keys(patch)
    .filter((column) => column !== 'id' && (patch as Record<string, unknown>)[column] !== undefined && !same(before[column], next[column]))
    .map((column) => ({ table, id: current.id, column, value: next[column] }));
}

export function deleteRowChanges(table: ListTable, id: string): FieldChange[] {
  return [{ table, id, column: TOMBSTONE, value: 1 }];
}

/**
 * Moves a row to position toIndex (0-based, in sortKey order). One change when there is room between the new
 * neighbours; when there is none (equal keys, or halving has run out of float precision) every row is renumbered 1…n.
 */
export function reorderChanges(table: ListTable, rows: readonly { id: string; sortKey: number }[], id: string, toIndex: number): FieldChange[] {
  const ordered = sortRows(rows);
  const from = ordered.findIndex((r) => r.id === id);
  if (from < 0) throw new Error(`Fant ikke raden ${id} i ${table}.`);
  const target = Math.max(0, Math.min(ordered.length - 1, Math.trunc(toIndex)));
  if (target === from) return [];
  const moved = ordered[from]!;
  const rest = ordered.filter((r) => r.id !== id);
  const prev = rest[target - 1];
  const next = rest[target];
  let key: number;
  if (prev && next) key = prev.sortKey + (next.sortKey - prev.sortKey) / 2;
  else if (prev) key = prev.sortKey + 1;
  else key = next!.sortKey - 1;
  const fits = (!prev || key > prev.sortKey) && (!next || key < next.sortKey) && Number.isFinite(key);
  if (fits) return [{ table, id, column: 'sortKey', value: key }];
  const renumbered = [...rest.slice(0, target), moved, ...rest.slice(target)];
  return renumbered.flatMap((r, i) => (r.sortKey === i + 1 ? [] : [{ table, id: r.id, column: 'sortKey', value: i + 1 }]));
}

/** One step up (-1) or down (+1), for keyboard reordering. */
export function moveRowChanges(table: ListTable, rows: readonly { id: string; sortKey: number }[], id: string, step: -1 | 1): FieldChange[] {
  const index = sortRows(rows).findIndex((r) => r.id === id);
  return index < 0 ? [] : reorderChanges(table, rows, id, index + step);
}

/** Adds chosen laws of the starter list (by Lovdata id) that the plan does not hold yet, purposes in its målform. */
export function addStarterLawsChanges(existing: readonly ListRow<'laws'>[], lovdataIds: readonly string[], malform: Malform, newId: IdSource): FieldChange[] {
  const held = new Set(existing.map((l) => l.lovdataId));
  const changes: FieldChange[] = [];
  let rows = [...existing];
  for (const law of STARTER_LAWS.filter((l) => lovdataIds.includes(l.lovdataId) && !held.has(l.lovdataId))) {
    const added = appendRow('laws', rows, { name: starterLawName(law), lovdataId: law.lovdataId, purpose: law.purpose[malform] }, newId);
    rows = [...rows, added.row];
    changes.push(...added.changes);
  }
  return changes;
}
