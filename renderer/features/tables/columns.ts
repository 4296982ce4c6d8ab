// Column builders for the editable tables: a text field, a choice, and a text parsed into one or more fields.
import type { Parsed } from '../../../shared/format/norwegian';
import { sayInUiLanguage } from '../../app/i18n';
import type { GridColumn, Patch } from './EditableTable';

type StringKeys<R> = { [K in keyof R]: R[K] extends string ? K : never }[keyof R] & string;

/** A plain text field, saved trimmed. */
export function textColumn<R extends { id: string }>(key: StringKeys<R>, header: string): GridColumn<R> {
  return {
    key,
    header,
    display: (row) => row[key] as string,
    editor: { kind: 'text', initial: (row) => row[key] as string, parse: (text) => ({ ok: true, value: { [key]: text.trim() } }) },
  };
}

/** A text the adviser types and Planverk parses (a time, an amount): shown formatted, refused with a sentence. */
export function parsedColumn<R extends { id: string }>(
  key: string,
  header: string,
  format: (row: R) => string,
  parse: (text: string, row: R) => Parsed<Patch>,
  numeric = false,
): GridColumn<R> {
  return { key, header, numeric, display: format, editor: { kind: 'text', initial: format, parse } };
}

/** A choice among fixed options; '' in the options stands for "none" and is saved as null. */
export function choiceColumn<R extends { id: string }>(
  key: string,
  header: string,
  options: readonly { value: string; label: string }[],
  current: (row: R) => string,
  toPatch: (value: string) => Patch,
): GridColumn<R> {
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? '';
  return {
    key,
    header,
    display: (row) => labelOf(current(row)),
    editor: {
      kind: 'select',
      options,
      initial: current,
      parse: (value) => (options.some((o) => o.value === value) ? { ok: true, value: toPatch(value) } : { ok: false, message: sayInUiLanguage({ key: 'entry.notAChoice', params: { value } }) }),
    },
  };
}

/** The column with the stored field it shows (when its key is not that field), so its history reads the right one. */
export function fieldColumn<R extends { id: string }>(field: string, column: GridColumn<R>): GridColumn<R> {
  return { ...column, field };
}
