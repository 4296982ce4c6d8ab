// Edits made in a plan file by a person at a given wall time (the file records both with every message and chapter
// update), as the redline tests need to see who changed what and when.
import { vi } from 'vitest';
import { openPlanFile, type PlanFile } from '../../electron/services/store';
import type { PlanData } from '../../shared/domain/plan';
import type { Person } from '../../shared/domain/person';

export function editAs(path: string, person: Person, at: string, edit: (plan: PlanData) => Parameters<PlanFile['mutate']>[0]): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(at));
  try {
    const file = openPlanFile(path, { author: person });
    file.mutate(edit(file.readPlan()));
    file.close();
  } finally {
    vi.useRealTimers();
  }
}
