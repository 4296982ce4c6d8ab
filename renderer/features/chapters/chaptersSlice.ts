// The Kapitler page's view state: which chapter is shown, where to scroll after a search hit, when the editor must
// reload its Yjs state from the file (after replace-all, import or undo), the search panel, the query the editor
// highlights, and the status line.
import { create } from 'zustand';
import { resetWithPlan } from '../../app/planScope';

/**
 * A search hit to show once its chapter's editor is open: the index of a top-level block and, from the hit's snippet,
 * the matched word as written there (the editor selects that occurrence).
 */
export type ScrollTarget = { chapterId: string; block: number; text?: string };

type ChaptersView = {
  selectedId: string | null;
  scrollTo: ScrollTarget | null;
  /** Bumped to make the editor fetch chapter.state again. */
  reloadToken: number;
  searchOpen: boolean;
  /** The query whose matches the open editor marks: set by a search, null when the panel closes or the query is edited. */
  highlightQuery: string | null;
  /** The latest thing to tell a screen reader (aria-live). */
  status: string;
  select(id: string, scrollTo?: ScrollTarget | null): void;
  reloadEditor(): void;
  setSearchOpen(open: boolean): void;
  setHighlight(query: string | null): void;
  announce(status: string): void;
  clearScroll(): void;
};

export const useChaptersView = create<ChaptersView>((set) => ({
  selectedId: null,
  scrollTo: null,
  reloadToken: 0,
  searchOpen: false,
  highlightQuery: null,
  status: '',
  select: (id, scrollTo = null) => set({ selectedId: id, scrollTo }),
  reloadEditor: () => set((s) => ({ reloadToken: s.reloadToken + 1 })),
  setSearchOpen: (searchOpen) => set(searchOpen ? { searchOpen } : { searchOpen, highlightQuery: null }),
  setHighlight: (highlightQuery) => set({ highlightQuery }),
  announce: (status) => set({ status }),
  clearScroll: () => set({ scrollTo: null }),
}));

resetWithPlan(useChaptersView);
