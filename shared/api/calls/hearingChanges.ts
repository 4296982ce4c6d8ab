// «Endringer etter høring» (issue 16): the changes since the newest hearing draft, for the editor's live block and the
// hearing page's links between an input and the changes it caused.
import { z } from 'zod';
import type { HearingChanges } from '../../compare/hearingChanges';
import { call, result } from '../define';

export const hearingChangesCalls = {
  /** null: the plan has no hearing draft yet (no export with the «Høringsutkast» watermark). */
  'hearingChanges.list': call(z.object({}), result<{ changes: HearingChanges | null }>()),
};
