// Images and files stored in the plan: content-addressed (the id is the sha256 of the bytes), written through plan.mutate.
import { z } from 'zod';
import { call, result } from '../define';
import { Asset } from '../../domain/plan';
import type { MutateResult } from './plan';

/** 20 MB of bytes as base64. */
const MAX_BASE64 = 28_000_000;

export const assetCalls = {
  /** Stores the bytes once (same bytes, same id) with their name, alt text or decorative flag; one undo step. */
  'asset.add': call(
    z.object({
      name: z.string().max(300),
      mime: Asset.shape.mime,
      dataBase64: z.string().min(1).max(MAX_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
      alt: z.string().max(2000),
      decorative: z.boolean(),
    }),
    result<MutateResult & { id: string }>(),
  ),
  /** The bytes of one asset of the open plan (plan.load sends metadata only). Ids are sha256, so bytes never go stale. */
  'asset.get': call(z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, 'id må være sha256 av innholdet (64 heksadesimale tegn)') }), result<{ dataBase64: string }>()),
};
