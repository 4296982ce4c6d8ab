// «Foreslå endringer» per person and plan: whether the mode is on (kept in this installation's localStorage under the
// plan's id and the person's id, so another person at the same machine or another plan starts as it was left), and the
// person who suggests (person.get; until the first-start dialog has run, the name the system suggests).
import { create } from 'zustand';
import { initialsOf, type Person } from '../../../shared/domain/person';
import { api } from '../../api/client';

const STORAGE_KEY = 'planverk.suggestMode';

type SuggestModeState = {
  person: Person | null;
  /** `${planId}:${personId}` → on */
  enabled: Record<string, boolean>;
  loadPerson: () => Promise<void>;
  setEnabled: (planId: string, on: boolean) => void;
};

function readStored(): Record<string, boolean> {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}');
    return raw && typeof raw === 'object' ? (raw as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

export const modeKey = (planId: string, person: Person | null) => `${planId}:${person?.id ?? ''}`;

export const useSuggestMode = create<SuggestModeState>((set, get) => ({
  person: null,
  enabled: readStored(),
  loadPerson: async () => {
    if (get().person) return;
    const result = await api.call('person.get', {});
    if (!result.ok) return;
    const { person, suggestedName } = result.value;
    const name = suggestedName.trim() || '?';
    set({ person: person ?? { id: `local:${name}`, name, initials: initialsOf(name), group: null } });
  },
  setEnabled: (planId, on) => {
    const enabled = { ...get().enabled, [modeKey(planId, get().person)]: on };
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(enabled));
    } catch {
      // Private mode or a full store: the switch still works for this session.
    }
    set({ enabled });
  },
}));

/** On for this person and plan: their own choice, else the copy's preset («mottakerne foreslår endringer»). */
export function useSuggestModeOn(planId: string, preset: boolean): boolean {
  return useSuggestMode((s) => s.enabled[modeKey(planId, s.person)] ?? preset);
}
