// The person of this installation as the page knows it (issue 15 «Who»): loaded once at start; the first start (no
// person stored) opens the dialog, which the header's button opens again to edit.
import { create } from 'zustand';
import type { Person, PersonInput } from '../../../shared/domain/person';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';

type PersonState = {
  person: Person | null;
  suggestedName: string;
  /** 'first': asked at first start; 'edit': opened from the header; null: closed. */
  dialog: 'first' | 'edit' | null;
  load(): Promise<void>;
  save(input: PersonInput): Promise<boolean>;
  openEditor(): void;
  close(): void;
};

export const usePersonStore = create<PersonState>((set) => ({
  person: null,
  suggestedName: '',
  dialog: null,
  async load() {
    const result = await api.call('person.get', {});
    if (!result.ok) return;
    set({ person: result.value.person, suggestedName: result.value.suggestedName, dialog: result.value.person ? null : 'first' });
  },
  async save(input) {
    const result = await api.call('person.set', input);
    if (!result.ok) {
      usePlanStore.getState().showError(result.error);
      return false;
    }
    set({ person: result.value, dialog: null });
    return true;
  },
  openEditor: () => set({ dialog: 'edit' }),
  close: () => set({ dialog: null }),
}));
