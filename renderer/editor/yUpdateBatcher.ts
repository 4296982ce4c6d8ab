// Collects a Y.Doc's updates and hands them on merged: when typing pauses for `quietMs`, and at the latest `maxDelayMs`
// after the first one while typing goes on. A keystroke costs one array push, not an encode and a call, and the file
// has every keystroke a moment after the fingers stop (a crash or a killed process loses at most maxDelayMs of typing).
import * as Y from 'yjs';

export type UpdateBatcher = {
  flush: () => void;
  /** True while updates wait here (not yet handed on). */
  holding: () => boolean;
  dispose: () => void;
};

export type BatchTiming = { quietMs?: number; maxDelayMs?: number; onHold?: () => void };

export const BATCH_QUIET_MS = 150;
export const BATCH_MAX_DELAY_MS = 500;

export function batchYUpdates(doc: Y.Doc, send: (update: Uint8Array) => void, timing: BatchTiming = {}): UpdateBatcher {
  const { quietMs = BATCH_QUIET_MS, maxDelayMs = BATCH_MAX_DELAY_MS, onHold } = timing;
  let pending: Uint8Array[] = [];
  let quietTimer: ReturnType<typeof setTimeout> | null = null;
  let maxTimer: ReturnType<typeof setTimeout> | null = null;
  const clearTimers = () => {
    if (quietTimer !== null) clearTimeout(quietTimer);
    if (maxTimer !== null) clearTimeout(maxTimer);
    quietTimer = maxTimer = null;
  };
  const flush = () => {
    clearTimers();
    if (pending.length === 0) return;
    const merged = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    send(merged);
  };
  const onUpdate = (update: Uint8Array) => {
    pending.push(update);
    if (pending.length === 1) onHold?.();
    // One timer reset per keystroke: the quiet timer restarts, the max-delay timer runs from the first update.
    if (quietTimer !== null) clearTimeout(quietTimer);
    quietTimer = setTimeout(flush, quietMs);
    maxTimer ??= setTimeout(flush, maxDelayMs);
  };
  doc.on('update', onUpdate);
  return {
    flush,
    holding: () => pending.length > 0,
    dispose() {
      doc.off('update', onUpdate);
      flush();
    },
  };
}

/** Base64 of bytes, in chunks (String.fromCharCode cannot take millions of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
