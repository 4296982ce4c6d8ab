// Merging copies that came back by email into the open plan: a preview on an in-memory twin of the open plan, and the
// real merge after a backup. Both run the same steps (merge, then compare the plan before and after), so they agree.
// Several copies merge one after another, in the order given, in one step.
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { MergeCopiesOutcome, MergeCopiesPreview, MergeOutcome, MergePreview, MergeSummary } from '../../../shared/api/calls/merge';
import { PlanverkError } from '../../../shared/api/errors';
import type { PlanData } from '../../../shared/domain/plan';
import { reviewBrought } from '../../../shared/merge/reviewBrought';
import { broughtAnything, mergeDatabases, openPlanFile, type OpenOptions, type PlanFile } from '../store';
import { LogClock, type MerkleTrie } from '../store/clock';
import { prepareCopy, restamperFor, type PreparedCopy } from '../store/clockSafety';
import { checkIncomingLog } from '../store/incomingLog';
import { assertSamePlan } from '../store/planIdentity';
import { sameFile } from '../store/planTargetGuard';
import { applyConnectionPragmas } from '../store/pragmas';
import { readPlanData } from '../store/readPlan';
import { RowWriter } from '../store/rowWriter';
import { isSqliteError, writeFailureCode } from '../store/sqliteErrors';
import { mergeWouldBreak, planBreaches, validateMergedPlan } from '../store/validateMergedPlan';
import { copyChapters, turnIntoSuggestions } from './asSuggestions';
import { backupFolder, backUpPlan } from './backups';
import { findConflicts, timeOf } from './conflicts';
import { findDoubledMoves, keepOnce } from './doubledMoves';
import { changedChapters, countDifferences, hasDifferences } from './planDiff';
import { bothChapterUpdates, hasStructureNews, watchStructure, type ChapterUpdatesBySide } from './structureReport';

/** `asSuggestions`: the copies' chapter text changes arrive as suggestions by their persons («slå sammen som forslag»). */
export type MergeDeps = { store?: OpenOptions; now?: () => Date; asSuggestions?: boolean };

/** What merging the copy at `path` would bring; neither file changes. */
export function previewMerge(file: PlanFile, path: string, deps: MergeDeps = {}): MergePreview {
  return previewCopies(file, [path], deps).copies[0]!;
}

/** Merges the copy at `path` after a backup (none when nothing changes); the result says what changed and where the backup is. */
export function runMerge(file: PlanFile, path: string, deps: MergeDeps = {}): MergeOutcome {
  const outcome = runCopies(file, [path], deps);
  return { ...outcome.copies[0]!, backupPath: outcome.backupPath };
}

/** What merging the copies in this order would bring, per copy and in all; no file changes. */
export function previewCopies(file: PlanFile, paths: readonly string[], deps: MergeDeps = {}): MergeCopiesPreview {
  assertMergeable(file, paths, { writing: false });
  return withCopies(file, paths, deps, (copies) => ({ ...mergeOnTwin(file, copies, deps), backupFolder: backupFolder(file.path) }));
}

/**
 * Merges the copies in one step: first on an in-memory twin, which says what the merge brings and refuses a result
 * that would not be a valid plan before any backup or write; when the copies bring nothing the file lacks (not only
 * nothing the plan shows differently: a log entry that changes no value still counts) the file is left alone (no
 * write, no backup). Otherwise the plan is backed up once, then every copy is merged in one transaction that checks the
 * result again before it commits. A failed merge leaves the plan as it was and keeps the backup.
 */
export function runCopies(file: PlanFile, paths: readonly string[], deps: MergeDeps = {}): MergeCopiesOutcome {
  assertMergeable(file, paths, { writing: true });
  return withCopies(file, paths, deps, (copies) => {
    const report = { ...mergeOnTwin(file, copies, deps), backupFolder: backupFolder(file.path) };
    if (report.total.nothingNew) return { ...report, backupPath: null };
    const backupPath = backUpPlan(file.database, file.path, (deps.now ?? (() => new Date()))());
    const clockBefore = file.logClock.snapshot();
    const logBefore = file.logPosition();
    try {
      const db = file.database;
      db.transaction(() => {
        const before = planBreaches(db);
        for (const copy of copies) mergeOne({ db, writer: file.rowWriter, clock: file.logClock }, copy.db, deps, () => bothChapterUpdates(db, copy.db));
        validateMergedPlan(db, before);
      })();
      file.noteMerge(logBefore);
      return { ...report, backupPath };
    } catch (err) {
      file.logClock.restore(clockBefore);
      if (isSqliteError(err)) throw new PlanverkError(writeFailureCode(err), String((err as Error).message).slice(0, 300), { key: 'mergeWriteFailed' });
      throw err;
    }
  });
}

type MergeTarget = Parameters<typeof mergeDatabases>[0];

/** A copy as it may be merged (`db`, future changes re-stamped) and as its file has it (`original`). */
type OpenCopy = { path: string; db: Database.Database; original: Database.Database; clock: PreparedCopy['clock'] };

/**
 * The copies merged one after another into a twin of the open plan with a throwaway clock: each copy's part, and the
 * whole; refused if the result is invalid.
 */
function mergeOnTwin(file: PlanFile, copies: readonly OpenCopy[], deps: MergeDeps): Omit<MergeCopiesPreview, 'backupFolder'> {
  const twin = new Database(file.database.serialize(), deps.store?.nativeBinding ? { nativeBinding: deps.store.nativeBinding } : {});
  try {
    applyConnectionPragmas(twin, false);
    const breaches = planBreaches(twin);
    const writer = new RowWriter(twin);
    const clock = clockOf(twin);
    const first = readPlanData(twin);
    const parts: MergePreview[] = [];
    for (const copy of copies) {
      const copyPlan = readPlanData(copy.db);
      const summary = mergeAndCompare(twin, writer, clock, copy, copyPlan, deps);
      const last = copy.original.prepare('SELECT max(timestamp) FROM messages_crdt').pluck().get() as string | null;
      parts.push({ ...summary, path: copy.path, copyTitle: copyPlan.plan.title, copyLastChange: last ? timeOf(last) : null });
    }
    validateMergedPlan(twin, breaches);
    if (parts.length === 1) return { copies: parts, total: summaryOf(parts[0]!) };
    const last = readPlanData(twin);
    const counts = countDifferences(first, last);
    const structure = { repairs: parts.flatMap((p) => p.repairs), deletedEdits: parts.flatMap((p) => p.deletedEdits), offeredText: parts.flatMap((p) => p.offeredText), doubledText: parts.flatMap((p) => p.doubledText) };
    const conflicts = parts.flatMap((p) => p.conflicts);
    const versions = parts.flatMap((p) => p.versions);
    const total: MergeSummary = {
      counts,
      review: reviewBrought(first, last),
      chapters: changedChapters(first, last),
      conflicts,
      ...structure,
      versions,
      nothingNew: parts.every((p) => p.nothingNew) && !hasDifferences(counts) && conflicts.length === 0 && !hasStructureNews(structure) && versions.length === 0,
      clock: parts.find((p) => p.clock)?.clock ?? null,
    };
    return { copies: parts, total };
  } catch (err) {
    // Reading the merged twin back fails when a copy has destroyed the plan (e.g. its frame): that is a refusal.
    if (err instanceof PlanverkError && err.code === 'INVALID_PLAN') throw mergeWouldBreak(err.detail);
    throw err;
  } finally {
    twin.close();
  }
}

const summaryOf = ({ counts, review, chapters, conflicts, repairs, deletedEdits, offeredText, doubledText, versions, nothingNew, clock }: MergeSummary): MergeSummary => ({
  counts,
  review,
  chapters,
  conflicts,
  repairs,
  deletedEdits,
  offeredText,
  doubledText,
  versions,
  nothingNew,
  clock,
});

/** `copyPlan` is the copy as read once by the caller (the preview also needs its title). */
function mergeAndCompare(db: Database.Database, writer: RowWriter, clock: LogClock, copy: OpenCopy, copyPlan: PlanData, deps: MergeDeps): MergeSummary {
  const before = readPlanData(db);
  // Conflicts are read from the logs before the merge joins them; the winner is the one the merge will apply.
  const conflicts = findConflicts(db, copy.db, [before, copyPlan]);
  const structure = watchStructure(db, copy.db);
  const merged = mergeOne({ db, writer, clock }, copy.db, deps, () => structure.updates);
  const versions = merged.newVersions;
  const after = readPlanData(db);
  const counts = countDifferences(before, after);
  const chapters = changedChapters(before, after);
  const report = structure.finish(db, { before, after, copy: copyPlan }, merged.doubled);
  // Log entries that change no shown value (a comment reopened that was open) are news too: without them the plan
  // would order later changes to those fields, and name their authors, differently from another merge order.
  const nothingNew = !broughtAnything(merged) && !hasDifferences(counts) && conflicts.length === 0 && !hasStructureNews(report) && versions.length === 0;
  return { counts, review: reviewBrought(before, after), chapters, conflicts, ...report, versions, nothingNew, clock: copy.clock };
}

/**
 * The store's merge of one copy; text both sides moved alike (the same paragraph join made on both) is then kept once
 * (`doubled` says which; not as suggestions); as suggestions, the copy's chapter text changes are then marked as its
 * person's suggestions. `updates` gives both files' chapter updates as they were before the merge (the report read
 * them already when it runs; asked only when they are needed).
 */
function mergeOne(target: MergeTarget, copy: Database.Database, deps: MergeDeps, updates: () => ChapterUpdatesBySide): ReturnType<typeof mergeDatabases> & { doubled: Array<{ chapterId: string; text: string }> } {
  const chapters = deps.asSuggestions ? copyChapters(target.db, copy) : [];
  // As suggestions the chapter is rewritten from the copy's differences afterwards, where a doubled join shows as the
  // copy's insertion (visible, rejectable); a repair here would be undone and its report line would be untrue.
  const doubled = deps.asSuggestions ? [] : findDoubledMoves(updates());
  const result = mergeDatabases(target, copy);
  keepOnce(target.writer, doubled);
  turnIntoSuggestions(target.db, target.writer, chapters);
  return { ...result, doubled: doubled.flatMap((d) => d.moves.map((m) => ({ chapterId: d.chapterId, text: m.text }))) };
}

/** Each copy must be another file, given once; for the merge itself the open plan must be able to take it (a preview only reads). */
function assertMergeable(file: PlanFile, paths: readonly string[], { writing }: { writing: boolean }): void {
  const info = file.info();
  if (writing && file.readOnly) throw new PlanverkError('READ_ONLY');
  if (writing && info.problem) throw new PlanverkError(info.problem);
  const seen = new Set<string>();
  for (const path of paths) {
    // By device and inode too: a symbolic or hard link to the open plan is the same file under another name.
    if (resolve(path) === file.path || sameFile(path, file.path)) throw new PlanverkError('INVALID_ARGS', path, { key: 'copyIsOpenPlan' });
    if (seen.has(resolve(path))) throw new PlanverkError('INVALID_ARGS', path, { key: 'copyChosenTwice' });
    seen.add(resolve(path));
  }
}

/**
 * Opens every copy read-only with every open check (not a plan, newer version, corrupt), checks each is this plan and
 * that every change it brings is valid, and hands the copies over as they may be merged (future changes re-stamped to
 * now, one sequence for all copies: clockSafety.ts).
 */
function withCopies<T>(file: PlanFile, paths: readonly string[], deps: MergeDeps, use: (copies: OpenCopy[]) => T): T {
  const opened: { close: () => void }[] = [];
  try {
    const restamper = restamperFor(file.logClock, Date.now());
    const copies = paths.map((path) => {
      const copy = openPlanFile(path, { ...deps.store, readOnly: true });
      opened.push(copy);
      assertSamePlan(file.database, copy.database);
      checkIncomingLog(file.database, copy.database);
      const prepared = prepareCopy(file.database, copy.database, restamper, deps.store);
      opened.push(prepared);
      return { path: resolve(path), db: prepared.db, original: copy.database, clock: prepared.clock };
    });
    return use(copies);
  } finally {
    for (const copy of opened.reverse()) copy.close();
  }
}

/** The plan's log clock as its file has it, so a preview advances a throwaway clock and never the open plan's. */
function clockOf(db: Database.Database): LogClock {
  const last = db.prepare("SELECT value FROM meta WHERE key = 'clock'").pluck().get() as string | undefined;
  const trie = db.prepare('SELECT merkle FROM messages_merkle WHERE id = 1').pluck().get() as string | undefined;
  return new LogClock(last ?? null, trie ? (JSON.parse(trie) as MerkleTrie) : null);
}
