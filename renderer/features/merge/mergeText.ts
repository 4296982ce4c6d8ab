// How the merge page writes what the change log holds: field values as the adviser reads them, times in local time.
import type { CopyClock, MergeConflict, MergeCounts } from '../../../shared/api/calls/merge';
import { TABLE_NAMES, type TableName } from '../../../shared/domain/plan';
import { DICTIONARIES, type MessageKey } from '../../../shared/i18n';
import { valueLine } from '../../../shared/merge/valueText';
import type { Translate } from '../../app/i18n';

const two = (n: number): string => String(n).padStart(2, '0');

/** "23.11.2026" and "14:05" in local time, from an ISO time. */
export function dateAndTime(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: iso, time: '' };
  return { date: `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}`, time: `${two(d.getHours())}:${two(d.getMinutes())}` };
}

export const entityLabel = (t: Translate, table: TableName): string => t(`merge.entity.${table}` as MessageKey);

/** The field's name in the UI language where the dictionary has one, else the column's own name. */
export function fieldLabel(t: Translate, column: string): string {
  const key = `merge.field.${column}`;
  return Object.prototype.hasOwnProperty.call(DICTIONARIES.nb, key) ? t(key as MessageKey) : column;
}

const MAX = 300;
const clip = (s: string): string => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

export function formatValue(t: Translate, conflict: Pick<MergeConflict, 'column'>, value: unknown): string {
  if (conflict.column === 'tombstone') return value === true ? t('merge.deletedValue') : t('merge.keptValue');
  if (value === null || value === undefined || value === '') return t('merge.empty');
  if (typeof value === 'string') {
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return date ? `${date[3]}.${date[2]}.${date[1]}` : clip(value);
  }
  return clip(valueLine(value).trim()) || t('merge.empty');
}

/** Tables with anything to say, in the plan's order. */
export const changedTables = (counts: MergeCounts): TableName[] =>
  TABLE_NAMES.filter((table) => counts[table].added + counts[table].changed + counts[table].deleted > 0);

export function totals(counts: MergeCounts): { added: number; changed: number; deleted: number } {
  const sum = { added: 0, changed: 0, deleted: 0 };
  for (const table of TABLE_NAMES) {
    sum.added += counts[table].added;
    sum.changed += counts[table].changed;
    sum.deleted += counts[table].deleted;
  }
  return sum;
}

/** The file's name without its folders, for a list of copies (the whole path is in the element's title). */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

const MINUTE = 60_000;
const UNITS: [number, MessageKey][] = [
  [365 * 24 * 60 * MINUTE, 'merge.far.years'],
  [24 * 60 * MINUTE, 'merge.far.days'],
  [60 * MINUTE, 'merge.far.hours'],
];

/** How far a copy's clock was off, in the largest unit that gives at least 2 (or 1 year); minutes otherwise. */
function howFar(t: Translate, ms: number): string {
  for (const [unit, key] of UNITS) {
    const n = Math.round(ms / unit);
    if (n >= 2 || (n >= 1 && key === 'merge.far.years')) return t(key, { n });
  }
  return t('merge.far.minutes', { n: Math.max(1, Math.round(ms / MINUTE)) });
}

/** The warning for a copy edited on a machine whose clock was wrong: how far, which way, and the times its changes carry. */
export function clockWarning(t: Translate, clock: CopyClock): string {
  const at = (iso: string) => {
    const { date, time } = dateAndTime(iso);
    return `${date} ${time}`;
  };
  const args = { far: howFar(t, clock.byMs), changes: clock.changes, from: at(clock.from), to: at(clock.to) };
  return t(clock.direction === 'ahead' ? 'merge.clockAhead' : 'merge.clockBehind', args);
}
