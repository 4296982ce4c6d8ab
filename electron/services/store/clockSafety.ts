// A returned copy's clock may be wrong (docs/architecture.md, «Clock safety»). Before a copy is merged, its changes
// stamped later than this machine's clock are re-stamped to the time of the merge, in their own order, on an in-memory
// clone of the copy, and each is recorded (messages_restamped) so the same copy merged again adds nothing. The report
// says how far the copy's clock ran ahead, or behind (from the wall clock its machine wrote at its last save).
import Database from 'better-sqlite3';
import { Timestamp } from '@actual-app/crdt';
import type { CopyClock } from '../../../shared/api/calls/merge';
import { formatHlc, nextHlc, type Hlc, type LogClock } from './clock';

/** Clocks this close are only ordinary drift: not reported. Changes ahead of the clock at all are still re-stamped. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

export type PreparedCopy = { db: Database.Database; clock: CopyClock | null; close: () => void };

/**
 * Hands out the re-stamps of one merge: after the plan's clock and `now`, with this session's node, one sequence for
 * all the copies merged together (no two copies' changes get the same stamp), and the same stamp for the same change.
 */
export type Restamper = { now: number; node: string; at: Hlc; done: Map<string, string> };

export function restamperFor(clock: LogClock, now: number): Restamper {
  const at = clock.value();
  return { now, node: clock.node, at: at.millis < now ? { millis: now, counter: 0 } : at, done: new Map() };
}
type Stamp = { timestamp: string; millis: number };

const millisOf = (ts: string): number => Timestamp.parse(ts)?.millis() ?? 0;
const iso = (millis: number): string => new Date(millis).toISOString();

/**
 * The copy as it may be merged into `target`: an in-memory clone without the changes `target` already took in
 * re-stamped, with every change stamped after `now` re-stamped after `clock` (this session's node). Neither file changes.
 */
export function prepareCopy(target: Database.Database, copy: Database.Database, restamper: Restamper, binding: { nativeBinding?: string } = {}): PreparedCopy {
  const db = new Database(copy.serialize(), binding.nativeBinding ? { nativeBinding: binding.nativeBinding } : {});
  try {
    db.transaction(() => {
      const drop = db.prepare('DELETE FROM messages_crdt WHERE timestamp = ?');
      for (const original of target.prepare('SELECT original FROM messages_restamped').pluck().iterate() as Iterable<string>) drop.run(original);
    })();
    const behind = behindReport(target, db);
    const ahead = restampFuture(target, db, restamper);
    return { db, clock: ahead ?? behind, close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Re-stamps the clone's changes that `target` lacks and that lie after `now`; reports them when beyond the tolerance. */
function restampFuture(target: Database.Database, db: Database.Database, restamper: Restamper): CopyClock | null {
  const now = restamper.now;
  const known = target.prepare('SELECT 1 FROM messages_crdt WHERE timestamp = ?').pluck();
  const future = (db.prepare('SELECT timestamp FROM messages_crdt WHERE timestamp > ? ORDER BY timestamp').pluck().all(iso(now)) as string[])
    .filter((ts) => known.get(ts) === undefined)
    .map((timestamp): Stamp => ({ timestamp, millis: millisOf(timestamp) }))
    .filter((s) => s.millis > now);
  if (future.length === 0) return null;
  const move = db.prepare('UPDATE messages_crdt SET timestamp = ? WHERE timestamp = ?');
  const record = db.prepare('INSERT OR REPLACE INTO messages_restamped (original, timestamp) VALUES (?, ?)');
  db.transaction(() => {
    for (const s of future) {
      let stamped = restamper.done.get(s.timestamp);
      if (!stamped) {
        restamper.at = nextHlc(restamper.at, now);
        stamped = formatHlc(restamper.at, restamper.node);
        restamper.done.set(s.timestamp, stamped);
      }
      move.run(stamped, s.timestamp);
      record.run(s.timestamp, stamped);
    }
  })();
  const last = future[future.length - 1]!;
  if (last.millis - now <= CLOCK_TOLERANCE_MS) return null;
  return { direction: 'ahead', byMs: last.millis - now, from: iso(future[0]!.millis), to: iso(last.millis), changes: future.length };
}

/**
 * A machine whose clock runs behind the plan's clock stamps its edits with the plan's last time (a logical clock
 * never goes back), so its last save's wall clock lies before the times of its own changes.
 */
function behindReport(target: Database.Database, db: Database.Database): CopyClock | null {
  const wall = db.prepare("SELECT value FROM meta WHERE key = 'wallClock'").pluck().get() as string | undefined;
  const wallMillis = wall ? Date.parse(wall) : NaN;
  if (!Number.isFinite(wallMillis)) return null;
  const known = target.prepare('SELECT 1 FROM messages_crdt WHERE timestamp = ?').pluck();
  const stamps = (db.prepare('SELECT timestamp FROM messages_crdt WHERE timestamp > ? ORDER BY timestamp').pluck().all(iso(wallMillis + CLOCK_TOLERANCE_MS)) as string[])
    .filter((ts) => known.get(ts) === undefined)
    .map(millisOf);
  if (stamps.length === 0) return null;
  const last = stamps[stamps.length - 1]!;
  return { direction: 'behind', byMs: last - wallMillis, from: iso(stamps[0]!), to: iso(last), changes: stamps.length };
}
