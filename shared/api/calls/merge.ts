// Merging a copy that came back by email: what it would bring (preview, nothing changes) and the merge itself.
import { z } from 'zod';
import type { TableName } from '../../domain/plan';
import { call, result } from '../define';

/** Rows of one table that the merge adds, changes or deletes (tombstones) in the open plan. */
export type RowCounts = { added: number; changed: number; deleted: number };
export type MergeCounts = Record<TableName, RowCounts>;

/** A chapter whose text the copy changes (new chapters included); concurrent text edits merge character by character. */
export type MergedChapter = { id: string; title: string; isNew: boolean };

/**
 * A field both copies changed since they split. The change log decides: the later edit wins, the other value stays
 * in the log only. Values are the field's JSON values (strings, numbers, rich text, null).
 */
export type MergeConflict = {
  table: TableName;
  rowId: string;
  /** The row as the adviser knows it (its name or title; a cell is «område – gruppe»). */
  rowLabel: string;
  column: string;
  here: unknown;
  copy: unknown;
  /** ISO times of the two edits (from their log timestamps). */
  hereAt: string;
  copyAt: string;
  winner: 'here' | 'copy';
  /** Who wrote each value (null: written before authors were recorded). */
  hereAuthor: ConflictAuthor | null;
  copyAuthor: ConflictAuthor | null;
};

export type ConflictAuthor = { id: string; name: string; group: string | null };

/**
 * The copy was edited on a machine whose clock was wrong (docs/architecture.md, «Clock safety»). `ahead`: its changes
 * carry times later than this machine's clock; they are re-stamped to the time of the merge, in their own order, so
 * they can neither stay ahead of later edits here nor move this plan's clock into the future. `behind`: its machine's
 * clock ran behind the plan's clock it inherited, so its changes carry the time the copy was made and lose to every
 * later edit here.
 */
export type CopyClock = {
  direction: 'ahead' | 'behind';
  /** How far the copy's clock was off, in milliseconds (at least this much). */
  byMs: number;
  /** ISO times the affected changes carry in the copy: the first and the last. */
  from: string;
  to: string;
  /** How many of the copy's changes carry such times. */
  changes: number;
};

/**
 * What the merge had to do so that the merged plan is whole (planWhole.ts), or a row that a later edit kept alive:
 * - restored: a deleted row that a live row points at is kept (e.g. a chapter deleted in one copy that the other
 *   gave a sub-chapter, a theme whose area the other copy added); `via` names that row.
 * - editedAfterDelete: a row deleted in one copy and edited later in the other is kept with the edit.
 * - cycleBroken: two copies moved rows into each other; this row moved to the top level.
 * - movedUp: a sub-area whose area the other copy moved to another theme is now a top-level area.
 * - referenceCleared / hidden: a pointer at a row that does not exist was cleared, or the row cannot be shown.
 */
export type MergeRepairItem = {
  kind: 'restored' | 'editedAfterDelete' | 'cycleBroken' | 'movedUp' | 'referenceCleared' | 'hidden';
  table: TableName;
  rowId: string;
  rowLabel: string;
  via?: { table: TableName; rowId: string; rowLabel: string };
};

/** A row deleted on one side and edited on the other since they split; `outcome` says what the merged plan shows. */
export type DeletedEdit = {
  table: TableName;
  rowId: string;
  rowLabel: string;
  deletedIn: 'here' | 'copy';
  outcome: 'restored' | 'deleted';
  /** The other side's edits, each as readable text (a chapter's text as plain text). */
  edits: Array<{ column: string; text: string }>;
};

/**
 * Text the merge would drop: a paragraph one side deleted while the other side typed in it (the text merge keeps the
 * delete). The typed text is offered back here, never lost silently; it can be pasted back into the chapter.
 */
export type OfferedText = { chapterId: string; chapterTitle: string; from: 'here' | 'copy'; text: string };

/**
 * Text both sides moved alike: each joined the same paragraphs (Backspace, or the same join/split suggestion decided),
 * so each wrote the second paragraph's text into the first. The merge keeps it once and says so here, never silently.
 */
export type DoubledText = { chapterId: string; chapterTitle: string; text: string };

/**
 * What one person brings for review: open suggestions in chapter text (one per suggestion id and kind) and comments
 * (replies included) that the plan did not show before. `authorId` is the Person's id, `name`/`group` as they signed.
 */
export type PersonReview = { authorId: string; name: string; group: string | null; suggestions: number; comments: number };

/** A version a merge brings (`new`) or deletes (`deleted`: the copy deleted one this plan has), by its name. */
export type VersionNews = { name: string; change: 'new' | 'deleted' };

export type MergeSummary = {
  counts: MergeCounts;
  /** Per person, the suggestions and comments the merge brings (sorted by name). */
  review: PersonReview[];
  chapters: MergedChapter[];
  conflicts: MergeConflict[];
  repairs: MergeRepairItem[];
  deletedEdits: DeletedEdit[];
  offeredText: OfferedText[];
  doubledText: DoubledText[];
  /** Named versions the copy brings or deletes (versions are about the plan, not rows in it, so `counts` leaves them out). */
  versions: VersionNews[];
  /** True only when the merge changes nothing and has nothing to report (no conflict, repair, offered or doubled text). */
  nothingNew: boolean;
  /** Set when the copy's clock was more than a few minutes off. */
  clock: CopyClock | null;
};

export type MergePreview = MergeSummary & {
  path: string;
  copyTitle: string;
  /** ISO time of the copy's latest field change in its change log (null if its log is empty). */
  copyLastChange: string | null;
};

export type MergeOutcome = MergeSummary & {
  /**
   * The open plan as it was before the merge, compacted, in the plan's backup folder:
   * «<navn> – sikkerhetskopier/<navn> (før sammenslåing 2026-11-23 14.05.33).planverk». Null when the merge changed
   * nothing, so the file was not written and needed no backup.
   */
  backupPath: string | null;
};

/**
 * Several copies merged in one step, in the order given: per copy what it brings on top of the plan and the copies
 * before it (who sent what), and the whole merge's effect on the plan.
 */
export type MergeCopiesPreview = {
  copies: MergePreview[];
  total: MergeSummary;
  /** Where the merge puts its backup of the plan (shown before merging). */
  backupFolder: string;
};

export type MergeCopiesOutcome = MergeCopiesPreview & { backupPath: string | null };

const CopyPath = z.string().min(1).max(4096);
/** At most 50 copies at once: a plan goes out to a handful of working groups, not hundreds. */
const CopyPaths = z.array(CopyPath).min(1).max(50);

/** «Slå sammen som forslag»: the copies' chapter text changes arrive as suggestions by their persons. */
const AsSuggestions = z.boolean().optional();

export const mergeCalls = {
  /** Merges the copy into an in-memory copy of the open plan and reports the difference; no file changes. */
  'merge.preview': call(z.object({ path: CopyPath, asSuggestions: AsSuggestions }), result<MergePreview>()),
  /** Backs up the open plan into its backup folder (when the merge changes anything), then merges the copy into it. */
  'merge.run': call(z.object({ path: CopyPath, asSuggestions: AsSuggestions }), result<MergeOutcome>()),
  /** One preview for several copies, grouped by copy; no file changes. */
  'merge.previewCopies': call(z.object({ paths: CopyPaths, asSuggestions: AsSuggestions }), result<MergeCopiesPreview>()),
  /** Merges several copies in one step with one backup (none when nothing changes). */
  'merge.runCopies': call(z.object({ paths: CopyPaths, asSuggestions: AsSuggestions }), result<MergeCopiesOutcome>()),
};
