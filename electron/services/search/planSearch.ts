// Search and replace-all on an open plan file: the index is rebuilt lazily, only when the file changed since the last query.
import type { Database } from 'better-sqlite3';
import type { ReplaceAllResult, SearchHit } from '../../../shared/api/calls/search';
import type { MutateResult } from '../../../shared/api/calls/plan';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { replaceAllChanges, type ReplaceOptions } from './replaceAll';
import { SearchIndex } from './searchIndex';

/** What search needs of an open plan file (PlanFile has it). */
export type SearchTarget = {
  readonly database: Database;
  readPlan(): PlanData;
  mutate(changes: readonly FieldChange[]): MutateResult;
  info(): { pendingChanges: number; savedAt: string | null };
};

export class PlanSearch {
  private readonly index: SearchIndex;
  private builtFor: string | null = null;
  private readonly changeCount;

  constructor(private readonly target: SearchTarget) {
    this.index = new SearchIndex(target.database);
    this.changeCount = target.database.prepare('SELECT total_changes() AS n');
  }

  query(input: string, limit?: number): SearchHit[] {
    this.refresh();
    return this.index.query(input, limit);
  }

  replaceAll(query: string, replacement: string, options: ReplaceOptions = {}): ReplaceAllResult {
    const r = replaceAllChanges(this.target.readPlan(), query, replacement, options);
    const chapterIds = [...new Set(r.locations.filter((l) => l.kind === 'chapter' && l.field === 'body').map((l) => l.id))];
    if (r.changes.length === 0) return { ...this.target.info(), replacements: 0, locations: [], chapterIds };
    return { ...this.target.mutate(r.changes), replacements: r.replacements, locations: r.locations, chapterIds };
  }

  /** Any write on this connection (field change, chapter update, merge, undo) moves total_changes(); queued changes count too. */
  private refresh(): void {
    const version = () => `${(this.changeCount.get() as { n: number }).n}:${this.target.info().pendingChanges}`;
    if (this.builtFor === version()) return;
    this.index.rebuild(this.target.readPlan());
    // The rebuild's own inserts move total_changes() too, so the version is read after it.
    this.builtFor = version();
  }
}
