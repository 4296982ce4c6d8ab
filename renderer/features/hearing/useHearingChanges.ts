// «Endringer etter høring» as the services list them: they compare the plan with its hearing draft (a version, not in
// the page's plan), so the page asks again whenever `plan` changes. Undefined until the first answer; null when the
// plan has no hearing draft.
import { useEffect, useState } from 'react';
import type { HearingChanges } from '../../../shared/compare/hearingChanges';
import { api } from '../../api/client';

export function useHearingChanges(plan: unknown): HearingChanges | null | undefined {
  const [changes, setChanges] = useState<HearingChanges | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void api.call('hearingChanges.list', {}).then((r) => {
      if (live && r.ok) setChanges(r.value.changes);
    });
    return () => {
      live = false;
    };
  }, [plan]);
  return changes;
}
