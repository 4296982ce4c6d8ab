// The merge page's state: which copies, their preview, the merge and its outcome. Every step is one API call; the plan
// file decides, this only remembers what it said.
import { create } from 'zustand';
import type { MergeCopiesOutcome, MergeCopiesPreview } from '../../../shared/api/calls/merge';
import type { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
import { resetWithPlan } from '../../app/planScope';
import { reloadChapters } from '../chapters/chapterCommit';
import { settleEditor } from '../chapters/editorSync';

export type MergeStep =
  | { kind: 'choose' }
  | { kind: 'loading'; paths: string[] }
  | { kind: 'preview'; preview: MergeCopiesPreview; paths: string[] }
  | { kind: 'merging'; preview: MergeCopiesPreview; paths: string[] }
  | { kind: 'done'; outcome: MergeCopiesOutcome };

/** The copies in the page's field: one path per line (a pasted list), blank lines ignored. */
export const pathsOf = (text: string): string[] => text.split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== '');

type MergeState = {
  /** The page's field: the copies' paths, one per line (typed in browser mode, or chosen in the desktop app's dialog). */
  path: string;
  step: MergeStep;
  error: ApiError | null;
  /** «Slå sammen som forslag»: the copies' chapter text changes arrive as suggestions (the preview shows it so). */
  asSuggestions: boolean;
  setPath(path: string): void;
  setAsSuggestions(on: boolean): void;
  /** Shows what the copies would bring (the menu's dialog and the page's button both end here). */
  showCopies(paths: string[]): Promise<void>;
  merge(): Promise<void>;
  cancel(): void;
};

// A later request supersedes an earlier one still on its way (a second copy chosen before the first was read).
let request = 0;

const openPlanPath = () => usePlanStore.getState().file?.path ?? null;
/** The answer to a request still belongs on the page: no later request, and the same plan open as when it was asked. */
const stillCurrent = (mine: number, planPath: string | null): boolean => mine === request && openPlanPath() === planPath;

export const useMergeStore = create<MergeState>((set, get) => ({
  path: '',
  step: { kind: 'choose' },
  error: null,
  asSuggestions: false,
  setPath: (path) => set({ path }),
  setAsSuggestions(on) {
    set({ asSuggestions: on });
    // A preview on screen was made the other way: show it again as the merge would now run.
    const step = get().step;
    if (step.kind === 'preview') void get().showCopies(step.paths);
  },
  async showCopies(raw) {
    const paths = raw.map((p) => p.trim()).filter((p) => p !== '');
    if (paths.length === 0) return;
    const mine = ++request;
    const planPath = openPlanPath();
    set({ path: paths.join('\n'), step: { kind: 'loading', paths }, error: null });
    // What is still on its way to the file belongs in the preview (and in the backup the merge makes).
    await settleEditor();
    const result = await api.call('merge.previewCopies', { paths, asSuggestions: get().asSuggestions });
    if (!stillCurrent(mine, planPath)) return;
    if (result.ok) set({ step: { kind: 'preview', preview: result.value, paths } });
    else set({ step: { kind: 'choose' }, error: result.error });
  },
  async merge() {
    const step = get().step;
    if (step.kind !== 'preview') return;
    const mine = ++request;
    const planPath = openPlanPath();
    set({ step: { ...step, kind: 'merging' }, error: null });
    await settleEditor();
    const result = await api.call('merge.runCopies', { paths: step.paths, asSuggestions: get().asSuggestions });
    if (!stillCurrent(mine, planPath)) return;
    if (!result.ok) {
      set({ step, error: result.error });
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

// The copies, their preview and the merge's outcome are the open plan's: none of it shows once another plan opens.
resetWithPlan(useMergeStore);
