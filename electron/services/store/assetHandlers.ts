// asset.add and asset.get: the id is the sha256 of the bytes, and the row goes through the plan file's one mutation path
// (metadata in the change log, bytes in assetBlobs), so an image added twice is stored once.
import { createHash } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { TOMBSTONE, type FieldChange } from '../../../shared/domain/plan';
import type { PlanFile } from './planFile';

export type AssetDeps = { currentPlan: () => Pick<PlanFile, 'mutate' | 'readAsset'> | null };

/** Said when an image or attachment is asked for that the plan does not hold (removed, or from another plan). */
export const ASSET_MISSING = { key: 'assetMissing' } as const;

export function createAssetHandlers(deps: AssetDeps): Pick<Handlers, 'asset.add' | 'asset.get'> {
  return {
    'asset.add': ({ name, mime, dataBase64, alt, decorative }) => {
      const file = deps.currentPlan();
      if (!file) throw new PlanverkError('NO_PLAN_OPEN');
      const bytes = Buffer.from(dataBase64, 'base64');
      const id = createHash('sha256').update(bytes).digest('hex');
      const fields = { mime, name, alt: decorative ? '' : alt, decorative, dataBase64: bytes.toString('base64') };
      const changes: FieldChange[] = Object.entries(fields).map(([column, value]) => ({ table: 'assets', id, column, value }));
      // The same bytes may have been added and removed before: adding them again brings the row back.
      changes.push({ table: 'assets', id, column: TOMBSTONE, value: 0 });
      return { ...file.mutate(changes), id };
    },
    'asset.get': ({ id }) => {
      const file = deps.currentPlan();
      if (!file) throw new PlanverkError('NO_PLAN_OPEN');
      const bytes = file.readAsset(id);
      if (!bytes) throw new PlanverkError('NOT_FOUND', `asset ${id}`, ASSET_MISSING);
      return { dataBase64: bytes.toString('base64') };
    },
  };
}
