// The renderer's asset cache: bytes fetched once per id (ids are content hashes), failures not cached, held object
// URLs never revoked, idle ones dropped least recently used first once over the byte budget.
import { describe, expect, it } from 'vitest';
import { createAssetCache, type FetchAssetBytes } from '../../../renderer/api/assetCache';

const id = (c: string) => c.repeat(64);

function fakeServer(sizes: Record<string, number>) {
  const calls: string[] = [];
  const fetchBytes: FetchAssetBytes = async (assetId) => {
    calls.push(assetId);
    const size = sizes[assetId];
    if (size === undefined) return { ok: false, error: { code: 'NOT_FOUND', message: 'Bildet eller vedlegget finnes ikke i planen; det kan være fjernet.' } };
    return { ok: true, bytes: new Uint8Array(size).fill(assetId.charCodeAt(0)) };
  };
  return { calls, fetchBytes };
}

function urls() {
  let n = 0;
  const revoked: string[] = [];
  return { revoked, createUrl: () => `blob:test/${++n}`, revokeUrl: (u: string) => void revoked.push(u) };
}

describe('asset cache', () => {
  it('fetches an asset once however often it is asked for, and hands back its bytes with the mime', async () => {
    const server = fakeServer({ [id('a')]: 10 });
    const cache = createAssetCache(server.fetchBytes, urls());
    const [one, two] = await Promise.all([cache.bytes({ id: id('a'), mime: 'image/png' }), cache.bytes({ id: id('a'), mime: 'image/png' })]);
    const lease = cache.acquireUrl({ id: id('a'), mime: 'image/png' });
    expect(await lease.url).toBe('blob:test/1');
    expect(server.calls).toEqual([id('a')]);
    expect(one).toBe(two);
    expect(one!.type).toBe('image/png');
    expect([...new Uint8Array(await one!.arrayBuffer())]).toEqual(new Array(10).fill(97));
    expect(cache.peekUrl(id('a'))).toBe('blob:test/1');
  });

  it('does not cache a refusal: the asset may come back (undo), so the next ask fetches again', async () => {
    const sizes: Record<string, number> = {};
    const server = fakeServer(sizes);
    const errors: string[] = [];
    const cache = createAssetCache(server.fetchBytes, { ...urls(), onError: (e) => void errors.push(e.code) });
    expect(await cache.bytes({ id: id('b'), mime: 'application/pdf' })).toBeNull();
    expect(await cache.acquireUrl({ id: id('b'), mime: 'application/pdf' }).url).toBeNull();
    sizes[id('b')] = 3;
    expect((await cache.bytes({ id: id('b'), mime: 'application/pdf' }))!.size).toBe(3);
    expect(server.calls).toEqual([id('b'), id('b'), id('b')]);
    expect(errors).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('keeps held URLs over budget and drops idle ones least recently used first', async () => {
    const server = fakeServer({ [id('a')]: 60, [id('b')]: 60, [id('c')]: 60 });
    const u = urls();
    const cache = createAssetCache(server.fetchBytes, { ...u, budgetBytes: 130 });
    const png = (c: string) => ({ id: id(c), mime: 'image/png' });
    const a = cache.acquireUrl(png('a'));
    const b = cache.acquireUrl(png('b'));
    const c = cache.acquireUrl(png('c'));
    const [urlA, urlB, urlC] = await Promise.all([a.url, b.url, c.url]);
    // All three on screen: over budget, but nothing held is revoked.
    expect(u.revoked).toEqual([]);
    expect(cache.stats()).toEqual({ entries: 3, bytes: 180 });
    a.release();
    b.release();
    // a was used longest ago, so it goes first; that is enough to fit, so b stays.
    expect(u.revoked).toEqual([urlA]);
    expect(cache.peekUrl(id('a'))).toBeNull();
    expect(cache.peekUrl(id('b'))).toBe(urlB);
    // Asking for a again fetches it anew; then b, the least recently used idle entry, goes.
    const again = cache.acquireUrl(png('a'));
    await again.url;
    expect(server.calls.filter((x) => x === id('a'))).toHaveLength(2);
    expect(u.revoked).toEqual([urlA, urlB]);
    expect(cache.peekUrl(id('c'))).toBe(urlC);
    again.release();
    again.release();
    c.release();
    expect(cache.stats()).toEqual({ entries: 2, bytes: 120 });
  });
});
