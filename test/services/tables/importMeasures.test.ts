import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { importMeasures, readMeasuresFile } from '../../../electron/services/tables/importMeasures';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import { groupMeasuresByUnit } from '../../../shared/plantables/measures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => join(__dirname, '../../fixtures/tables', name);

type CellValue = ExcelJS.CellValue;
async function writeXlsx(name: string, rows: CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tiltak');
  rows.forEach((row) => sheet.addRow(row));
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const HEADER = ['Tiltak', 'Ansvar', 'Årsverk', 'Kostnad', 'Status', 'Oppfølging'];

describe('measures import from .xlsx', () => {
  it('reads numbers, formulas, rich text and Norwegian text amounts from a real workbook', async () => {
    const path = await writeXlsx('ok.xlsx', [
      HEADER,
      ['Digitalt tilsyn', '3402 Avd. Sentrum', 0.5, 450000, 'Iverksatt 01.02.2025', 'Evalueres etter ett år'],
      ['Nattpatrulje', '3403 Avd. Nord', { formula: '1.3*2', result: 2.6 }, '2 366 000', 'Planlagt', null],
      [{ richText: [{ text: 'Trygghets' }, { text: 'alarm', font: { bold: true } }] }, '3403 Avd. Nord', 0, 95500.5, 'Vedtatt', ''],
      ['Rest etter formel', '3403 Avd. Nord', { formula: '0.1+0.2', result: 0.1 + 0.2 }, 0, '', ''],
      ['Enhet som tall', 3410, 1, 1820000.5, 'Avsluttet 31.12.2024', 'Ferdig'],
    ]);
    const result = await readMeasuresFile(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.measures.map((m) => [m.name, m.unit, m.fteHundredths, m.costOre, m.status, m.statusDate])).toEqual([
      ['Digitalt tilsyn', '3402 Avd. Sentrum', 50, 45_000_000, 'iverksatt', '2025-02-01'],
      ['Nattpatrulje', '3403 Avd. Nord', 260, 236_600_000, 'planlagt', null],
      ['Trygghetsalarm', '3403 Avd. Nord', 0, 9_550_050, 'vedtatt', null],
      ['Rest etter formel', '3403 Avd. Nord', 30, 0, 'planlagt', null],
      ['Enhet som tall', '3410', 100, 182_000_050, 'avsluttet', '2024-12-31'],
    ]);
  });

  it('rejects a workbook with a bad amount and a missing unit, naming the rows, and imports nothing', async () => {
    const path = await writeXlsx('bad.xlsx', [
      ['Handlingsplan 2025'],
      HEADER,
      ['Digitalt tilsyn', '3402 Avd. Sentrum', 0.5, 450000, 'Planlagt', ''],
      ['Nattpatrulje', '3403 Avd. Nord', 2.6, 'ca. 2 mill', 'Planlagt', ''],
      ['Pårørendeskole', '', 0.1, 35000, 'Avsluttet', ''],
      ['Sansehage', '3410 Sykehjemmet', 0, 750000, 'Ferdig', ''],
    ]);
    // The title row pushes the header to row 2: the first data row is row 3.
    const result = await readMeasuresFile(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Kostnad'],
      [5, 'Ansvar'],
      [6, 'Status'],
    ]);
    expect(result.message).toBe('Ingen tiltak ble importert: 3 rader har feil (rad 4, 5, 6).');
    expect(result.errors[0]!.message).toMatch(/^Rad 4: Kostnad: «ca\. 2 mill» er ikke et gyldig tall/);
    expect(result.errors[1]!.message).toBe('Rad 5: Ansvar (enhet) mangler.');
  });
});

describe('measures import from .csv', () => {
  it('reads a semicolon CSV with a BOM, quoted cells, blank lines, sum rows and amounts like "1 820 000" and "95500,50"', async () => {
    const result = await readMeasuresFile(fixture('measures-ok.csv'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.measures.map((m) => [m.name, m.unit, m.fteHundredths, m.costOre, m.status, m.statusDate, m.followUp])).toEqual([
      ['Digitalt tilsyn for hjemmeboende', '3402 Avd. Sentrum', 50, 45_000_000, 'iverksatt', '2025-02-01', 'Evalueres etter ett år'],
      ['Hverdagsrehabilitering', '3402 Avd. Sentrum', 200, 182_000_000, 'planlagt', null, 'Innarbeides i budsjett; 2026'],
      ['Trygghetsalarm med lokalisering', '3403 Avd. Nord', 0, 9_550_050, 'vedtatt', null, ''],
      ['Demensvennlig sansehage', '3410 Sykehjemmet', 0, 75_000_000, 'iverksatt', '2025-01-20', ''],
    ]);
  });

  it('reads the Windows-1252 text Norwegian Excel saves as "CSV (semikolonseparert)"', async () => {
    const result = await readMeasuresFile(fixture('measures-windows-1252.csv'));
    expect(result.ok && result.measures[0]).toMatchObject({ name: 'Pårørendeskole to ganger i året', status: 'avsluttet', followUp: 'Videreføres av frivilligsentralen' });
  });

  it('rejects a CSV with a bad amount (row 3) and a missing unit (row 4)', async () => {
    const result = await readMeasuresFile(fixture('measures-bad.csv'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(result.message).toContain('(rad 3, 4)');
  });

  it('refuses other file types and a sheet without the expected headers', async () => {
    const txt = join(dir, 'tiltak.txt');
    writeFileSync(txt, 'Tiltak;Ansvar\n');
    expect(await readMeasuresFile(txt)).toMatchObject({ ok: false, message: expect.stringContaining('.xlsx eller .csv') });
    const noHeader = join(dir, 'noheader.csv');
    writeFileSync(noHeader, 'Navn;Pris\nA;1\n');
    expect(await readMeasuresFile(noHeader)).toMatchObject({ ok: false, message: expect.stringContaining('«Tiltak» og «Ansvar»') });
    const damaged = join(dir, 'damaged.xlsx');
    writeFileSync(damaged, 'Tiltak;Ansvar\nA;B\n');
    expect(await readMeasuresFile(damaged)).toMatchObject({ ok: false, message: expect.stringContaining('ikke et gyldig Excel-regneark') });
    expect(await readMeasuresFile(join(dir, 'missing.csv'))).toMatchObject({ ok: false, message: expect.stringContaining('finnes ikke') });
  });
});

describe('measures import into a real plan file', () => {
  it('applies a clean sheet in one mutate, and leaves the file byte-identical when the sheet is rejected', async () => {
    const planPath = join(dir, 'plan.planverk');
    const plan = emptyPlan(seededIds('p'));
    plan.measures.push({ id: 'm-old', sortKey: 7, name: 'Eksisterende', unit: '3402 Avd. Sentrum', themeId: null, chapterId: null, fteHundredths: 100, costOre: 100, status: 'vedtatt', statusDate: null, followUp: '' });
    createPlanFile(planPath, plan).close();

    const before = readFileSync(planPath);
    let file = openPlanFile(planPath);
    const rejected = await importMeasures(fixture('measures-bad.csv'), file.readPlan().measures, seededIds('imp'));
    expect(rejected.ok).toBe(false);
    file.close();
    expect(readFileSync(planPath).equals(before)).toBe(true);

    file = openPlanFile(planPath);
    const imported = await importMeasures(fixture('measures-ok.csv'), file.readPlan().measures, seededIds('imp'));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.count).toBe(4);
    file.mutate(imported.changes);
    file.close();

    file = openPlanFile(planPath);
    const measures = file.readPlan().measures;
    file.close();
    expect(measures).toHaveLength(5);
    expect(measures.find((m) => m.id === 'imp-0001')).toMatchObject({ name: 'Digitalt tilsyn for hjemmeboende', sortKey: 8, costOre: 45_000_000 });
    const { groups, total } = groupMeasuresByUnit(measures);
    expect(groups.map((g) => [g.unit, g.measures.length, g.costOre])).toEqual([
      ['3402 Avd. Sentrum', 3, 100 + 45_000_000 + 182_000_000],
      ['3403 Avd. Nord', 1, 9_550_050],
      ['3410 Sykehjemmet', 1, 75_000_000],
    ]);
    expect(total.fteHundredths).toBe(100 + 50 + 200);
  });
});
