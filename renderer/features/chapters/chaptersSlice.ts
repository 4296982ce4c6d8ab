// Which chapter the Kapitler page shows.
import { create } from 'zustand';

type ChaptersView = { selectedId: string | null; select(id: string): void };

export const useChaptersView = create<ChaptersView>((set) => ({
  selectedId: null,
  select: (id) => set({ selectedId: id }),
}));
