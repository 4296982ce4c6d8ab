// The renderer's one command path: every edit of the plan is committed here (shown at once, sent through the pending
// queue as plan.mutate), undone and redone here, and a refused change is taken off the screen by reading the plan
// again. Built from its dependencies so that tests drive it against the real services in-process.
import type { ArgsOf, CallName, ResultOf } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/errors';
import type { FieldChange, TableName } from '../../shared/domain/plan';
import type { PlanView } from '../../shared/domain/planView';
import { applyChanges } from '../app/applyChanges';
import { withCreatedRows } from '../app/changeRows';
import { createChangeQueue, type ChangeQueue } from '../app/changeQueue';
import { noteWriteOutcome, noteWriteState, type WriteSource } from '../app/pendingWrites';

export type CallApi = <K extends CallName>(name: K, args: ArgsOf<K>) => Promise<ApiResult<ResultOf<K>>>;

/** Where the command path keeps the plan it shows and says how writing went (the plan store in the app). */
export type PlanCache = {
  plan(): PlanView | null;
  setPlan(plan: PlanView): void;
  showError(error: ApiError): void;
  noteSaving(saving: boolean): void;
  noteSavedAt(savedAt: string | null): void;
  /** The file's state (read-only, disk full) after a write it could not take. */
  refreshFileInfo(): Promise<void>;
};

type ListTable = Exclude<TableName, 'plan'>;
/** Whole rows an edit creates, put in the cache before its changes (which only patch rows the cache knows). */
export type CreatedRows = { [T in ListTable]?: readonly PlanView[T][number][] };

export type CommitOptions = {
  /** 'debounced' while typing (one message per field per pause); 'now' for every other action. */
  mode?: 'now' | 'debounced';
  rows?: CreatedRows;
  /** Rows the changes create are built from the changes themselves (every column set). */
  rowsFromChanges?: boolean;
};

export type HistoryStep = 'undo' | 'redo';
/** 'refused': the services said no (e.g. a merged copy changed the field since); the banner says why. */
export type HistoryOutcome = 'done' | 'nothing' | 'refused';
/** Told around every reload of the whole plan (undo, import), e.g. so that an open chapter editor starts again. */
export type ReloadHooks = { before?(): void; after?(): void };

export type CommandDeps = {
  call: CallApi;
  cache: PlanCache;
  /** Sends every held edit (the chapter editor's as well as the queue's) and waits for the answers. */
  settleAll?: () => Promise<void>;
  debounceMs?: number;
};

export function createCommands(deps: CommandDeps) {
  const { call, cache } = deps;
  const reloadHooks = new Set<ReloadHooks>();
  const historyListeners = new Set<(step: HistoryStep, outcome: HistoryOutcome) => void>();
  const queue: ChangeQueue = createChangeQueue(sendBatch, (saving) => {
    cache.noteSaving(saving);
    noteWriteState();
  }, deps.debounceMs);
  const settleAll = deps.settleAll ?? (() => queue.flush());

  async function sendBatch(changes: FieldChange[]): Promise<void> {
    const result = await call('plan.mutate', { changes });
    noteWriteOutcome(result.ok && result.value.pendingChanges === 0);
    if (result.ok) {
      cache.noteSavedAt(result.value.savedAt);
      // Pending changes mean the file could not take them (disk full, file gone): the file info says why.
      if (result.value.pendingChanges > 0) await cache.refreshFileInfo();
      return;
    }
    cache.showError(result.error);
    await cache.refreshFileInfo();
    // The refused value must not stay on screen: once the queue is answered, the plan is read again from the file.
    // Only the cache: a refused field change leaves chapter text alone, so an open editor keeps its state.
    void queue.flush().then(readPlan);
  }

  /** Reads the plan from the file; edits not yet answered are shown over it, so nothing typed meanwhile disappears. */
  async function readPlan(): Promise<void> {
    const loaded = await call('plan.load', {});
    if (!loaded.ok) cache.showError(loaded.error);
    else cache.setPlan(applyChanges(loaded.value, queue.unconfirmed()));
  }

  /** After the services changed the plan as a whole (undo, import, replace-all): the cache and open editors start again. */
  async function reload(): Promise<void> {
    for (const hooks of reloadHooks) hooks.before?.();
    await readPlan();
    for (const hooks of reloadHooks) hooks.after?.();
  }

  /** One user action: shown at once, sent as one plan.mutate (one undo step). False when there was nothing to send. */
  function commit(changes: readonly FieldChange[], options: CommitOptions = {}): boolean {
    const plan = cache.plan();
    if (!plan || changes.length === 0) return false;
    const withRows = addRows(options.rowsFromChanges ? withCreatedRows(plan, changes) : plan, options.rows);
    cache.setPlan(applyChanges(withRows, changes));
    queue.push([...changes], options.mode ?? 'now');
    return true;
  }

  /** Rows the services made outside plan.mutate (an image stored by asset.add) enter the cache. */
  function cacheRows(rows: CreatedRows): void {
    const plan = cache.plan();
    if (plan) cache.setPlan(addRows(plan, rows));
  }

  /** Shows values the file gets by another path (a chapter body derived from the editor's Yjs updates). */
  function showStored(changes: readonly FieldChange[]): void {
    const plan = cache.plan();
    if (plan) cache.setPlan(applyChanges(plan, changes));
  }

  /**
   * Undo or redo of this user's last step, as a new change made by the services from the step's inverse, after every
   * held edit is written. The services refuse a step a merged copy changed since; the banner then says so.
   */
  async function stepHistory(step: HistoryStep): Promise<HistoryOutcome> {
    if (!cache.plan()) return 'nothing';
    await settleAll();
    const result = await call(step === 'undo' ? 'plan.undo' : 'plan.redo', {});
    let outcome: HistoryOutcome;
    if (!result.ok) {
      cache.showError(result.error);
      outcome = 'refused';
    } else if (result.value.done) {
      cache.noteSavedAt(result.value.savedAt);
      await reload();
      outcome = 'done';
    } else outcome = 'nothing';
    for (const listener of historyListeners) listener(step, outcome);
    return outcome;
  }

  const writeSource: WriteSource = { state: () => queue.state(), sendNow: () => queue.sendNow(), settle: () => queue.flush() };

  return {
    commit,
    cacheRows,
    showStored,
    /** A write by another path (the chapter editor's Yjs updates) was answered: the header's «Lagret» time follows it. */
    noteSaved: (savedAt: string | null) => cache.noteSavedAt(savedAt),
    reload,
    /** Sends what the queue holds and resolves when the services have answered. */
    flush: () => queue.flush(),
    undo: () => stepHistory('undo'),
    redo: () => stepHistory('redo'),
    stepHistory,
    writeSource,
    onReload(hooks: ReloadHooks): () => void {
      reloadHooks.add(hooks);
      return () => reloadHooks.delete(hooks);
    },
    onHistoryStep(listener: (step: HistoryStep, outcome: HistoryOutcome) => void): () => void {
      historyListeners.add(listener);
      return () => historyListeners.delete(listener);
    },
  };
}

export type Commands = ReturnType<typeof createCommands>;

function addRows(plan: PlanView, rows: CreatedRows | undefined): PlanView {
  if (!rows) return plan;
  const next: Record<string, unknown> = { ...plan };
  for (const [table, added] of Object.entries(rows) as [ListTable, readonly { id: string }[]][]) {
    const ids = new Set(added.map((r) => r.id));
    next[table] = [...(plan[table] as readonly { id: string }[]).filter((r) => !ids.has(r.id)), ...added];
  }
  return next as PlanView;
}
