// One open plan file: reading the plan, the one mutation path (log + rows), undo/redo, chapter Yjs state, copies.
import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import { statSync } from 'node:fs';
import * as Y from 'yjs';
import type { OpenFileInfo } from '../../../shared/api/calls/file';
import type { MutateResult } from '../../../shared/api/calls/plan';
import { PlanverkError, type ErrorCode } from '../../../shared/api/errors';
import type { Person } from '../../../shared/domain/person';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import type { PlanView } from '../../../shared/domain/planView';
import { yDocFromUpdates } from '../../../shared/editor';
import { LogClock, type MerkleTrie } from './clock';
import { SUGGEST_PRESET_KEY, vacuumInto, type CopyOptions } from './copy';
import type { PlanLock } from './lock';
import { applyChanges, inverseOf } from './mutation';
import { openDatabase, writeStamp, type CheckedRead, type OpenedFile, type OpenOptions } from './openPlanFile';
import { readAssetBytes, readPlanData, readPlanView } from './readPlan';
import { RowWriter } from './rowWriter';
import { UndoHistory } from './undoHistory';
import { breaksSingleton, singletonIds } from './singletonRows';
import { isSqliteError, writeFailureCode } from './sqliteErrors';
import { validateChange, type PendingChange } from './validateChange';
import { assertStillWhole, isStructural, readGuard, referenceFixes, type WholeGuard } from './wholeGuard';

export class PlanFile {
  readonly path: string;
  readonly readOnly: boolean;
  readonly schemaVersion: number;
  readonly backupPath: string | null;
  private readonly db: Database;
  private readonly lock: PlanLock | null;
  private readonly writer: RowWriter;
  private readonly clock: LogClock;
  private problem: ErrorCode | null;
  private savedAt: string | null;
  private pending: PendingChange[] = [];
  private readonly history: UndoHistory;
  private closed = false;
  /** Who writes this session's changes (issue 15 «Who»); null: the changes carry no author. */
  private author: Person | null = null;
  /** The plan the open read to check the file (read-only opens), not yet handed out. */
  private checkedRead: CheckedRead | null;

  constructor(opened: OpenedFile) {
    this.db = opened.db;
    this.path = opened.path;
    this.readOnly = opened.readOnly;
    this.problem = opened.problem;
    this.lock = opened.lock;
    this.schemaVersion = opened.schemaVersion;
    this.backupPath = opened.backupPath;
    this.checkedRead = opened.checkedRead ?? null;
    this.writer = new RowWriter(this.db);
    this.history = new UndoHistory(this.db);
    const last = this.db.prepare("SELECT value FROM meta WHERE key = 'clock'").get() as { value: string } | undefined;
    const trie = this.db.prepare('SELECT merkle FROM messages_merkle WHERE id = 1').get() as { merkle: string } | undefined;
    this.clock = new LogClock(last?.value ?? null, trie ? (JSON.parse(trie.merkle) as MerkleTrie) : null);
    this.savedAt = safeMtime(this.path);
  }

  /** The database connection, for merging and tests; all writes go through mutate(). */
  get database(): Database {
    return this.db;
  }
  get logClock(): LogClock {
    return this.clock;
  }
  get rowWriter(): RowWriter {
    return this.writer;
  }

  /** The person every later change is written by (the session sets the installation's person). */
  setAuthor(person: Person | null): void {
    this.author = person;
  }

  /** False once closed (e.g. another plan was opened while an export of this one ran). */
  get isOpen(): boolean {
    return !this.closed;
  }

  get currentAuthor(): Person | null {
    return this.author;
  }

  info(): OpenFileInfo {
    const title = (this.db.prepare('SELECT title FROM plan WHERE tombstone = 0 ORDER BY id LIMIT 1').get() as { title: string } | undefined)?.title;
    return {
      path: this.path,
      name: basename(this.path),
      title: title ?? '',
      schemaVersion: this.schemaVersion,
      readOnly: this.readOnly,
      problem: this.problem,
      pendingChanges: this.pending.length,
      savedAt: this.savedAt,
      ...(this.suggestPreset() ? { suggestPreset: true } : {}),
    };
  }

  /** A copy shared as «mottakerne foreslår endringer» (its recipients start in suggestion mode). */
  private suggestPreset(): boolean {
    return this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(SUGGEST_PRESET_KEY) === '1';
  }

  readPlan(): PlanData {
    this.assertOpen();
    // The open already read the whole plan to check it: the first read reuses it (a cold `cli export` would otherwise
    // read and assemble every row twice), unless anything was written or queued since. Handed out once, as every
    // read returns objects of its own.
    const checked = this.checkedRead;
    this.checkedRead = null;
    if (checked && this.pending.length === 0 && checked.stamp === writeStamp(this.db)) return checked.plan;
    return readPlanData(this.db, this.pending);
  }

  /** The plan for the UI: asset metadata and sizes, no bytes (those come from readAsset). */
  readPlanView(): PlanView {
    this.assertOpen();
    this.checkedRead = null; // the app reads views: do not hold a whole plan with its images for a read never made
    return readPlanView(this.db, this.pending);
  }

  /** One live asset's bytes (queued changes included), or null when the plan has no such asset. */
  readAsset(id: string): Buffer | null {
    this.assertOpen();
    return readAssetBytes(this.db, this.pending, id);
  }

  /** The one mutation function: validates all changes, then writes them in one transaction (or queues them). */
  mutate(changes: readonly FieldChange[]): MutateResult {
    return this.mutateRecording(changes, 'undo');
  }

  /**
   * mutate() whose changes join the previous undo step: one action written in two parts, such as a Word import whose
   * comments are anchored in the chapter text it wrote a moment before.
   */
  mutateJoined(changes: readonly FieldChange[]): MutateResult {
    return this.mutateRecording(changes, 'undo', true, true);
  }

  /** Undoes this session's last step; refused (UNDO_CONFLICT) when a merged copy changed one of its fields since. */
  undo(): MutateResult | null {
    const entry = this.history.take('undo');
    return entry ? this.mutateRecording(entry, 'redo') : null;
  }

  redo(): MutateResult | null {
    const entry = this.history.take('redo');
    return entry ? this.mutateRecording(entry, 'undo', false) : null;
  }

  /** Where the log ends now: a merge notes it before it starts, and hands it to noteMerge() when done. */
  logPosition(): ReturnType<UndoHistory['position']> {
    return this.history.position();
  }

  /** A merge appended the log since `from`: undo steps older than it may no longer restore the fields it brought. */
  noteMerge(from: ReturnType<UndoHistory['position']>): void {
    this.history.noteMerge(from);
  }

  canUndo(): boolean {
    return this.history.size('undo') > 0;
  }
  canRedo(): boolean {
    return this.history.size('redo') > 0;
  }

  private mutateRecording(changes: readonly FieldChange[], stack: 'undo' | 'redo', clearRedo = stack === 'undo', join = false): MutateResult {
    this.assertOpen();
    const requested = changes.map((c, i) => validateChange(c, i));
    const singletons = singletonIds(this.db);
    const intruder = requested.findIndex((c) => breaksSingleton(singletons, c.table, c.id, c.column));
    if (intruder >= 0) throw new PlanverkError('INVALID_ARGS', `changes.${intruder}: planrammen kan ikke opprettes eller slettes`);
    // Only a change the file can take now is checked against the plan's references (queued ones are checked when written).
    const guard = !this.readOnly && !this.problem && isStructural(requested) ? readGuard(this.db) : null;
    const valid = guard ? [...requested, ...referenceFixes(guard, requested).map((c, i) => validateChange(c, requested.length + i))] : requested;
    const inverse = inverseOf(this.writer, valid);
    this.write(valid, guard);
    this.history.record(stack, inverse, clearRedo, join);
    return this.result();
  }

  /** A chapter's Yjs state as one update (what the editor starts from). */
  chapterState(chapterId: string): Uint8Array {
    this.assertOpen();
    const doc = yDocFromUpdates(this.writer.chapterUpdates(chapterId));
    for (const p of this.pending) if (p.kind === 'chapterUpdate' && p.id === chapterId) Y.applyUpdate(doc, p.update);
    return Y.encodeStateAsUpdate(doc);
  }

  /**
   * Stores an editor's Yjs update. The chapter's JSON is derived here from the Yjs document alone (issue 15
   * groundwork): with several writers, an editor's own JSON may disagree with the merged document.
   */
  appendChapterUpdate(chapterId: string, update: Uint8Array): MutateResult {
    this.assertOpen();
    try {
      Y.applyUpdate(new Y.Doc(), update);
    } catch {
      throw new PlanverkError('INVALID_ARGS', 'update: ikke en Yjs-oppdatering');
    }
    this.write([{ kind: 'chapterUpdate', table: 'chapters', id: chapterId, update }]);
    return this.result();
  }

  /** A clean, compacted copy (VACUUM INTO). The copy gets its own clock node when it is opened. */
  saveCopy(target: string, opts: CopyOptions = {}): string {
    this.assertOpen();
    return vacuumInto(this.db, target, opts);
  }

  /** «Lagre som»: copy, open the copy, apply what could not be written here, and hand back the copy (this file closes). */
  saveAs(target: string, opts: OpenOptions = {}): PlanFile {
    this.assertOpen();
    if (target === this.path) throw new PlanverkError('TARGET_EXISTS', target);
    const written = this.saveCopy(target, { overwrite: true });
    const copy = new PlanFile(openDatabase(written, { ...opts, readOnly: false }));
    copy.setAuthor(this.author);
    if (this.pending.length > 0) copy.write(this.pending);
    this.close();
    return copy;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.close();
    } finally {
      this.lock?.release();
    }
  }

  private write(changes: readonly PendingChange[], guard: WholeGuard | null = null): void {
    if (this.readOnly || this.problem) {
      this.pending.push(...changes);
      return;
    }
    const before = this.clock.snapshot();
    try {
      this.db.transaction(() => {
        applyChanges(this.writer, this.clock, changes, this.author);
        if (guard) assertStillWhole(this.db, guard);
      })();
      this.savedAt = new Date().toISOString();
    } catch (err) {
      if (err instanceof PlanverkError || !isSqliteError(err)) {
        this.clock.restore(before); // the transaction rolled back: its timestamps are not in the log
        throw err;
      }
      // Nothing typed is lost: the transaction rolled back, the changes wait in memory for «Lagre som».
      this.clock.restore(before);
      this.problem = writeFailureCode(err);
      this.pending.push(...changes);
    }
  }

  private result(): MutateResult {
    return { savedAt: this.savedAt, pendingChanges: this.pending.length };
  }

  private assertOpen(): void {
    if (this.closed) throw new PlanverkError('NO_PLAN_OPEN');
  }
}

export function openPlanFile(path: string, opts: OpenOptions = {}): PlanFile {
  const file = new PlanFile(openDatabase(path, opts));
  if (opts.author) file.setAuthor(opts.author);
  return file;
}


function safeMtime(path: string): string | null {
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return null;
  }
}
