// Collects a Y.Doc's updates and hands them on merged, at most `maxDelayMs` after the first one: the file gets every
// keystroke within a second, and a keystroke costs one array push, not an encode and a call.
import * as Y from 'yjs';

export type UpdateBatcher = { flush: () => void; dispose: () => void };

export function batchYUpdates(doc: Y.Doc, send: (update: Uint8Array) => void, maxDelayMs = 1000): UpdateBatcher {
  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const merged = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    send(merged);
  };
  const onUpdate = (update: Uint8Array) => {
    pending.push(update);
    timer ??= setTimeout(flush, maxDelayMs);
  };
  doc.on('update', onUpdate);
  return {
    flush,
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
