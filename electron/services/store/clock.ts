// The hybrid logical clock of one open plan file, in @actual-app/crdt's timestamp format, with a fresh node id per
// session. The arithmetic is ours rather than the library's module-global Timestamp.send/recv: those throw when the
// counter overflows or the clock drifts, and a copy from a machine with a wrong clock must never stop the plan from
// saving (docs/architecture.md, «Clock safety»).
import { makeClientId, merkle, Timestamp, type Clock } from '@actual-app/crdt';

export type MerkleTrie = Clock['merkle'];
export const MAX_COUNTER = 0xffff;

export type Hlc = { millis: number; counter: number };

/** The next clock value after `last` at physical time `phys`. Never fails: a full counter moves on one millisecond. */
export function nextHlc(last: Hlc, phys: number): Hlc {
  if (phys > last.millis) return { millis: phys, counter: 0 };
  if (last.counter < MAX_COUNTER) return { millis: last.millis, counter: last.counter + 1 };
  return { millis: last.millis + 1, counter: 0 };
}

export const formatHlc = (h: Hlc, node: string): string => new Timestamp(h.millis, h.counter, node).toString();

export class LogClock {
  private millis: number;
  private counter: number;
  readonly node: string;
  private trie: MerkleTrie;

  /** `last` is the greatest timestamp this file has seen, so a new session never goes back in time. */
  constructor(last: string | null, trie: MerkleTrie | null) {
    const parsed = last ? Timestamp.parse(last) : null;
    this.millis = parsed?.millis() ?? 0;
    this.counter = parsed?.counter() ?? 0;
    this.node = makeClientId().replace(/-/g, '').slice(-16).toUpperCase();
    this.trie = trie ?? {};
  }

  /** A new, unique timestamp for a local change, after every timestamp this clock has seen. */
  send(): string {
    const next = nextHlc(this.value(), Date.now());
    this.millis = next.millis;
    this.counter = next.counter;
    const ts = formatHlc(next, this.node);
    this.trie = merkle.insert(this.trie, Timestamp.parse(ts)!);
    return ts;
  }

  /** Takes in a timestamp from another copy, so later local changes sort after it (merges re-stamp future ones first). */
  recv(timestamp: string): void {
    const ts = Timestamp.parse(timestamp);
    if (!ts) return;
    if (ts.millis() > this.millis || (ts.millis() === this.millis && ts.counter() > this.counter)) {
      this.millis = ts.millis();
      this.counter = ts.counter();
    }
    this.trie = merkle.insert(this.trie, ts);
  }

  /** The clock's current value as a timestamp with this session's node. */
  current(): string {
    return formatHlc(this.value(), this.node);
  }

  value(): Hlc {
    return { millis: this.millis, counter: this.counter };
  }

  merkleJson(): string {
    return JSON.stringify(this.trie);
  }

  snapshot(): { timestamp: string; merkle: string } {
    return { timestamp: this.current(), merkle: this.merkleJson() };
  }

  restore(s: { timestamp: string; merkle: string }): void {
    const ts = Timestamp.parse(s.timestamp);
    if (ts) {
      this.millis = ts.millis();
      this.counter = ts.counter();
    }
    this.trie = JSON.parse(s.merkle) as MerkleTrie;
  }
}
