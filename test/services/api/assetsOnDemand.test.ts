// plan.load sends asset metadata only and asset.get sends one asset's bytes on demand, through the real dispatcher
// into real plan files: no dataBase64 anywhere in plan.load's JSON, sizes right, the bytes exactly the stored ones
// (sha256), unknown, removed and malformed ids refused with a Norwegian sentence; export and interchange keep the bytes.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { createPlanFile } from '../../../electron/services/store';
import type { ApiResult } from '../../../shared/api/errors';
import type { Asset, PlanData } from '../../../shared/domain/plan';
import type { PlanView } from '../../../shared/domain/planView';
import { buildLargePlan } from '../../bench/renderPlan';
import { smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-assets-');
afterAll(() => tmp.cleanup());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes that look like a scanned letter to a compressor: every value, in a scrambled order. */
function scannedBytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

function pdfAsset(bytes: Buffer, name: string): Asset {
  return { id: sha256(bytes), mime: 'application/pdf', name, alt: '', decorative: false, dataBase64: bytes.toString('base64') };
}

function openApi(plan: PlanData, name: string) {
  const path = tmp.file(`${name}.planverk`);
  createPlanFile(path, plan).close();
  const session = createSession({ recentFilePath: tmp.file(`${name}-recent.json`) });
  const handlers = createHandlers(session);
  const raw = (call: string, args: unknown) => dispatch(handlers, call, args);
  const ok = async <T>(call: string, args: unknown): Promise<T> => {
    const r = await raw(call, args);
    if (!r.ok) throw new Error(`${call}: ${r.error.code} ${r.error.detail ?? ''}`);
    return r.value as T;
  };
  return { session, raw, ok, open: () => ok('file.open', { path }) };
}

/** What a transport sends: the result as JSON. */
const wireBytes = (result: ApiResult<unknown>) => Buffer.byteLength(JSON.stringify(result));

describe('plan.load without asset bytes', () => {
  it('sends metadata and sizes only, a tenth of the bytes for a plan with scanned attachments, and the large bench plan without its images', async () => {
    const plan = buildLargePlan();
    const letters = [1, 2, 3].map((n) => pdfAsset(scannedBytes(2_000_000 + n * 1000, n), `innspill-${n}.pdf`));
    plan.assets.push(...letters);
    plan.inputs.push(
      ...letters.map((a, i) => ({
        id: `input-${i}`,
        sortKey: i + 1,
        sender: `Avsender ${i + 1}`,
        senderType: 'privatperson' as const,
        receivedDate: '2024-05-02',
        summary: 'Innspill som skannet brev',
        fullText: '',
        attachmentAssetId: a.id,
        concerns: [],
        assessment: '',
        conclusion: null,
      })),
    );
    const api = openApi(plan, 'large');
    await api.open();
    const result = await api.raw('plan.load', {});
    expect(result.ok).toBe(true);
    const json = JSON.stringify(result);
    expect(json).not.toContain('dataBase64');
    for (const a of plan.assets) expect(json).not.toContain(a.dataBase64.slice(0, 200));

    const view = (result as { ok: true; value: PlanView }).value;
    expect(view.assets.map((a) => [a.id, a.byteLength])).toEqual(
      [...plan.assets].sort((a, b) => (a.id < b.id ? -1 : 1)).map((a) => [a.id, Buffer.from(a.dataBase64, 'base64').length]),
    );
    expect(view.assets[0]).toEqual({ ...plan.assets.find((a) => a.id === view.assets[0]!.id), dataBase64: undefined, byteLength: view.assets[0]!.byteLength });

    // Before: plan.load sent PlanData as export and interchange still read it, bytes included.
    const before = wireBytes({ ok: true, value: api.session.requireCurrent().readPlan() });
    const after = wireBytes(result);
    expect(after * 10).toBeLessThan(before);
    // The bench plan alone (20 images in 500 chapters): the images' base64 is gone (each row gains a short byteLength),
    // the chapter text stays.
    const benchPlan = buildLargePlan();
    const imagesBase64 = benchPlan.assets.reduce((n, a) => n + a.dataBase64.length, 0);
    const benchApi = openApi(benchPlan, 'bench');
    await benchApi.open();
    const benchBefore = wireBytes({ ok: true, value: benchApi.session.requireCurrent().readPlan() });
    const benchAfter = wireBytes(await benchApi.raw('plan.load', {}));
    expect(benchAfter).toBeLessThanOrEqual(benchBefore - imagesBase64 + 30 * benchPlan.assets.length);
    console.info(`plan.load: large plan + 3 letters ${before} → ${after} bytes; bench plan ${benchBefore} → ${benchAfter} bytes`);
    api.session.close();
    benchApi.session.close();
  });

  it('keeps the bytes for export and the JSON interchange (readPlan is unchanged)', async () => {
    const plan = smallPlan();
    const letter = pdfAsset(scannedBytes(4000, 9), 'brev.pdf');
    plan.assets.push(letter);
    const api = openApi(plan, 'interchange');
    await api.open();
    const data = api.session.requireCurrent().readPlan();
    expect(data.assets).toEqual([letter]);
    api.session.close();
  });
});

describe('asset.get', () => {
  it('returns exactly the stored bytes, also for an asset added in this session', async () => {
    const plan = smallPlan();
    const letter = pdfAsset(scannedBytes(70_000, 4), 'brev.pdf');
    plan.assets.push(letter);
    const api = openApi(plan, 'get');
    await api.open();
    const got = await api.ok<{ dataBase64: string }>('asset.get', { id: letter.id });
    expect(sha256(Buffer.from(got.dataBase64, 'base64'))).toBe(letter.id);

    const png = scannedBytes(1234, 7);
    const added = await api.ok<{ id: string }>('asset.add', { name: 'kart.png', mime: 'image/png', dataBase64: png.toString('base64'), alt: 'Kart', decorative: false });
    const fetched = await api.ok<{ dataBase64: string }>('asset.get', { id: added.id });
    expect(Buffer.from(fetched.dataBase64, 'base64').equals(png)).toBe(true);
    const view = await api.ok<PlanView>('plan.load', {});
    expect(view.assets.find((a) => a.id === added.id)).toEqual({ id: added.id, mime: 'image/png', name: 'kart.png', alt: 'Kart', decorative: false, byteLength: 1234 });
    api.session.close();
  });

  it('refuses an unknown id, a removed asset and a malformed id with a Norwegian sentence', async () => {
    const plan = smallPlan();
    const letter = pdfAsset(scannedBytes(500, 5), 'brev.pdf');
    plan.assets.push(letter);
    const api = openApi(plan, 'refuse');
    await api.open();

    const unknown = await api.raw('asset.get', { id: 'f'.repeat(64) });
    expect(unknown).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Bildet eller vedlegget finnes ikke i planen; det kan være fjernet.', detail: `asset ${'f'.repeat(64)}`, sentence: { key: 'assetMissing' } } });

    await api.ok('plan.mutate', { changes: [{ table: 'assets', id: letter.id, column: 'tombstone', value: true }] });
    const removed = await api.raw('asset.get', { id: letter.id });
    expect(removed.ok ? null : removed.error.code).toBe('NOT_FOUND');
    await api.ok('plan.undo', {});
    expect((await api.raw('asset.get', { id: letter.id })).ok).toBe(true);

    for (const id of ['../../etc/passwd', 'F'.repeat(64), 'a'.repeat(63), 42]) {
      const bad = await api.raw('asset.get', { id });
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.error.code).toBe('INVALID_ARGS');
        expect(bad.error.message).toBe('Forespørselen var ugyldig.');
        expect(bad.error.detail).toMatch(/^id: /);
      }
    }
    expect((await api.raw('asset.get', { id: 'a'.repeat(64) })).ok).toBe(false);
    api.session.close();
  });

  it('says no plan is open when none is', async () => {
    const session = createSession({ recentFilePath: tmp.file('none-recent.json') });
    const r = await dispatch(createHandlers(session), 'asset.get', { id: 'a'.repeat(64) });
    expect(r.ok ? null : r.error.code).toBe('NO_PLAN_OPEN');
  });
});
