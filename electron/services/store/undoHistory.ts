// This session's undo and redo steps: the inverse of each of its own mutations, and the rule that an undo never
// overwrites what a merged copy brought after the step (docs/architecture.md, «Undo per user»).
import type { Database } from 'better-sqlite3';
import { PlanverkError } from '../../../shared/api/errors';
import { TOMBSTONE, type FieldChange } from '../../../shared/domain/plan';

const UNDO_DEPTH = 200;

/** Where the change log and the chapter updates ended when something happened (their rowids only grow). */
type LogPosition = { message: number; chapterUpdate: number };
/** One user action's inverse, and where the log ended after the action was written. */
type Step = { changes: FieldChange[]; after: LogPosition };
/** What one merge appended: the rows after `from`, up to and including `to`. */
type MergedSpan = { from: LogPosition; to: LogPosition };

export type HistoryStack = 'undo' | 'redo';

export class UndoHistory {
  private readonly stacks: Record<HistoryStack, Step[]> = { undo: [], redo: [] };
  private merged: MergedSpan[] = [];

  constructor(private readonly db: Database) {}

  /** The end of the log now. */
  position(): LogPosition {
    const message = (this.db.prepare('SELECT coalesce(max(rowid), 0) AS n FROM messages_crdt').get() as { n: number }).n;
    const chapterUpdate = (this.db.prepare('SELECT coalesce(max(id), 0) AS n FROM chapterUpdates').get() as { n: number }).n;
    return { message, chapterUpdate };
  }

  /**
   * Records the inverse of a mutation just written; a new user action (not a redo) ends what could be redone.
   * `join`: the mutation finishes the previous step's action (undone together, the later part first).
   */
  record(stack: HistoryStack, inverse: FieldChange[], clearRedo: boolean, join = false): void {
    const target = this.stacks[stack];
    const last = target[target.length - 1];
    if (join && last && inverse.length > 0) target[target.length - 1] = { changes: [...inverse, ...last.changes], after: this.position() };
    else if (inverse.length > 0) target.push({ changes: inverse, after: this.position() });
    if (target.length > UNDO_DEPTH) target.shift();
    if (clearRedo) this.stacks.redo = [];
  }

  /**
   * The last step of a stack, taken off it. A step whose fields a merged copy changed after it is refused (and
   * dropped, so the next undo reaches the step before): undoing it would overwrite the other copy's work silently.
   */
  take(stack: HistoryStack): FieldChange[] | null {
    const step = this.stacks[stack].pop();
    if (!step) return null;
    if (step.changes.some((c) => this.changedByMergeAfter(c, step.after))) throw new PlanverkError('UNDO_CONFLICT');
    return step.changes;
  }

  /** A merge appended the log between `from` and now. */
  noteMerge(from: LogPosition): void {
    this.merged.push({ from, to: this.position() });
  }

  /** Every step is forgotten (another file took this one's place). */
  clear(): void {
    this.stacks.undo = [];
    this.stacks.redo = [];
    this.merged = [];
  }

  size(stack: HistoryStack): number {
    return this.stacks[stack].length;
  }

  /**
   * Whether a merge after `after` brought a message for the field `change` restores, or deleted or restored its row
   * (restoring a field of a row the copy deleted would bring the row back). Deleting a row (undoing its creation) counts
   * any merged field of that row; a chapter body counts the merged Yjs updates of that chapter.
   */
  private changedByMergeAfter(change: FieldChange, after: LogPosition): boolean {
    const wholeRow = change.column === TOMBSTONE && change.value === true;
    for (const span of this.merged) {
      if (span.to.message > after.message) {
        const from = Math.max(span.from.message, after.message);
        const hit = this.db
          .prepare('SELECT 1 FROM messages_crdt WHERE rowid > ? AND rowid <= ? AND dataset = ? AND "row" = ? AND (? OR "column" = ? OR "column" = ?) LIMIT 1')
          .get(from, span.to.message, change.table, change.id, wholeRow ? 1 : 0, change.column, TOMBSTONE);
        if (hit) return true;
      }
      if (change.table === 'chapters' && change.column === 'body' && span.to.chapterUpdate > after.chapterUpdate) {
        const from = Math.max(span.from.chapterUpdate, after.chapterUpdate);
        const hit = this.db.prepare('SELECT 1 FROM chapterUpdates WHERE id > ? AND id <= ? AND chapterId = ? LIMIT 1').get(from, span.to.chapterUpdate, change.id);
        if (hit) return true;
      }
    }
    return false;
  }
}
