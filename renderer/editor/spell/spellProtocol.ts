// The messages between the page and the spell-check worker (spellWorker.ts).
import type { SpellFinding } from '../../../shared/spell/checkText';
import type { SpellLanguage } from '../../../shared/spell/speller';
import type { SpellBlock } from '../../../shared/spell/spellBlocks';

export type SpellRequest =
  | { id: number; type: 'check'; lang: SpellLanguage; words: string[]; blocks: SpellBlock[] }
  | { id: number; type: 'suggest'; lang: SpellLanguage; words: string[]; text: string; word: string };

export type SpellReply = { id: number; findings: SpellFinding[][] } | { id: number; suggestions: string[] } | { id: number; error: string };
