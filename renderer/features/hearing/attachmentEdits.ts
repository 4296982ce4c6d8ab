// Attaching, downloading and removing a hearing input's file from the UI. The bytes are read in the renderer and go
// through the command path (renderer/commands) like any edit, so attaching and removing are each one undo step.
import type { HearingInput } from '../../../shared/domain/plan';
import { assetMetaOf, type AssetMeta } from '../../../shared/domain/planView';
import { assetCache } from '../../api/assetBytes';
import { usePlanStore } from '../../app/planStore';
import { commit } from '../../commands/commandBus';
import { ATTACHMENT_MAX_BYTES, assetFromFile, detachChanges, replaceChanges } from './attachment';

export type AttachOutcome = { ok: true; name: string } | { ok: false; reason: 'too-large' | 'unreadable' | 'no-plan' };

export async function attachFile(input: HearingInput, file: File): Promise<AttachOutcome> {
  if (file.size > ATTACHMENT_MAX_BYTES) return { ok: false, reason: 'too-large' };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const asset = await assetFromFile(bytes, file.name, file.type);
  const plan = usePlanStore.getState().plan;
  if (!plan) return { ok: false, reason: 'no-plan' };
  // The file was read while the adviser may have kept editing: the input as the cache has it now decides what is replaced.
  const current = plan.inputs.find((i) => i.id === input.id) ?? input;
  const changes = replaceChanges(plan, current, asset);
  // The cache gets the asset's metadata with the edit: changes only patch rows it already knows.
  commit(changes, { rows: { assets: [assetMetaOf(asset)] } });
  return { ok: true, name: asset.name };
}

export function removeAttachment(input: HearingInput): void {
  const plan = usePlanStore.getState().plan;
  if (!plan) return;
  const current = plan.inputs.find((i) => i.id === input.id) ?? input;
  const changes = detachChanges(plan, current);
  commit(changes);
}

/**
 * Saves the attachment's bytes, fetched from the plan on demand (asset.get), through a blob URL: the file never leaves
 * the machine. False when the plan no longer holds the bytes.
 */
export async function downloadAttachment(asset: Pick<AssetMeta, 'id' | 'name' | 'mime'>): Promise<boolean> {
  const blob = await assetCache.bytes(asset);
  if (!blob) return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = asset.name || 'vedlegg';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; a later revoke would keep the bytes alive for nothing.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}
