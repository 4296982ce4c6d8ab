// The chapter editor's batch: typed text leaves the page when typing pauses, and at the latest BATCH_MAX_DELAY_MS
// after the first keystroke while typing goes on; flush() sends it at once (unload, chapter switch).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BATCH_MAX_DELAY_MS, BATCH_QUIET_MS, batchYUpdates } from '../../../renderer/editor/yUpdateBatcher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Applies what was sent to a fresh document and reads its text: what the file would have. */
const textOf = (updates: Uint8Array[]): string => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
};

describe('Yjs update batcher', () => {
  it('sends the typed text when typing pauses for BATCH_QUIET_MS, merged into one update', async () => {
    const doc = new Y.Doc();
    const sent: Uint8Array[] = [];
    const holds: number[] = [];
    const batcher = batchYUpdates(doc, (u) => sent.push(u), { onHold: () => holds.push(Date.now()) });
    for (const ch of 'Hei') doc.getText('t').insert(doc.getText('t').length, ch);
    expect(batcher.holding()).toBe(true);
    expect(holds).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(BATCH_QUIET_MS - 1);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(1);
    expect(textOf(sent)).toBe('Hei');
    expect(batcher.holding()).toBe(false);
  });

  it('sends at the latest BATCH_MAX_DELAY_MS after the first keystroke while typing goes on without a pause', async () => {
    const doc = new Y.Doc();
    const sent: Uint8Array[] = [];
    batchYUpdates(doc, (u) => sent.push(u));
    const step = Math.floor(BATCH_QUIET_MS / 2);
    for (let t = 0; t < BATCH_MAX_DELAY_MS; t += step) {
      doc.getText('t').insert(0, 'x');
      await vi.advanceTimersByTimeAsync(step);
    }
    expect(sent.length).toBeGreaterThanOrEqual(1);
  });

  it('flush and dispose hand on what is held at once, so nothing typed stays behind', () => {
    const doc = new Y.Doc();
    const sent: Uint8Array[] = [];
    const batcher = batchYUpdates(doc, (u) => sent.push(u));
    doc.getText('t').insert(0, 'a');
    batcher.flush();
    expect(textOf(sent)).toBe('a');
    doc.getText('t').insert(1, 'b');
    batcher.dispose();
    expect(textOf(sent)).toBe('ab');
    doc.getText('t').insert(2, 'c');
    expect(textOf(sent)).toBe('ab');
  });
});
