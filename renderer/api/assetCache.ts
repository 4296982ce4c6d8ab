// Asset bytes fetched on demand (plan.load sends metadata only) and kept by id. Ids are the sha256 of the bytes, so a
// cached entry can never go stale; entries are dropped only to stay under a byte budget, and never while held.
import type { ApiError } from '../../shared/api/errors';

/** Bytes plus the mime they are shown or saved as. */
export type AssetSource = { id: string; mime: string };
export type FetchAssetBytes = (id: string) => Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: ApiError }>;

/** A held object URL: it stays valid until release(), however much else is fetched meanwhile. */
export type AssetLease = { url: Promise<string | null>; release(): void };

type Entry = { blob: Promise<Blob | null>; size: number; url: string | null; holds: number; lastUsed: number };

export type AssetCacheOptions = {
  /** Unheld entries beyond this many bytes are dropped, least recently used first. */
  budgetBytes?: number;
  createUrl?: (blob: Blob) => string;
  revokeUrl?: (url: string) => void;
  onError?: (error: ApiError) => void;
};

export type AssetCache = ReturnType<typeof createAssetCache>;

export function createAssetCache(fetchBytes: FetchAssetBytes, options: AssetCacheOptions = {}) {
  const budget = options.budgetBytes ?? 64 * 1024 * 1024;
  const createUrl = options.createUrl ?? ((blob: Blob) => URL.createObjectURL(blob));
  const revokeUrl = options.revokeUrl ?? ((url: string) => URL.revokeObjectURL(url));
  const entries = new Map<string, Entry>();
  let clock = 0;

  function entryOf(asset: AssetSource): Entry {
    let entry = entries.get(asset.id);
    if (!entry) {
      const created: Entry = { blob: Promise.resolve(null), size: 0, url: null, holds: 0, lastUsed: 0 };
      created.blob = fetchBytes(asset.id).then((r) => {
        if (!r.ok) {
          // A failed fetch is not cached: the asset may arrive with the next plan.load (e.g. after undo).
          if (entries.get(asset.id) === created) entries.delete(asset.id);
          options.onError?.(r.error);
          return null;
        }
        created.size = r.bytes.byteLength;
        trim();
        return new Blob([r.bytes], { type: asset.mime });
      });
      entries.set(asset.id, created);
      entry = created;
    }
    entry.lastUsed = ++clock;
    return entry;
  }

  function trim(): void {
    let total = 0;
    for (const e of entries.values()) total += e.size;
    const idle = [...entries.entries()].filter(([, e]) => e.holds === 0 && e.size > 0).sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [id, e] of idle) {
      if (total <= budget) break;
      entries.delete(id);
      if (e.url) revokeUrl(e.url);
      total -= e.size;
    }
  }

  return {
    /** The asset's bytes (for a download or an attachment), fetched once. */
    async bytes(asset: AssetSource): Promise<Blob | null> {
      return entryOf(asset).blob;
    },
    /** An object URL to show the asset; held until release(). */
    acquireUrl(asset: AssetSource): AssetLease {
      const entry = entryOf(asset);
      entry.holds += 1;
      let released = false;
      const url = entry.blob.then((blob) => {
        if (!blob) return null;
        entry.url ??= createUrl(blob);
        return entry.url;
      });
      return {
        url,
        release() {
          if (released) return;
          released = true;
          entry.holds -= 1;
          trim();
        },
      };
    },
    /** The URL already made for this id, if any: lets a redraw show the image at once, without a flash. */
    peekUrl(id: string): string | null {
      return entries.get(id)?.url ?? null;
    },
    /** How many assets and bytes are cached (for tests and the bench). */
    stats(): { entries: number; bytes: number } {
      let bytes = 0;
      for (const e of entries.values()) bytes += e.size;
      return { entries: entries.size, bytes };
    },
  };
}
