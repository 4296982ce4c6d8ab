// The Kapitler page's view state: which chapter is shown, where to scroll after a search hit, when the editor must
// reload its Yjs state from the file (after replace-all, import or undo), the search panel and the status line.
import { create } from 'zustand';

/** A place in a chapter to scroll to once its editor is shown: the index of a top-level block. */
export type ScrollTarget = { chapterId: string; block: number };

type ChaptersView = {
  selectedId: string | null;
  scrollTo: ScrollTarget | null;
  /** Bumped to make the editor fetch chapter.state again. */
  reloadToken: number;
  searchOpen: boolean;
  /** The latest thing to tell a screen reader (aria-live). */
  status: string;
  select(id: string, scrollTo?: ScrollTarget | null): void;
  reloadEditor(): void;
  setSearchOpen(open: boolean): void;
  announce(status: string): void;
  clearScroll(): void;
};

export const useChaptersView = create<ChaptersView>((set) => ({
  selectedId: null,
  scrollTo: null,
  reloadToken: 0,
  searchOpen: false,
  status: '',
  select: (id, scrollTo = null) => set({ selectedId: id, scrollTo }),
  reloadEditor: () => set((s) => ({ reloadToken: s.reloadToken + 1 })),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  announce: (status) => set({ status }),
  clearScroll: () => set({ scrollTo: null }),
}));
