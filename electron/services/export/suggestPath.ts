// The default output path the Eksport page offers: beside the plan file, named for the plan and the part.
import { basename, dirname, extname, join } from 'node:path';
import type { ExportFormatName, ExportPartArg } from '../../../shared/api/calls/export';

const PART_NAMES = { plan: 'Høringsutkast', matrix: 'Ansvarsmatrise', merknadsbehandling: 'Merknadsbehandling' } as const;

/** Characters Windows refuses in file names, and control characters, become a hyphen. */
const safeName = (s: string): string =>
  s
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\p{Cc}/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);

export function suggestExportPath(planPath: string, format: ExportFormatName, part: ExportPartArg, groupName?: string): string {
  const base = basename(planPath, extname(planPath));
  const partName = typeof part === 'string' ? PART_NAMES[part] : `Arbeidspakke ${safeName(groupName ?? part.group)}`;
  return join(dirname(planPath), `${safeName(`${base} - ${partName}`) || 'Eksport'}.${format}`);
}
