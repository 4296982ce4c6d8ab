// The merge page's state: which copy, its preview, the merge and its outcome. Every step is one API call; the plan
// file decides, this only remembers what it said.
import { create } from 'zustand';
import type { MergeOutcome, MergePreview } from '../../../shared/api/calls/merge';
import type { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
import { reloadChapters } from '../chapters/chapterCommit';
import { settleEditor } from '../chapters/editorSync';

export type MergeStep =
  | { kind: 'choose' }
  | { kind: 'loading'; path: string }
  | { kind: 'preview'; preview: MergePreview }
  | { kind: 'merging'; preview: MergePreview }
  | { kind: 'done'; outcome: MergeOutcome };

type MergeState = {
  /** The path in the page's field (typed in browser mode, or chosen in the desktop app's file dialog). */
  path: string;
  step: MergeStep;
  error: ApiError | null;
  setPath(path: string): void;
  /** Shows what the copy at `path` would bring (the menu's dialog and the page's button both end here). */
  showCopy(path: string): Promise<void>;
  merge(): Promise<void>;
  cancel(): void;
};

// A later request supersedes an earlier one still on its way (a second copy chosen before the first was read).
let request = 0;

export const useMergeStore = create<MergeState>((set, get) => ({
  path: '',
  step: { kind: 'choose' },
  error: null,
  setPath: (path) => set({ path }),
  async showCopy(raw) {
    const path = raw.trim();
    if (!path) return;
    const mine = ++request;
    set({ path, step: { kind: 'loading', path }, error: null });
    // What is still on its way to the file belongs in the preview (and in the backup the merge makes).
    await settleEditor();
    await usePlanStore.getState().flush();
    const result = await api.call('merge.preview', { path });
    if (mine !== request) return;
    if (result.ok) set({ step: { kind: 'preview', preview: result.value } });
    else set({ step: { kind: 'choose' }, error: result.error });
  },
  async merge() {
    const step = get().step;
    if (step.kind !== 'preview') return;
    const mine = ++request;
    set({ step: { kind: 'merging', preview: step.preview }, error: null });
    await settleEditor();
    await usePlanStore.getState().flush();
    const result = await api.call('merge.run', { path: step.preview.path });
    if (mine !== request) return;
    if (!result.ok) {
      set({ step: { kind: 'preview', preview: step.preview }, error: result.error });
      return;
    }
    set({ step: { kind: 'done', outcome: result.value } });
    // The same reload as after undo: the plan cache and any chapter editor start again from the file.
    await reloadChapters();
  },
  cancel() {
    request++;
    set({ step: { kind: 'choose' }, error: null });
  },
}));
