// Whether two plan files are copies of one plan, so that merging them is meaningful.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { PlanverkError } from '../../../shared/api/errors';

const PLAN_ID_KEY = 'planId';

/**
 * The plan's identity: written once when the plan is created (random) and carried by every copy (copies are the file).
 * Files made before it existed got one from migration 0001, derived from the frame and the first log message, so a copy
 * made before that migration gets the same id as its original. Null when the file has none (an empty change log).
 */
export function planIdOf(db: Database): string | null {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(PLAN_ID_KEY) as string | undefined) ?? null;
}

export function writeNewPlanId(db: Database): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(PLAN_ID_KEY, randomUUID());
}

/**
 * Throws OTHER_PLAN unless both files carry the same plan id. The frame ids and the first messages of the logs must
 * agree too (a copy shares the messages that created the plan): the sample's seeded ids alone cannot tell plans apart.
 */
export function assertSamePlan(target: Database, source: Database): void {
  const [here, there] = [planIdOf(target), planIdOf(source)];
  if (here === null || there === null) {
    throw new PlanverkError('OTHER_PLAN', 'planens identitet mangler', { key: 'copyNoIdentity' });
  }
  if (here !== there) throw new PlanverkError('OTHER_PLAN', 'planens identitet er ulik');
  const frames = (db: Database) => (db.prepare('SELECT id FROM plan WHERE tombstone = 0 ORDER BY id').all() as { id: string }[]).map((r) => r.id).join('\n');
  if (frames(target) !== frames(source)) throw new PlanverkError('OTHER_PLAN', 'planens id er ulik');
  const first = (db: Database) => (db.prepare('SELECT timestamp FROM messages_crdt ORDER BY timestamp LIMIT 1').get() as { timestamp: string } | undefined)?.timestamp;
  const a = first(target);
  const b = first(source);
  if (a !== undefined && b !== undefined && a !== b) throw new PlanverkError('OTHER_PLAN', 'endringsloggene har ikke samme opphav');
}
