// Whether two plan files are copies of one plan, so that merging them is meaningful.
import type { Database } from 'better-sqlite3';
import { PlanverkError } from '../../../shared/api/errors';

/**
 * The plan frame's id alone cannot tell plans apart: the built-in sample plan has seeded ids, and a plan created again
 * from its JSON export keeps them. What a copy always shares with its original is the beginning of the change log
 * (the messages that created the plan): a copy is made by copying the file, and every later message sorts after them.
 * Throws OTHER_PLAN when the frames or the first messages differ.
 */
export function assertSamePlan(target: Database, source: Database): void {
  const frames = (db: Database) => (db.prepare('SELECT id FROM plan WHERE tombstone = 0 ORDER BY id').all() as { id: string }[]).map((r) => r.id).join('\n');
  if (frames(target) !== frames(source)) throw new PlanverkError('OTHER_PLAN', 'planens id er ulik');
  const first = (db: Database) => (db.prepare('SELECT timestamp FROM messages_crdt ORDER BY timestamp LIMIT 1').get() as { timestamp: string } | undefined)?.timestamp;
  const a = first(target);
  const b = first(source);
  if (a !== undefined && b !== undefined && a !== b) throw new PlanverkError('OTHER_PLAN', 'endringsloggene har ikke samme opphav');
}
