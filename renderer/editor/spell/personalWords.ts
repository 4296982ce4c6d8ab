// The user's own word list («Legg til i min ordliste»): words accepted in every plan on this machine, kept in the
// browser's storage (it belongs to the person, not to a plan file).
import { create } from 'zustand';

const STORAGE_KEY = 'planverk.spell.personalWords';

function stored(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
  } catch {
    return [];
  }
}

type PersonalWords = { words: string[]; add: (word: string) => void };

export const usePersonalWords = create<PersonalWords>((set, get) => ({
  words: stored(),
  add: (word) => {
    if (get().words.includes(word)) return;
    const words = [...get().words, word];
    localStorage.setItem(STORAGE_KEY, JSON.stringify(words));
    set({ words });
  },
}));
