// Calls of the Eksport page: the accessibility check, the preview (the same HTML that becomes the PDF) and the export itself.
import { z } from 'zod';
import { call, result } from '../define';
import type { AccessibilityProblem } from '../../document/accessibility';

export const ExportPart = z.union([z.enum(['plan', 'matrix', 'merknadsbehandling']), z.object({ group: z.string().min(1).max(300) })]);
export const ExportWatermark = z.enum(['utkast', 'horingsutkast', 'none']);
export const ExportFormatArg = z.enum(['docx', 'pdf', 'html']);

export type ExportRunResult = { path: string; bytes: number; ms: number; warnings: AccessibilityProblem[] };

export const exportCalls = {
  'export.check': call(z.object({}), result<AccessibilityProblem[]>()),
  'export.preview': call(z.object({ part: ExportPart.default('plan'), watermark: ExportWatermark.default('none') }), result<{ html: string }>()),
  'export.run': call(
    z.object({ format: ExportFormatArg, out: z.string().min(1).max(4096), part: ExportPart.default('plan'), watermark: ExportWatermark.default('none') }),
    result<ExportRunResult>(),
  ),
};
