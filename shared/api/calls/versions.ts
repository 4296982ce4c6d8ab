// Named versions (issue 16): make one, list them, show one read-only, export it, restore it as a new plan file, delete one's own.
import { z } from 'zod';
import { VERSION_NAME_MAX, VERSION_NOTE_MAX, type VersionInfo } from '../../domain/version';
import type { PlanView } from '../../domain/planView';
import { call, result } from '../define';
import { ExportFormatArg, ExportPart, ExportWatermark, ExportWatermarkPlacement, type ExportRunResult } from './export';

/** A version in the list; `mine`: made by this installation's person (only those can be deleted here). */
export type VersionListItem = VersionInfo & { mine: boolean };

const VersionId = z.object({ id: z.string().min(1).max(80) });

export const versionCalls = {
  'versions.list': call(z.object({}), result<VersionListItem[]>()),
  'versions.make': call(z.object({ name: z.string().max(VERSION_NAME_MAX), note: z.string().max(VERSION_NOTE_MAX).optional() }), result<VersionInfo>()),
  /** The plan as it was at the version, for showing it read-only (asset sizes, no bytes; bytes come from asset.get while they are live). */
  'versions.view': call(VersionId, result<{ version: VersionInfo; plan: PlanView }>()),
  /** The version as the document preview shows it (the export's HTML), for reading it without any way to edit. */
  'versions.preview': call(VersionId, result<{ version: VersionInfo; html: string }>()),
  'versions.export': call(
    VersionId.extend({
      format: ExportFormatArg,
      out: z.string().min(1).max(4096),
      part: ExportPart.default('plan'),
      watermark: ExportWatermark.default('none'),
      watermarkPlacement: ExportWatermarkPlacement.default('diagonal'),
    }),
    result<ExportRunResult>(),
  ),
  /** A new plan file with the version's content; never over an existing file. The open plan stays open. */
  'versions.restore': call(VersionId.extend({ path: z.string().min(1).max(4096) }), result<{ path: string }>()),
  'versions.delete': call(VersionId, result<{ deleted: true }>()),
};
