// Imports a matrix file into an open plan: read and check everything first, then one mutate (one transaction,
// one undo step), so a refused file leaves the plan untouched.
import { extname } from 'node:path';
import type { MatrixImportReport } from '../../../shared/api/calls/matrix';
import { randomId, type IdSource } from '../../../shared/domain/ids';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { importMatrixJson, type MatrixFragment } from '../../../shared/matrix/importJson';
import { replaceMatrixChanges } from '../../../shared/matrix/replaceMatrix';
import { describeSheetError } from '../../../shared/matrix/sheetImport';
import { readUserFile } from '../files/readUserFile';
import { importMatrixSpreadsheet } from './spreadsheet';

/** Matrix JSON is small; 10 MB is far beyond any plan's matrix. */
const MAX_MATRIX_JSON_BYTES = 10 * 1024 * 1024;

export type MatrixTarget = { readPlan(): PlanData; mutate(changes: readonly FieldChange[]): unknown };

type Read = { ok: true; matrix: MatrixFragment } | { ok: false; errors: string[] };

async function readMatrixFile(path: string, plan: PlanData, newId: IdSource): Promise<Read> {
  if (extname(path).toLowerCase() !== '.json') {
    const r = await importMatrixSpreadsheet(path, plan, newId);
    return r.ok ? r : { ok: false, errors: r.errors.map(describeSheetError) };
  }
  const text = (await readUserFile(path, { maxBytes: MAX_MATRIX_JSON_BYTES, kind: 'json' })).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`Filen er ikke gyldig JSON: ${(e as Error).message}`] };
  }
  const r = importMatrixJson(json, newId);
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => `${e.path}: ${e.message}`) };
}

export async function importMatrixFile(target: MatrixTarget, path: string, newId: IdSource = randomId): Promise<MatrixImportReport> {
  const plan = target.readPlan();
  const read = await readMatrixFile(path, plan, newId);
  if (!read.ok) return { imported: false, errors: read.errors };
  const changes = replaceMatrixChanges(plan, read.matrix);
  if (changes.length > 0) target.mutate(changes);
  const { themes, areas, cells } = read.matrix;
  return { imported: true, themes: themes.length, areas: areas.length, cells: cells.length, changes: changes.length };
}
