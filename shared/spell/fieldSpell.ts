// The spell-check of the plan's texts outside the chapters: the matrix's rich-text fields (Problemstillinger,
// Gjennomføring, Sentrale aktører) and the tables' prose columns, in the plan's målform with the plan's word list.
// One list of the spelled table columns serves the Tabeller page (which cells it underlines) and `cli spell` / the
// export check (which fields they report), so the two never disagree.
import type { Area, Malform, PlanData } from '../domain/plan';
import { planWordsOf } from '../domain/planWord';
import { planInRowOrder } from '../domain/rowOrder';
import { orderMatrix } from '../matrix/order';
import type { ListRow, ListTable } from '../plantables/edits';
import { spellBlocks, type PlacedFinding } from './planSpell';
import type { Spellers } from './speller';
import { spellBlocksOf, type SpellBlock } from './spellBlocks';
import { acceptedWords } from './wordLists';

/** The text columns of the list tables that hold words to check (not ids, dates, amounts or choices). */
export const SPELLED_TABLE_COLUMNS: { readonly [T in ListTable]?: readonly (keyof ListRow<T> & string)[] } = {
  measures: ['name', 'unit', 'followUp'],
  milestones: ['name'],
  orgRoles: ['role', 'participants', 'responsibility'],
  laws: ['name', 'purpose'],
  documents: ['title', 'purpose'],
};

export const MATRIX_TEXT_FIELDS = ['problems', 'method', 'actors'] as const satisfies readonly (keyof Area)[];

export type SpelledField =
  | { kind: 'area'; themeId: string; areaId: string; field: (typeof MATRIX_TEXT_FIELDS)[number] }
  | { kind: 'table'; table: ListTable; rowId: string; field: string };

/** A field with findings: where it is, what its row is called (an area's or a row's name) and what was found. */
export type FieldSpelling = { place: SpelledField; name: string; lang: Malform; findings: PlacedFinding[] };

/** Findings of earlier checks per block of text, under a key that holds everything they depend on (the Eksport page checks the whole plan each time it opens). */
export type TextSpellMemo = { get(key: string): PlacedFinding[] | undefined; set(key: string, findings: PlacedFinding[]): void };

export type SpellFieldsOptions = { spellers: Spellers; extraWords?: Iterable<string>; withSuggestions?: boolean; memo?: TextSpellMemo };

type Row = { id: string } & Record<string, unknown>;

/** The row's name for a report: its first spelled column (a measure's name, a law's name, a document's title). */
const rowName = (row: Row, columns: readonly string[]): string => String(row[columns[0] ?? ''] ?? '');

/** Every spelled field of the plan that has findings, areas first (in the matrix's order), then the tables'. */
export function spellFields(plan: PlanData, options: SpellFieldsOptions): FieldSpelling[] {
  const lang = plan.plan.malform;
  const planWords = planWordsOf(plan.planWords);
  const extraWords = [...(options.extraWords ?? [])].sort();
  const ctx = { lang, spellers: options.spellers, accepted: acceptedWords(planWords, extraWords) };
  const withSuggestions = !!options.withSuggestions;
  const suggested = new Map<string, string[]>();
  const context = JSON.stringify([lang, withSuggestions, planWords, extraWords]);
  const spell = (blocks: readonly SpellBlock[]): PlacedFinding[] =>
    blocks.flatMap((block) => {
      const key = `${context}\u0000${JSON.stringify(block)}`;
      const known = options.memo?.get(key);
      if (known) return known;
      const found = spellBlocks([block], ctx, withSuggestions, suggested);
      options.memo?.set(key, found);
      return found;
    });
  const out: FieldSpelling[] = [];
  const ordered = planInRowOrder(plan);
  const matrix = orderMatrix(plan);
  for (const { area } of [...matrix.rowsByTheme.values()].flat()) {
    for (const field of MATRIX_TEXT_FIELDS) {
      const findings = spell(spellBlocksOf(area[field]));
      if (findings.length) out.push({ place: { kind: 'area', themeId: area.themeId, areaId: area.id, field }, name: area.name, lang, findings });
    }
  }
  for (const [table, columns] of Object.entries(SPELLED_TABLE_COLUMNS) as [ListTable, readonly string[]][]) {
    for (const row of ordered[table] as readonly Row[]) {
      for (const field of columns) {
        const text = row[field];
        if (typeof text !== 'string' || !text.trim()) continue;
        const findings = spell([{ text }]);
        if (findings.length) out.push({ place: { kind: 'table', table, rowId: row.id, field }, name: rowName(row, columns), lang, findings });
      }
    }
  }
  return out;
}
