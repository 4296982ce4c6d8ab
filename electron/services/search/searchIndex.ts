// Full-text index of a plan: a TEMP FTS5 table on the plan file's own connection, so it is never written into the file.
// unicode61 without diacritic removal keeps æ, ø and å distinct letters ("o" never matches "ø") and folds their case.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SnippetPart } from '../../../shared/api/calls/search';
import type { PlanData } from '../../../shared/domain/plan';
import { richPlainBlocks } from './richTextOps';
import { rowsOf, SEARCH_TABLES } from './searchFields';

const OPEN = '\u0001';
const CLOSE = '\u0002';
const WORD = /[\p{L}\p{N}]+/gu;

/** The FTS5 query for what a user typed: every word must occur, each as a prefix (search as you type). */
export function toFtsQuery(input: string): string | null {
  const words = input.match(WORD);
  return words ? words.map((w) => `"${w}"*`).join(' ') : null;
}

export class SearchIndex {
  private readonly insert;
  private readonly select;

  constructor(private readonly db: Database) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search USING fts5(
      kind UNINDEXED, id UNINDEXED, field UNINDEXED, block UNINDEXED, label UNINDEXED, text,
      tokenize = "unicode61 remove_diacritics 0")`);
    this.insert = db.prepare('INSERT INTO temp.search (kind, id, field, block, label, text) VALUES (?, ?, ?, ?, ?, ?)');
    this.select = db.prepare(
      `SELECT kind, id, field, block, label, snippet(search, 5, '${OPEN}', '${CLOSE}', '…', 16) AS snip
       FROM temp.search WHERE search MATCH ? ORDER BY rank LIMIT ?`,
    );
  }

  /** Replaces the whole index with the text of `plan`, in one transaction. Rich text goes in block by block: short rows
   *  make snippets cheap and let a hit point at its paragraph. */
  rebuild(plan: PlanData): void {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM temp.search');
      for (const spec of SEARCH_TABLES) {
        for (const row of rowsOf(plan, spec.table)) {
          const label = spec.label(row);
          for (const f of spec.fields) {
            const value = row[f.column];
            if (f.kind === 'rich') {
              richPlainBlocks(value).forEach((text, block) => {
                if (text.trim()) this.insert.run(spec.kind, row.id, f.column, block, label, text);
              });
              continue;
            }
            const text = f.kind === 'list' ? (Array.isArray(value) ? value.join('\n') : '') : typeof value === 'string' ? value : '';
            if (text.trim()) this.insert.run(spec.kind, row.id, f.column, null, label, text);
          }
        }
      }
    })();
  }

  query(input: string, limit = 50): SearchHit[] {
    const fts = toFtsQuery(input);
    if (!fts) return [];
    type Row = { kind: SearchHit['location']['kind']; id: string; field: string; block: number | null; label: string; snip: string };
    const rows = this.select.all(fts, limit) as Row[];
    return rows.map((r) => ({
      location: r.block === null ? { kind: r.kind, id: r.id, field: r.field } : { kind: r.kind, id: r.id, field: r.field, block: r.block },
      label: r.label,
      snippet: toParts(r.snip),
    }));
  }
}

function toParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of snippet.replace(/\s+/g, ' ').split(OPEN)) {
    const close = piece.indexOf(CLOSE);
    if (close < 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    parts.push({ text: piece.slice(0, close), match: true });
    if (close + 1 < piece.length) parts.push({ text: piece.slice(close + 1), match: false });
  }
  return parts;
}
