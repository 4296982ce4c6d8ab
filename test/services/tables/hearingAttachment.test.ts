// A hearing input's attached file through the real API boundary into a real plan file: the bytes come back with the
// same sha256 after reopening and after export-json / new --from; removing it clears the input and tombstones the
// asset (undo brings it back), replacing it drops the old one; a forged id is refused.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { openPlanFile } from '../../../electron/services/store';
import { runCli } from '../../../electron/cli/run';
import type { PlanView } from '../../../shared/domain/planView';
import { assetFromFile, attachChanges, detachChanges, replaceChanges } from '../../../renderer/features/hearing/attachment';
import { tempDir } from '../store/helpers';

const tmp = tempDir('planverk-attach-');
afterAll(() => tmp.cleanup());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A small but real PDF followed by every byte value, so base64 handling of binary data is exercised. */
function letterBytes(): Uint8Array<ArrayBuffer> {
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
  const all = Uint8Array.from({ length: 256 * 3 }, (_, i) => (i * 7) % 256);
  const bytes = new Uint8Array(pdf.length + all.length);
  bytes.set(pdf);
  bytes.set(all, pdf.length);
  return bytes;
}

function api() {
  const session = createSession({ recentFilePath: tmp.file('recent.json') });
  const h = createHandlers(session);
  const call = async <T>(name: string, args: unknown): Promise<T> => {
    const r = await dispatch(h, name, args);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.detail ?? ''}`);
    return r.value as T;
  };
  return { session, h, call };
}

async function cli(...argv: string[]): Promise<number> {
  return runCli(argv, { out: () => {}, err: (l) => console.error(l) });
}

describe('attached file of a hearing input', () => {
  it('stores the bytes in the plan file and keeps them through reopening and export-json / new --from', async () => {
    const { session, call } = api();
    const path = tmp.file('høring.planverk');
    await call('file.new', { path, sample: true });
    const plan = await call<PlanView>('plan.load', {});
    const input = plan.inputs[0]!;
    const bytes = letterBytes();
    const asset = await assetFromFile(bytes, 'Brev fra Ungdomsrådet.pdf', 'application/pdf');
    expect(asset.id).toBe(sha256(bytes));
    await call('plan.mutate', { changes: attachChanges(input, asset) });
    session.close();

    const reopened = openPlanFile(path, { readOnly: true });
    const stored = reopened.readPlan();
    reopened.close();
    expect(stored.inputs.find((i) => i.id === input.id)?.attachmentAssetId).toBe(asset.id);
    const storedAsset = stored.assets.find((a) => a.id === asset.id)!;
    expect(storedAsset).toMatchObject({ mime: 'application/pdf', name: 'Brev fra Ungdomsrådet.pdf' });
    expect(sha256(Buffer.from(storedAsset.dataBase64, 'base64'))).toBe(asset.id);

    expect(await cli('export-json', path, '--out', tmp.file('høring.json'))).toBe(0);
    expect(await cli('new', tmp.file('kopi.planverk'), '--from', tmp.file('høring.json'))).toBe(0);
    const copy = openPlanFile(tmp.file('kopi.planverk'), { readOnly: true });
    const copied = copy.readPlan();
    copy.close();
    expect(copied.inputs.find((i) => i.id === input.id)?.attachmentAssetId).toBe(asset.id);
    const copiedAsset = copied.assets.find((a) => a.id === asset.id)!;
    expect(Buffer.from(copiedAsset.dataBase64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('removes the attachment (asset tombstoned), undo brings it back, and a second input keeps a shared file', async () => {
    const { session, call } = api();
    await call('file.new', { path: tmp.file('fjern.planverk'), sample: true });
    const plan = await call<PlanView>('plan.load', {});
    const [first, second] = plan.inputs;
    const asset = await assetFromFile(letterBytes(), 'Brev.pdf', '');
    expect(asset.mime).toBe('application/pdf');
    await call('plan.mutate', { changes: [...attachChanges(first!, asset), ...attachChanges(second!, asset)] });

    const attached = await call<PlanView>('plan.load', {});
    // Two inputs share the bytes: removing one leaves the asset for the other.
    const keep = detachChanges(attached, attached.inputs.find((i) => i.id === first!.id)!);
    expect(keep).toEqual([{ table: 'inputs', id: first!.id, column: 'attachmentAssetId', value: null }]);
    await call('plan.mutate', { changes: keep });
    const afterFirst = await call<PlanView>('plan.load', {});
    expect(afterFirst.assets.some((a) => a.id === asset.id)).toBe(true);

    await call('plan.mutate', { changes: detachChanges(afterFirst, afterFirst.inputs.find((i) => i.id === second!.id)!) });
    const removed = await call<PlanView>('plan.load', {});
    expect(removed.inputs.find((i) => i.id === second!.id)?.attachmentAssetId).toBeNull();
    expect(removed.assets.some((a) => a.id === asset.id)).toBe(false);

    expect(await call('plan.undo', {})).toMatchObject({ done: true });
    const restored = await call<PlanView>('plan.load', {});
    expect(restored.inputs.find((i) => i.id === second!.id)?.attachmentAssetId).toBe(asset.id);
    expect(restored.assets.some((a) => a.id === asset.id)).toBe(true);
    const back = await call<{ dataBase64: string }>('asset.get', { id: asset.id });
    expect(sha256(Buffer.from(back.dataBase64, 'base64'))).toBe(asset.id);

    // Attaching the same bytes again after removal revives the tombstoned row.
    await call('plan.mutate', { changes: detachChanges(restored, restored.inputs.find((i) => i.id === second!.id)!) });
    await call('plan.mutate', { changes: attachChanges(second!, asset) });
    expect((await call<PlanView>('plan.load', {})).assets.some((a) => a.id === asset.id)).toBe(true);

    // Another file in its place: the first asset is tombstoned since no input uses it any more.
    const other = await assetFromFile(new Uint8Array(Buffer.from('Et annet brev')), 'Brev 2.txt', 'text/plain');
    expect(other.mime).toBe('application/octet-stream');
    const before = await call<PlanView>('plan.load', {});
    await call('plan.mutate', { changes: replaceChanges(before, before.inputs.find((i) => i.id === second!.id)!, other) });
    const replaced = await call<PlanView>('plan.load', {});
    expect(replaced.inputs.find((i) => i.id === second!.id)?.attachmentAssetId).toBe(other.id);
    expect(replaced.assets.map((a) => a.id)).toContain(other.id);
    expect(replaced.assets.map((a) => a.id)).not.toContain(asset.id);
    session.close();
  });

  it('refuses bytes whose sha256 is not the asset id, and changes nothing', async () => {
    const { session, h, call } = api();
    await call('file.new', { path: tmp.file('falsk.planverk'), sample: true });
    const plan = await call<PlanView>('plan.load', {});
    const asset = await assetFromFile(letterBytes(), 'Brev.pdf', 'application/pdf');
    const forged = { ...asset, dataBase64: Buffer.from('noe annet').toString('base64') };
    const r = await dispatch(h, 'plan.mutate', { changes: attachChanges(plan.inputs[0]!, forged) });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    const after = await call<PlanView>('plan.load', {});
    expect(after.inputs[0]!.attachmentAssetId).toBe(plan.inputs[0]!.attachmentAssetId);
    expect(after.assets).toHaveLength(plan.assets.length);
    session.close();
  });
});
