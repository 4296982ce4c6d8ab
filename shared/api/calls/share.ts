// "Del på e-post": writes a clean copy of the open plan and an unsent e-mail draft with the copy attached.
import { z } from 'zod';
import { call, result } from '../define';

export type ShareByEmailResult = { emlPath: string; copyPath: string };

export const shareCalls = {
  /** `suggest`: «mottakerne foreslår endringer» — the copy opens in suggestion mode for its recipients. */
  'file.shareByEmail': call(z.object({ to: z.email().max(320).optional(), suggest: z.boolean().optional() }), result<ShareByEmailResult>()),
};
