// Full-text search across the plan (chapters, areas, table cells) and replace-all with undo (plan.undo).
import { z } from 'zod';
import { call, result } from '../define';
import type { MutateResult } from './plan';

/** Where a hit is: the kind of thing (chapter, area, measure, …), its row id and the field the text is in. */
export type SearchKind =
  | 'plan'
  | 'chapter'
  | 'theme'
  | 'area'
  | 'areaNote'
  | 'group'
  | 'milestone'
  | 'orgRole'
  | 'law'
  | 'document'
  | 'measure'
  | 'hearingParty'
  | 'input';
/** `block`: for rich text, the index of the top-level block (paragraph, table, …) the hit is in. */
export type SearchLocation = { kind: SearchKind; id: string; field: string; block?: number };
/** A piece of the context snippet; `match` pieces are the words that matched (shown highlighted, never as HTML). */
export type SnippetPart = { text: string; match: boolean };
export type SearchHit = { location: SearchLocation; label: string; snippet: SnippetPart[] };

export type ReplaceAllResult = MutateResult & {
  replacements: number;
  /** Fields changed, so the UI can say where; chapters whose body changed must reload their editor state. */
  locations: SearchLocation[];
  chapterIds: string[];
};

const Query = z.string().trim().min(1).max(500);

export const searchCalls = {
  'search.query': call(z.object({ query: Query, limit: z.number().int().min(1).max(500).optional() }), result<SearchHit[]>()),
  /** Replaces the literal text everywhere in the plan as one change; 'plan.undo' takes it back. */
  'search.replaceAll': call(
    z.object({ query: Query, replacement: z.string().max(500), matchCase: z.boolean().optional(), wholeWord: z.boolean().optional() }),
    result<ReplaceAllResult>(),
  ),
};
