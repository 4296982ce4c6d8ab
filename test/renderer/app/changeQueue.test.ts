// The change queue sends a burst of typing as one plan.mutate per field after the debounce, at once on flush,
// and in the order the edits were made.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldChange } from '../../../shared/domain/plan';
import { createChangeQueue, DEBOUNCE_MS, MAX_WAIT_MS } from '../../../renderer/app/changeQueue';

const title = (value: string): FieldChange => ({ table: 'plan', id: 'p', column: 'title', value });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('change queue', () => {
  it('coalesces keystrokes into one send of the latest value per field after the debounce', async () => {
    const sent: FieldChange[][] = [];
    const busy: boolean[] = [];
    const queue = createChangeQueue(async (c) => void sent.push(c), (b) => busy.push(b));
    for (const value of ['K', 'Ko', 'Kom']) queue.push([title(value)], 'debounced');
    queue.push([{ table: 'plan', id: 'p', column: 'subtitle', value: 'U' }], 'debounced');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(sent).toEqual([]);
    expect(queue.busy()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([[title('Kom'), { table: 'plan', id: 'p', column: 'subtitle', value: 'U' }]]);
    expect(queue.busy()).toBe(false);
    expect(busy.at(-1)).toBe(false);
  });

  it('sends at once on flush and for "now" changes, without waiting for the timer', async () => {
    const sent: FieldChange[][] = [];
    const queue = createChangeQueue(async (c) => void sent.push(c), () => {});
    queue.push([title('A')], 'debounced');
    await queue.flush();
    expect(sent).toEqual([[title('A')]]);
    queue.push([title('B')], 'now');
    await queue.flush();
    expect(sent).toEqual([[title('A')], [title('B')]]);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(sent).toHaveLength(2);
  });

  it('never overlaps sends: a second batch waits until the first is acknowledged', async () => {
    const order: string[] = [];
    let release!: () => void;
    const queue = createChangeQueue(
      async (c) => {
        order.push(`start ${String(c[0]!.value)}`);
        if (c[0]!.value === 'first') await new Promise<void>((r) => (release = r));
        order.push(`end ${String(c[0]!.value)}`);
      },
      () => {},
    );
    queue.push([title('first')], 'now');
    queue.push([title('second')], 'now');
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start first']);
    release();
    await queue.flush();
    expect(order).toEqual(['start first', 'end first', 'start second', 'end second']);
  });

  it('sends during a long burst of typing at least every MAX_WAIT_MS, though the debounce keeps restarting', async () => {
    const sent: FieldChange[][] = [];
    const queue = createChangeQueue(async (c) => void sent.push(c), () => {});
    let text = '';
    for (let t = 0; t < MAX_WAIT_MS * 2; t += 100) {
      text += 'a';
      queue.push([title(text)], 'debounced');
      await vi.advanceTimersByTimeAsync(100);
    }
    // Keystrokes every 100 ms never leave a 300 ms pause: only the max wait sends.
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(String(sent[0]![0]!.value).length).toBeLessThanOrEqual(MAX_WAIT_MS / 100);
  });

  it('sendNow starts the send in the same task, beside a send still in flight, and reports held/sending/idle', async () => {
    const started: string[] = [];
    let release!: () => void;
    const queue = createChangeQueue(
      async (c) => {
        started.push(String(c[0]!.value));
        if (c[0]!.value === 'first') await new Promise<void>((r) => (release = r));
      },
      () => {},
    );
    queue.push([title('first')], 'now');
    await vi.advanceTimersByTimeAsync(0);
    queue.push([title('second')], 'debounced');
    expect(queue.state()).toBe('held');
    queue.sendNow();
    expect(started).toEqual(['first', 'second']);
    expect(queue.state()).toBe('sending');
    release();
    await queue.flush();
    expect(queue.state()).toBe('idle');
  });
});
