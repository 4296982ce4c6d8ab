// Calls for the plan's structured tables that need the main process: importing measures from a spreadsheet file.
import { z } from 'zod';
import { call, result } from '../define';
import type { SheetError } from '../../plantables/measuresSheet';
import type { SheetText } from '../../i18n/sheetImportMessages';

/** Imported: the new measures' ids, added in one mutate (one undo step). Rejected: every bad row, and nothing changed. */
export type ImportMeasuresResult = { ok: true; imported: number; measureIds: string[] } | { ok: false; message: string; text?: SheetText; errors: SheetError[] };

export const tablesCalls = {
  'tables.importMeasures': call(z.object({ path: z.string().min(1).max(4096) }), result<ImportMeasuresResult>()),
};
