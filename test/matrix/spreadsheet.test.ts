import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { PlanData } from '../../shared/domain/plan';
import { canonicalPlanJson } from '../../shared/interchange/planJson';
import { replaceMatrixChanges } from '../../shared/matrix/replaceMatrix';
import { describeSheetError } from '../../shared/matrix/sheetImport';
import { deriveOverview } from '../../shared/matrix/tables';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { exportOverviewXlsx, importMatrixSpreadsheet } from '../../electron/services/matrix/spreadsheet';
import { applyToPlan, matrixPlan } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'planverk-matrix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeXlsx(name: string, rows: Array<Array<string | number | null>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** "theme|area|group name|code" for every set cell: what a reader of Tabell 1 sees. */
function visibleCells(plan: PlanData): string[] {
  const o = deriveOverview(plan);
  const names = new Map(o.groups.map((g) => [g.id, g.name]));
  return o.rows.flatMap((r) => (r.kind === 'area' ? Object.entries(r.levels).flatMap(([g, l]) => (l ? [`${r.theme.name}|${r.area.name}|${names.get(g)}|${l}`] : [])) : []));
}

const twoGroups = () => matrixPlan(2, [{ name: 'Eksisterende', areas: [{ name: 'Eksisterende', cells: { 1: 'OpH' } }] }]);

describe('matrix spreadsheet import', () => {
  it('rejects a workbook with a bad code, an unknown group and a blank theme, naming the rows, and builds nothing', async () => {
    const path = await writeXlsx('bad.xlsx', [
      ['Tema', 'Område', 'Gruppe 1', 'Arbeidsgruppe 2', 'Økonomi'],
      ['Helhet', 'Helhet', 'OpH', '', ''],
      ['Helhet', 'Samarbeid', '', 'XX', ''],
      [null, null, null, null, null],
      ['', 'Uten tema', 'DpH', '', ''],
      ['Helhet', 'Bolig', '', 'DpH', ''],
    ]);
    const plan = twoGroups();
    const before = canonicalPlanJson(plan);
    const result = await importMatrixSpreadsheet(path, plan, seededIds('imp'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(describeSheetError)).toEqual([
      'Rad 1, kolonne E: ukjent gruppe «Økonomi».',
      'Rad 3, kolonne D: ukjent kode «XX» (gyldige: OpH, DpH, SpH).',
      'Rad 5, kolonne A: tema mangler.',
    ]);
    expect(canonicalPlanJson(plan)).toBe(before);
  });

  it('reads a Norwegian-Excel CSV: semicolons, BOM, Windows-1252 letters, group numbers as headers', async () => {
    const text = 'Tema;Område;1;2\r\nFrivillighet og næringsliv;Frivillighet og næringsliv;OpH;\r\n;;;\r\nFrivillighet og næringsliv;Økt samarbeid;;dph\r\nFrivillighet og næringsliv;– Lag og foreninger;;\r\n';
    // Windows-1252: Latin-1 for æøå, 0x96 for the en dash.
    const cp1252 = new Uint8Array([...text].map((ch) => (ch === '–' ? 0x96 : ch.charCodeAt(0))));
    writeFileSync(join(dir, 'cp1252.csv'), cp1252);
    writeFileSync(join(dir, 'bom.csv'), `\uFEFF${text}`);
    for (const file of ['cp1252.csv', 'bom.csv']) {
      const result = await importMatrixSpreadsheet(join(dir, file), twoGroups(), seededIds('imp'));
      expect(result.ok ? 'ok' : result.errors.map(describeSheetError).join('\n')).toBe('ok');
      if (!result.ok) return;
      const plan = { ...twoGroups(), ...result.matrix, areaNotes: [] };
      expect(PlanData.safeParse(plan).success).toBe(true);
      expect(visibleCells(plan)).toEqual(['Frivillighet og næringsliv|Frivillighet og næringsliv|Gruppe 1|OpH', 'Frivillighet og næringsliv|Økt samarbeid|Gruppe 2|DpH']);
      expect(plan.areas.find((a) => a.name === 'Lag og foreninger')!.parentId).toBe(plan.areas.find((a) => a.name === 'Økt samarbeid')!.id);
    }
  });

  it('reports a CSV with a bad code by its row number', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'Tema,Område,1,2\nA,A,OpH,\nA,B,,HpH\n');
    const result = await importMatrixSpreadsheet(join(dir, 'bad.csv'), twoGroups(), seededIds('imp'));
    expect(result.ok ? [] : result.errors.map(describeSheetError)).toEqual(['Rad 3, kolonne D: ukjent kode «HpH» (gyldige: OpH, DpH, SpH).']);
  });

  it('refuses files that are not spreadsheets', async () => {
    writeFileSync(join(dir, 'fake.xlsx'), 'not a zip');
    const result = await importMatrixSpreadsheet(join(dir, 'fake.xlsx'), twoGroups(), seededIds('imp'));
    expect(result.ok).toBe(false);
    const txt = await importMatrixSpreadsheet(join(dir, 'plan.txt'), twoGroups(), seededIds('imp'));
    expect(txt.ok).toBe(false);
  });
});

describe('matrix spreadsheet export', () => {
  it('writes Tabell 1 as a workbook that imports back to the same matrix, changing nothing', async () => {
    const sample = buildSamplePlan();
    const path = join(dir, 'oversikt.xlsx');
    await exportOverviewXlsx(sample, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ansvarsmatrise', 'Tegnforklaring']);
    expect(wb.worksheets[0]!.getRow(1).getCell(3).text).toBe('Arbeidsgruppe 1: Institusjonstjenester og struktur');
    const result = await importMatrixSpreadsheet(path, sample, seededIds('imp'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(replaceMatrixChanges(sample, result.matrix)).toEqual([]);

    // Into a plan without groups: the header creates them, and every cell lands where it was.
    const fresh = await importMatrixSpreadsheet(path, emptyPlan(seededIds('e')), seededIds('imp'));
    expect(fresh.ok).toBe(true);
    if (!fresh.ok) return;
    expect(fresh.matrix.groups.map((g) => [g.number, g.name])).toEqual(sample.groups.map((g) => [g.number, g.name]));
    expect(visibleCells({ ...emptyPlan(seededIds('e')), ...fresh.matrix })).toEqual(visibleCells(sample));
  });

  it('re-importing an edited sheet keeps matched rows and their texts, and removes what is gone', async () => {
    const sample = buildSamplePlan();
    const path = join(dir, 'endret.xlsx');
    await exportOverviewXlsx(sample, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    const velferd = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(2).text === 'Velferdsteknologi')!;
    velferd.getCell(7).value = 'SpH'; // G5 (column G) DpH → SpH
    const digital = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(2).text === 'Digital samhandling')!;
    ws.spliceRows(digital.number, 1);
    await wb.xlsx.writeFile(path);
    const result = await importMatrixSpreadsheet(path, sample, seededIds('imp'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const next = applyToPlan(sample, replaceMatrixChanges(sample, result.matrix));
    expect(PlanData.safeParse(next).success).toBe(true);
    expect(next.areas.some((a) => a.name === 'Digital samhandling')).toBe(false);
    const velferdArea = next.areas.find((a) => a.name === 'Velferdsteknologi')!;
    expect(velferdArea).toEqual(sample.areas.find((a) => a.name === 'Velferdsteknologi'));
    expect(visibleCells(next)).toContain('Innovasjon og nytenkning|Velferdsteknologi|Utvikling og innovasjon|SpH');
    expect(visibleCells(next).length).toBe(visibleCells(sample).length - 1);
  });
});
