// The registry: every node and mark of the chapter schema with its behaviour, looked up by name. A new node or mark
// exports its NodeBehaviour from its own file and is listed here once (test/editor/behaviour.test.ts checks that the
// registry and planSchema() name the same nodes and marks).
import { LANGUAGE_BEHAVIOUR } from '../marks/language';
import { DELETION_BEHAVIOUR, INSERTION_BEHAVIOUR } from '../marks/suggestion';
import { CAPTIONED_TABLE_BEHAVIOUR } from '../nodes/caption';
import { FOOTNOTE_BEHAVIOUR } from '../nodes/footnote';
import { IMAGE_BEHAVIOUR } from '../nodes/image';
import { LIVE_BLOCK_BEHAVIOUR } from '../nodes/liveBlock';
import { STANDARD_BEHAVIOURS } from './standard';
import type { NodeBehaviour } from './types';

export type { NodeBehaviour } from './types';

export const BEHAVIOURS: readonly NodeBehaviour[] = [
  ...STANDARD_BEHAVIOURS,
  CAPTIONED_TABLE_BEHAVIOUR,
  IMAGE_BEHAVIOUR,
  LIVE_BLOCK_BEHAVIOUR,
  FOOTNOTE_BEHAVIOUR,
  INSERTION_BEHAVIOUR,
  DELETION_BEHAVIOUR,
  LANGUAGE_BEHAVIOUR,
];

const BY_NAME = new Map(BEHAVIOURS.map((b) => [b.name, b]));

export function behaviourOf(name: unknown): NodeBehaviour | undefined {
  return typeof name === 'string' ? BY_NAME.get(name) : undefined;
}

/** Every HTML attribute some node or mark asks paste to keep. */
export const PASTE_ATTRS: readonly string[] = [...new Set(BEHAVIOURS.flatMap((b) => b.pasteAttrs ?? []))];
