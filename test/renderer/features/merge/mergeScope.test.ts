// The merge page's preview and outcome belong to the plan they were made for: once another plan opens, neither shows,
// and an answer still on its way for the previous plan is dropped instead of landing on the new one.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenFileInfo } from '../../../../shared/api/calls/file';
import type { MergeCopiesOutcome, MergeCopiesPreview } from '../../../../shared/api/calls/merge';

const calls = vi.hoisted(() => ({ pending: new Map<string, (value: unknown) => void>() }));
vi.mock('../../../../renderer/api/client', () => ({
  api: {
    transport: 'http',
    onShellEvent: () => () => undefined,
    // Every call waits until the test answers it, so the test decides what arrives when.
    call: (name: string) => new Promise((resolve) => calls.pending.set(name, resolve)),
  },
}));
vi.mock('../../../../renderer/features/chapters/editorSync', () => ({ settleEditor: async () => undefined }));
vi.mock('../../../../renderer/features/chapters/chapterCommit', () => ({ reloadChapters: async () => undefined }));

const { usePlanStore } = await import('../../../../renderer/app/planStore');
const { useMergeStore } = await import('../../../../renderer/features/merge/mergeSlice');

const fileInfo = (path: string): OpenFileInfo => ({ path, name: path, title: path, schemaVersion: 1, readOnly: false, problem: null, pendingChanges: 0, savedAt: null });
const openPlan = (path: string) => usePlanStore.setState({ file: fileInfo(path), loadState: 'ready' });
const preview = { copies: [], total: {}, backupFolder: '/planer/A – sikkerhetskopier' } as unknown as MergeCopiesPreview;

/** Answers the named call once the store has made it. */
async function answer(name: string, value: unknown): Promise<void> {
  await vi.waitFor(() => expect(calls.pending.has(name)).toBe(true));
  const resolve = calls.pending.get(name)!;
  calls.pending.delete(name);
  resolve({ ok: true, value });
}

beforeEach(() => {
  calls.pending.clear();
  useMergeStore.getState().cancel();
  openPlan('/planer/Start.planverk');
});

describe('merge state is the open plan\'s', () => {
  it('forgets plan A\'s copies and preview when plan B opens', async () => {
    openPlan('/planer/A.planverk');
    const shown = useMergeStore.getState().showCopies(['/planer/Kopi av A.planverk']);
    await answer('merge.previewCopies', preview);
    await shown;
    expect(useMergeStore.getState().step.kind).toBe('preview');
    expect(useMergeStore.getState().path).toBe('/planer/Kopi av A.planverk');

    openPlan('/planer/B.planverk');
    expect(useMergeStore.getState()).toMatchObject({ path: '', step: { kind: 'choose' }, error: null });
  });

  it('forgets plan A\'s merge outcome when plan B opens', async () => {
    openPlan('/planer/A.planverk');
    const shown = useMergeStore.getState().showCopies(['/planer/Kopi av A.planverk']);
    await answer('merge.previewCopies', preview);
    await shown;
    const merged = useMergeStore.getState().merge();
    await answer('merge.runCopies', { ...preview, backupPath: '/planer/A – sikkerhetskopier/A.planverk' } as MergeCopiesOutcome);
    await merged;
    expect(useMergeStore.getState().step.kind).toBe('done');

    openPlan('/planer/B.planverk');
    expect(useMergeStore.getState().step).toEqual({ kind: 'choose' });
  });

  it('drops a preview of plan A that arrives after plan B opened', async () => {
    openPlan('/planer/A.planverk');
    const shown = useMergeStore.getState().showCopies(['/planer/Kopi av A.planverk']);
    await vi.waitFor(() => expect(calls.pending.has('merge.previewCopies')).toBe(true));
    openPlan('/planer/B.planverk');
    await answer('merge.previewCopies', preview);
    await shown;
    expect(useMergeStore.getState()).toMatchObject({ path: '', step: { kind: 'choose' } });
  });
});
