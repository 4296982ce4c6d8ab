// The plan file's entity columns, derived from the zod entities so that SQL and the data model cannot drift apart.
import type { z } from 'zod';
import { ENTITIES, TABLE_NAMES, TOMBSTONE, type TableName } from '../../../shared/domain/plan';

export type ColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'json';
export type ColumnSpec = {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  /** SQL default, so that a row can be created from a single column's message. */
  sqlDefault: string | number | null;
  schema: z.ZodType;
  /**
   * An optional field that is not nullable (a chapter's own language): SQL null means «not set», read back as absent,
   * so rows and JSON from before the field read and write as they did. Such a field is cleared by the value null.
   */
  absentWhenNull: boolean;
};

/** Fields that are not columns of their table: asset bytes live content-addressed in assetBlobs. */
export const OUTSIDE_COLUMNS: Partial<Record<TableName, readonly string[]>> = { assets: ['dataBase64'] };

/** Fields that are derived, not logged: a chapter's body JSON is computed from its Yjs updates. */
export const DERIVED_COLUMNS: Partial<Record<TableName, readonly string[]>> = { chapters: ['body'] };

type Def = { type: string; options?: unknown[]; innerType?: unknown; shape?: unknown };
type Introspectable = z.ZodType & { def: Def; isInt?: boolean; options?: unknown[]; unwrap?: () => Introspectable };

function specFor(name: string, field: Introspectable): ColumnSpec {
  let inner = field;
  let nullable = false;
  let absentWhenNull = false;
  // An optional field (added after format version 1 was published) is a nullable column.
  if (inner.def.type === 'optional' && inner.unwrap) {
    inner = inner.unwrap();
    absentWhenNull = inner.def.type !== 'nullable';
    nullable = absentWhenNull;
  }
  if (inner.def.type === 'nullable' && inner.unwrap) {
    nullable = true;
    inner = inner.unwrap();
  }
  const kind = kindOf(inner);
  return { name, kind, nullable, sqlDefault: nullable ? null : defaultOf(inner, kind), schema: field, absentWhenNull };
}

function kindOf(t: Introspectable): ColumnKind {
  switch (t.def.type) {
    case 'string':
    case 'enum':
      return 'text';
    case 'number':
      return t.isInt ? 'integer' : 'real';
    case 'boolean':
      return 'boolean';
    case 'array':
    case 'object':
      return 'json';
    default:
      throw new Error(`No column kind for zod type ${t.def.type}`);
  }
}

function defaultOf(t: Introspectable, kind: ColumnKind): string | number {
  if (t.def.type === 'enum') return String(t.options?.[0] ?? '');
  if (t.def.type === 'array') return '[]';
  if (kind === 'json') return '{"type":"doc","content":[]}';
  if (kind === 'text') return '';
  return 0;
}

function buildColumns(table: TableName): ColumnSpec[] {
  const shape = (ENTITIES[table] as unknown as { shape: Record<string, Introspectable> }).shape;
  const skip = OUTSIDE_COLUMNS[table] ?? [];
  return Object.entries(shape)
    .filter(([name]) => !skip.includes(name))
    .map(([name, field]) => specFor(name, field));
}

export const TABLE_COLUMNS: Record<TableName, ColumnSpec[]> = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, buildColumns(t)]),
) as Record<TableName, ColumnSpec[]>;

const byName = new Map(TABLE_NAMES.map((t) => [t, new Map(TABLE_COLUMNS[t].map((c) => [c.name, c]))]));

export function columnSpec(table: TableName, column: string): ColumnSpec | undefined {
  return byName.get(table)?.get(column);
}

/** Column names of a table in the file, as SQL creates them: the entity's columns plus the tombstone flag. */
export function sqlColumnNames(table: TableName): string[] {
  return [...TABLE_COLUMNS[table].map((c) => c.name), TOMBSTONE];
}

/** A JS value (already validated) as SQLite stores it. */
export function toSql(spec: ColumnSpec, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (spec.kind === 'boolean') return value ? 1 : 0;
  if (spec.kind === 'json') return JSON.stringify(value);
  return value as string | number;
}

/** A stored SQLite value back as the entity's JS value. Throws on undecodable JSON (a damaged file). */
export function fromSql(spec: ColumnSpec, value: unknown): unknown {
  if (value === null || value === undefined) return spec.absentWhenNull ? undefined : null;
  if (spec.kind === 'boolean') return value === 1 || value === 1n;
  if (spec.kind === 'json') return JSON.parse(String(value));
  if (typeof value === 'bigint') return Number(value);
  return value;
}
