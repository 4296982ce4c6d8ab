// Calls of the responsibility matrix that need files: import from JSON/.xlsx/.csv and export of Tabell 1 to .xlsx.
// Cell and structure edits go through plan.mutate with the field changes of shared/matrix/edits.ts.
import { z } from 'zod';
import { call, result } from '../define';

export type MatrixImportReport =
  | { imported: true; themes: number; areas: number; cells: number; changes: number }
  /** Nothing was changed; one Norwegian line per problem, with its row number or JSON path. */
  | { imported: false; errors: string[] };

const FilePath = z.string().min(1).max(4096);

export const matrixCalls = {
  /** Replaces the open plan's matrix with the file's (.json, .xlsx, .csv) in one undo step, or changes nothing. */
  'matrix.importFile': call(z.object({ path: FilePath }), result<MatrixImportReport>()),
  /** Writes the overview (Tabell 1) as an .xlsx workbook that imports back unchanged. */
  'matrix.exportXlsx': call(z.object({ path: FilePath }), result<{ path: string }>()),
};
