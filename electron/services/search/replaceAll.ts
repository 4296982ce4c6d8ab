// Replace-all within a plan: the field changes that replace a literal text everywhere search looks.
import type { SearchLocation } from '../../../shared/api/calls/search';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { dropEmptyText, replaceInRichText } from './richTextOps';
import { rowsOf, SEARCH_TABLES } from './searchFields';

export type ReplaceOptions = { matchCase?: boolean; wholeWord?: boolean };
export type Replacement = { changes: FieldChange[]; replacements: number; locations: SearchLocation[] };

export function literalPattern(query: string, { matchCase = false, wholeWord = false }: ReplaceOptions = {}): RegExp {
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // \b knows only ASCII letters; a word boundary must also hold next to æ, ø and å.
  const source = wholeWord ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
  return new RegExp(source, matchCase ? 'gu' : 'giu');
}

export function replaceAllChanges(plan: PlanData, query: string, replacement: string, options: ReplaceOptions = {}): Replacement {
  const pattern = literalPattern(query, options);
  const changes: FieldChange[] = [];
  const locations: SearchLocation[] = [];
  let replacements = 0;
  for (const spec of SEARCH_TABLES) {
    for (const row of rowsOf(plan, spec.table)) {
      for (const f of spec.fields) {
        const before = row[f.column];
        let after: unknown = before;
        let count = 0;
        const swap = (s: string): string =>
          s.replace(pattern, () => {
            count++;
            return replacement;
          });
        if (f.kind === 'text' && typeof before === 'string') after = swap(before);
        else if (f.kind === 'list' && Array.isArray(before)) after = before.map((v) => (typeof v === 'string' ? swap(v) : v));
        else if (f.kind === 'rich' && before) {
          const r = replaceInRichText(before, pattern, replacement);
          count = r.count;
          after = dropEmptyText(r.json);
        }
        if (count === 0) continue;
        replacements += count;
        changes.push({ table: spec.table, id: row.id, column: f.column, value: after });
        locations.push({ kind: spec.kind, id: row.id, field: f.column });
      }
    }
  }
  return { changes, replacements, locations };
}
