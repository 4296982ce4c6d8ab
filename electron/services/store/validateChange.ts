// Checks one field change against its entity schema before anything is written.
import { createHash } from 'node:crypto';
import { Node as PmNode } from '@tiptap/pm/model';
import { PlanverkError } from '../../../shared/api/errors';
import { planSchema, sanitizeRichText } from '../../../shared/editor';
import { ENTITIES, TABLE_NAMES, TOMBSTONE, type FieldChange, type TableName } from '../../../shared/domain/plan';
import { planWordId } from '../../../shared/domain/planWord';
import { cleanDeep } from '../../../shared/domain/text';
import { columnSpec, DERIVED_COLUMNS, OUTSIDE_COLUMNS, type ColumnSpec } from './columns';

/** What a change does to the file; each kind is written differently (log + row, Yjs update, blob). */
export type ValidChange =
  | { kind: 'field'; table: TableName; id: string; column: string; spec: ColumnSpec; value: unknown }
  | { kind: 'tombstone'; table: TableName; id: string; column: typeof TOMBSTONE; value: boolean }
  | { kind: 'chapterBody'; table: 'chapters'; id: string; column: 'body'; value: unknown }
  | { kind: 'assetBytes'; table: 'assets'; id: string; column: 'dataBase64'; value: string };

/**
 * A Yjs update of a chapter body (from the editor), kept in memory like field changes when the file cannot be written.
 * It carries no JSON: the chapter's JSON is always derived from its Yjs document (readPlan.ts, rowWriter.ts).
 */
export type ChapterUpdateChange = { kind: 'chapterUpdate'; table: 'chapters'; id: string; update: Uint8Array };
export type PendingChange = ValidChange | ChapterUpdateChange;

const isTable = (t: unknown): t is TableName => typeof t === 'string' && (TABLE_NAMES as string[]).includes(t);

export function validateChange(change: FieldChange, index = 0): ValidChange {
  const where = `changes.${index}`;
  const { table, id, column } = change;
  // Control characters never enter the plan, and no bidi override stays open (shared/domain/text.ts).
  const value = cleanDeep(change.value);
  if (!isTable(table)) throw new PlanverkError('INVALID_ARGS', `${where}.table: ukjent tabell ${String(table)}`);
  const idSchema = (ENTITIES[table] as unknown as { shape: { id: ColumnSpec['schema'] } }).shape.id;
  if (!idSchema.safeParse(id).success) throw new PlanverkError('INVALID_ARGS', `${where}.id: ugyldig id for ${table}`);
  if (column === TOMBSTONE) {
    if (value !== true && value !== false && value !== 0 && value !== 1) throw new PlanverkError('INVALID_ARGS', `${where}.value: tombstone er 0 eller 1`);
    return { kind: 'tombstone', table, id, column: TOMBSTONE, value: value === true || value === 1 };
  }
  const field = (ENTITIES[table] as unknown as { shape: Record<string, ColumnSpec['schema'] | undefined> }).shape[column];
  if (!field || column === 'id') throw new PlanverkError('INVALID_ARGS', `${where}.column: ukjent felt ${table}.${column}`);
  const optional = columnSpec(table, column);
  // Clearing an optional field (null; undefined where an undo restores «not set») stores SQL null.
  if (optional?.absentWhenNull && (value === null || value === undefined)) return { kind: 'field', table, id, column, spec: optional, value: null };
  const parsed = field.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = [table, id, column, ...(issue?.path ?? [])].join('.');
    throw new PlanverkError('INVALID_ARGS', `${path}: ${issue?.message ?? 'ugyldig verdi'}`);
  }
  if (table === 'chapters' && DERIVED_COLUMNS.chapters?.includes(column)) {
    try {
      const doc = sanitizeRichText(parsed.data);
      // An empty body is a legitimate state of a new chapter, though ProseMirror's doc wants a block.
      if ((doc.content?.length ?? 0) > 0) PmNode.fromJSON(planSchema(), doc).check();
    } catch (err) {
      throw new PlanverkError('INVALID_ARGS', `chapters.${id}.body: ${(err as Error).message}`.slice(0, 300));
    }
    return { kind: 'chapterBody', table, id, column: 'body', value: parsed.data };
  }
  if (table === 'assets' && OUTSIDE_COLUMNS.assets?.includes(column)) {
    const hash = createHash('sha256').update(Buffer.from(parsed.data as string, 'base64')).digest('hex');
    if (hash !== id) throw new PlanverkError('INVALID_ARGS', `assets.${id}.dataBase64: id er ikke sha256 av innholdet`);
    return { kind: 'assetBytes', table, id, column: 'dataBase64', value: parsed.data as string };
  }
  // One row per word in every copy: the id is the word (as an asset's id is its hash), so adding it twice is one row.
  if (table === 'planWords' && column === 'word' && parsed.data !== '' && id !== planWordId(parsed.data as string)) {
    throw new PlanverkError('INVALID_ARGS', `planWords.${id}.word: id skal være «${planWordId(parsed.data as string)}»`);
  }
  const spec = columnSpec(table, column);
  if (!spec) throw new PlanverkError('INVALID_ARGS', `${where}.column: ukjent felt ${table}.${column}`);
  return { kind: 'field', table, id, column, spec, value: parsed.data };
}
