// The hybrid logical clock of one open plan file (@actual-app/crdt), with a fresh node id per session.
import { Timestamp, makeClientId, makeClock, merkle, type Clock } from '@actual-app/crdt';
import { setClock } from '@actual-app/crdt';

// Copies come back by email from laptops whose clocks may be far off; the order of edits must still hold.
Timestamp.init({ maxDrift: 50 * 365 * 24 * 3600 * 1000 });

export type MerkleTrie = Clock['merkle'];

export class LogClock {
  private readonly clock: Clock;

  /** `last` is the greatest timestamp this file has seen, so a new session never goes back in time. */
  constructor(last: string | null, trie: MerkleTrie | null) {
    const parsed = last ? Timestamp.parse(last) : null;
    const node = makeClientId().replace(/-/g, '').slice(-16).toUpperCase();
    this.clock = makeClock(new Timestamp(parsed?.millis() ?? 0, parsed?.counter() ?? 0, node), trie ?? {});
  }

  /** A new, unique timestamp for a local change (the @actual-app/crdt clock is a module global: select ours first). */
  send(): string {
    setClock(this.clock);
    const ts = Timestamp.send();
    if (!ts) throw new Error('clock not initialised');
    this.clock.merkle = merkle.insert(this.clock.merkle, ts);
    return ts.toString();
  }

  /** Takes in a timestamp from another copy, so later local changes sort after it. */
  recv(timestamp: string): void {
    const ts = Timestamp.parse(timestamp);
    if (!ts) return;
    setClock(this.clock);
    Timestamp.recv(ts);
    this.clock.merkle = merkle.insert(this.clock.merkle, ts);
  }

  current(): string {
    return this.clock.timestamp.toString();
  }

  merkleJson(): string {
    return JSON.stringify(this.clock.merkle);
  }

  snapshot(): { timestamp: string; merkle: string } {
    return { timestamp: this.current(), merkle: this.merkleJson() };
  }

  restore(s: { timestamp: string; merkle: string }): void {
    const ts = Timestamp.parse(s.timestamp);
    if (ts) {
      this.clock.timestamp.setMillis(ts.millis());
      this.clock.timestamp.setCounter(ts.counter());
    }
    this.clock.merkle = JSON.parse(s.merkle) as MerkleTrie;
  }
}
