// Every reference from one row of the plan to another, in one list: the invariant check, the repair that keeps a merged
// plan whole and the store's refusal of local changes that would break it all read this table, so they cannot drift.
import type { TableName } from './plan';

/**
 * How a reference behaves when its target is gone:
 * - parent: the row hangs under the target (chapters, sub-areas); a cycle of these is broken.
 * - required: the row means nothing without the target (an area's theme, a cell's area and group, a note's area).
 * - optional: a nullable pointer (a measure's chapter, a chapter's group, an attachment).
 * - list: an array of ids (a hearing input's concerns).
 * - liveBlocks: `groupId` of the live blocks in a chapter body.
 */
export type ReferenceKind = 'parent' | 'required' | 'optional' | 'list' | 'liveBlocks';
export type ReferenceSpec = { table: TableName; column: string; targets: readonly TableName[]; kind: ReferenceKind };

export const PLAN_REFERENCES: readonly ReferenceSpec[] = [
  { table: 'plan', column: 'profileLogoAssetId', targets: ['assets'], kind: 'optional' },
  { table: 'plan', column: 'profileWordTemplateAssetId', targets: ['assets'], kind: 'optional' },
  { table: 'areas', column: 'themeId', targets: ['themes'], kind: 'required' },
  { table: 'areas', column: 'parentId', targets: ['areas'], kind: 'parent' },
  { table: 'areaNotes', column: 'areaId', targets: ['areas'], kind: 'required' },
  { table: 'cells', column: 'areaId', targets: ['areas'], kind: 'required' },
  { table: 'cells', column: 'groupId', targets: ['groups'], kind: 'required' },
  { table: 'chapters', column: 'parentId', targets: ['chapters'], kind: 'parent' },
  { table: 'chapters', column: 'groupId', targets: ['groups'], kind: 'optional' },
  { table: 'chapters', column: 'body', targets: ['groups'], kind: 'liveBlocks' },
  { table: 'measures', column: 'themeId', targets: ['themes'], kind: 'optional' },
  { table: 'measures', column: 'chapterId', targets: ['chapters'], kind: 'optional' },
  { table: 'inputs', column: 'attachmentAssetId', targets: ['assets'], kind: 'optional' },
  { table: 'inputs', column: 'concerns', targets: ['chapters', 'areas'], kind: 'list' },
  // A link's target may be a row removed since the hearing (that removal is the change), so only its input is a reference.
  { table: 'inputChanges', column: 'inputId', targets: ['inputs'], kind: 'required' },
];

/** Columns whose change can break the plan's references (the store checks such changes in full). */
export const REFERENCE_COLUMNS: ReadonlySet<string> = new Set(PLAN_REFERENCES.map((r) => `${r.table}.${r.column}`));

export const referencesOf = (table: TableName): readonly ReferenceSpec[] => PLAN_REFERENCES.filter((r) => r.table === table);

/** The group ids of the live blocks in a rich-text document (e.g. «Tabell 3 for én gruppe»). */
export function liveBlockGroupIds(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; attrs?: { groupId?: unknown }; content?: unknown };
    if (n.type === 'liveBlock' && typeof n.attrs?.groupId === 'string') out.push(n.attrs.groupId);
    if (Array.isArray(n.content)) n.content.forEach(walk);
  };
  walk(doc);
  return out;
}

/** A copy of `doc` whose live blocks no longer name the groups in `gone` (their groupId becomes null). */
export function withoutLiveBlockGroups(doc: unknown, gone: ReadonlySet<string>): unknown {
  if (typeof doc !== 'object' || doc === null) return doc;
  const n = doc as { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };
  const out: Record<string, unknown> = { ...n };
  if (n.type === 'liveBlock' && typeof n.attrs?.groupId === 'string' && gone.has(n.attrs.groupId)) out.attrs = { ...n.attrs, groupId: null };
  if (Array.isArray(n.content)) out.content = n.content.map((c) => withoutLiveBlockGroups(c, gone));
  return out;
}

/** The ids a row's reference points at (none when the field is null). */
export function referencedIds(spec: ReferenceSpec, row: Record<string, unknown>): string[] {
  const value = row[spec.column];
  if (spec.kind === 'liveBlocks') return liveBlockGroupIds(value);
  if (spec.kind === 'list') return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return typeof value === 'string' ? [value] : [];
}
