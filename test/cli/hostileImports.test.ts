// Issue 12 items 10–12 through the CLI as a user runs it: non-regular files, oversized spreadsheets and Word documents are
// refused with one sentence, quickly and within 500 MB, and the plan file is byte-for-byte what it was.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { overviewWorkbook } from '../../electron/services/matrix/spreadsheet';
import { openPlanFile } from '../../electron/services/store';
import { docxWithText } from '../fixtures/hostile/hostileDocx';
import { row, textCell, xlsxBytes } from '../fixtures/hostile/hostileXlsx';
import { sha256File, tempDir } from '../services/store/helpers';
import { measuredCli } from './measuredCli';

const tmp = tempDir('planverk-hostile-cli-');
const plan = tmp.file('plan.planverk');
let before = '';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** The plan is unchanged and not left locked (a second open for writing succeeds). */
function expectPlanUntouched(): void {
  expect(sha256File(plan)).toBe(before);
  openPlanFile(plan).close();
  expect(sha256File(plan)).toBe(before);
}

beforeAll(async () => {
  expect((await cli('new', plan, '--sample')).code).toBe(0);
  before = sha256File(plan);
});
afterAll(() => tmp.cleanup());

const NOT_REGULAR = /^(Word-dokumentet|Regnearket|JSON-filen) «[^»]+» er ikke en vanlig fil; ingenting er lest eller endret\. \(.+\)$/;

describe('non-regular files (issue 12 item 12)', () => {
  it('import-docx /dev/zero is refused as not a regular file; the plan is unchanged', async () => {
    const r = await cli('import-docx', '/dev/zero', '--into', plan);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(NOT_REGULAR);
    expectPlanUntouched();
  });

  it('a FIFO as the .docx is refused at once instead of hanging, and the plan lock is released', async () => {
    execFileSync('mkfifo', [tmp.file('rør.docx')]);
    const r = await cli('import-docx', tmp.file('rør.docx'), '--into', plan);
    expect(r.err).toEqual([expect.stringMatching(/^Word-dokumentet «rør\.docx» er ikke en vanlig fil/)]);
    expectPlanUntouched();
  }, 15_000);

  it('a directory and a symlink to /dev/zero named .docx are refused as not regular files', async () => {
    mkdirSync(tmp.file('mappe.docx'));
    symlinkSync('/dev/zero', tmp.file('null.docx'));
    for (const path of [tmp.file('mappe.docx'), tmp.file('null.docx')]) {
      const r = await cli('import-docx', path, '--into', plan);
      expect(r.err).toEqual([expect.stringMatching(NOT_REGULAR)]);
    }
    expectPlanUntouched();
  });

  it('import-matrix and import-measures refuse /dev/zero behind .xlsx and .csv links, a FIFO and a directory', async () => {
    symlinkSync('/dev/zero', tmp.file('null.xlsx'));
    symlinkSync('/dev/zero', tmp.file('null.csv'));
    execFileSync('mkfifo', [tmp.file('rør.csv')]);
    mkdirSync(tmp.file('mappe.xlsx'));
    for (const command of ['import-matrix', 'import-measures']) {
      for (const name of ['null.xlsx', 'null.csv', 'rør.csv', 'mappe.xlsx']) {
        const r = await cli(command, tmp.file(name), '--into', plan);
        expect(r.code, `${command} ${name}`).toBe(1);
        expect(r.err[0], `${command} ${name}`).toMatch(new RegExp(`^Regnearket «${name}» er ikke en vanlig fil`));
      }
    }
    expectPlanUntouched();
  }, 20_000);

  it('matrix JSON from /dev/zero and new --from /dev/zero are refused; no plan is created', async () => {
    symlinkSync('/dev/zero', tmp.file('null.json'));
    expect((await cli('import-matrix', tmp.file('null.json'), '--into', plan)).err[0]).toMatch(NOT_REGULAR);
    const r = await cli('new', tmp.file('fra-null.planverk'), '--from', '/dev/zero');
    expect(r.err).toEqual([expect.stringMatching(/^JSON-filen «zero» er ikke en vanlig fil/)]);
    expect((await cli('check', tmp.file('fra-null.planverk'))).code).not.toBe(0);
    expectPlanUntouched();
  });
});

/** Cells at A1 and XFD1048576: 1.5 KB that made exceljs and the import loop take more than 3 GB. */
const cornerCells = (header: [string, string]) => xlsxBytes({ rows: row(1, ['A1', header[0]], ['B1', header[1]]) + row(1048576, ['XFD1048576', 'x']) });

describe('oversized spreadsheets (issue 12 item 10)', () => {
  it.each([
    ['import-matrix', ['Tema', 'Område'] as [string, string]],
    ['import-measures', ['Tiltak', 'Ansvar'] as [string, string]],
  ])('%s refuses a 1.5 KB workbook with cells at A1 and XFD1048576 quickly and within 500 MB', async (command, header) => {
    const bytes = cornerCells(header);
    expect(bytes.length).toBeLessThan(2048);
    writeFileSync(tmp.file(`hjørner-${command}.xlsx`), bytes);
    const r = await measuredCli([command, tmp.file(`hjørner-${command}.xlsx`), '--into', plan]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`Regnearket «hjørner-${command}.xlsx» er for stort til å importeres (over 5\u00a0000 rader); planen er ikke endret.`]);
    expect(r.maxRssMb).toBeLessThan(500);
    expectPlanUntouched();
  }, 180_000);

  const hostile: [string, Parameters<typeof xlsxBytes>[0], RegExp][] = [
    ['a declared dimension of the whole sheet', { rows: row(1, ['A1', 'Tiltak'], ['B1', 'Ansvar']), dimension: 'A1:XFD1048576' }, /over 5\u00a0000 rader/],
    ['a merged range over the whole sheet', { rows: row(1, ['A1', 'Tiltak'], ['B1', 'Ansvar']), after: '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>' }, /over 5\u00a0000 rader/],
    ['a data validation over a million rows', { rows: row(1, ['A1', 'Tiltak'], ['B1', 'Ansvar']), after: '<dataValidations count="1"><dataValidation type="list" sqref="A1:B1000000"><formula1>"a,b"</formula1></dataValidation></dataValidations>' }, /over 5\u00a0000 rader/],
    ['a defined name over the whole sheet', { rows: row(1, ['A1', 'Tiltak'], ['B1', 'Ansvar']), definedNames: '<definedName name="alt">Ark1!$A$1:$XFD$1048576</definedName>' }, /over 5\u00a0000 rader/],
    ['a cell in column 300', { rows: row(1, ['A1', 'Tiltak'], ['B1', 'Ansvar'], ['KN1', 'x']) }, /over 200 kolonner/],
    ['120,000 cells', { rows: Array.from({ length: 4000 }, (_, i) => `<row r="${i + 1}">${Array.from({ length: 30 }, () => '<c><v>1</v></c>').join('')}</row>`).join('') }, /over 100\u00a0000 celler/],
  ];
  it.each(hostile)('import-measures and import-matrix refuse %s in one sentence', async (label, parts, reason) => {
    const path = tmp.file(`ark-${hostile.findIndex((h) => h[0] === label)}.xlsx`);
    writeFileSync(path, xlsxBytes(parts));
    for (const command of ['import-measures', 'import-matrix']) {
      const r = await cli(command, path, '--into', plan);
      expect(r.code).toBe(1);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/^Regnearket «ark-\d\.xlsx» er for stort til å importeres \(.+\); planen er ikke endret\.$/);
      expect(r.err[0]).toMatch(reason);
    }
    expectPlanUntouched();
  }, 60_000);

  it('a sheet part that inflates past its cap is refused, also when the zip declares a small size', async () => {
    const padding = ' '.repeat(50 * 1024 * 1024);
    for (const declaredSize of [undefined, 1000]) {
      const bytes = xlsxBytes({ rows: row(1, ['A1', 'Tiltak'], ['B1', 'Ansvar']) }, [{ name: 'xl/worksheets/sheet2.xml', data: padding, declaredSize }]);
      writeFileSync(tmp.file('bombe.xlsx'), bytes);
      const r = await cli('import-measures', tmp.file('bombe.xlsx'), '--into', plan);
      expect(r.err).toEqual(['Regnearket «bombe.xlsx» er for stort til å importeres (delen xl/worksheets/sheet2.xml pakker seg ut til over 40 MB); planen er ikke endret.']);
    }
    expectPlanUntouched();
  }, 60_000);

  it('CSV files over 5,000 rows or over the file size are refused', async () => {
    writeFileSync(tmp.file('lang.csv'), 'Tiltak;Ansvar\n' + 'a;b\n'.repeat(6000));
    writeFileSync(tmp.file('bred.csv'), `${'x;'.repeat(300)}\n`);
    writeFileSync(tmp.file('tung.csv'), Buffer.alloc(11 * 1024 * 1024, 0x3b));
    expect((await cli('import-measures', tmp.file('lang.csv'), '--into', plan)).err).toEqual(['Regnearket «lang.csv» er for stort til å importeres (over 5\u00a0000 rader); planen er ikke endret.']);
    expect((await cli('import-matrix', tmp.file('bred.csv'), '--into', plan)).err[0]).toMatch(/over 200 kolonner/);
    expect((await cli('import-matrix', tmp.file('tung.csv'), '--into', plan)).err[0]).toMatch(/^Regnearket «tung\.csv» er for stort \(over 10 MB\)/);
    expectPlanUntouched();
  }, 60_000);
});

describe('the CLI spreadsheet imports (issue 12 item 10)', () => {
  it('import-matrix takes the app’s own Excel export back, and import-measures adds measures from a sheet', async () => {
    const target = tmp.file('import.planverk');
    await cli('new', target, '--sample');
    const file = openPlanFile(target, { readOnly: true });
    writeFileSync(tmp.file('matrise.xlsx'), await overviewWorkbook(file.readPlan()));
    const measuresBefore = file.readPlan().measures.length;
    file.close();
    const matrix = await cli('import-matrix', tmp.file('matrise.xlsx'), '--into', target);
    expect(matrix.code).toBe(0);
    expect(matrix.out[0]).toMatch(/^Importerte ansvarsmatrisen fra .+: 6 temaer, 37 delplanområder, \d+ celler/);
    writeFileSync(tmp.file('tiltak.xlsx'), xlsxBytes({ rows: row(1, ['A1', 'Tiltak'], ['B1', 'Ansvar']) + row(2, ['A2', 'Nytt dagsenter'], ['B2', 'Kommunen']) + `<row r="3">${textCell('A3', 'Flere hjemmebesøk')}${textCell('B3', 'Helse')}</row>` }));
    const measures = await cli('import-measures', tmp.file('tiltak.xlsx'), '--into', target);
    expect(measures).toMatchObject({ code: 0, out: [`Importerte 2 tiltak fra ${tmp.file('tiltak.xlsx')}.`] });
    const after = openPlanFile(target, { readOnly: true });
    expect(after.readPlan().measures.map((m) => m.name).slice(measuresBefore)).toEqual(['Nytt dagsenter', 'Flere hjemmebesøk']);
    after.close();
  }, 60_000);
});

describe('oversized Word documents (issue 12 item 11)', () => {
  it('refuses a 125 KB .docx holding 50 MB of text in 50,000 paragraphs in under 5 s, within 500 MB', async () => {
    const bytes = docxWithText(50 * 1024 * 1024, 50_000);
    expect(bytes.length).toBeLessThan(400 * 1024);
    writeFileSync(tmp.file('femti.docx'), bytes);
    const r = await measuredCli(['import-docx', tmp.file('femti.docx'), '--into', plan]);
    expect(r.err).toEqual(['Word-dokumentet «femti.docx» er for stort til å importeres (over 30\u00a0000 avsnitt); planen er ikke endret.']);
    expect(r.ms).toBeLessThan(5000);
    expect(r.maxRssMb).toBeLessThan(500);
    expectPlanUntouched();
  }, 180_000);

  it('refuses more than 5 million characters of text in few paragraphs, and a document part that lies about its size', async () => {
    writeFileSync(tmp.file('tekst.docx'), docxWithText(6 * 1024 * 1024, 600));
    expect((await cli('import-docx', tmp.file('tekst.docx'), '--into', plan)).err).toEqual(['Word-dokumentet «tekst.docx» er for stort til å importeres (over 5 millioner tegn tekst); planen er ikke endret.']);
    writeFileSync(tmp.file('løgn.docx'), docxWithText(70 * 1024 * 1024, 100, 1000, 1000));
    expect((await cli('import-docx', tmp.file('løgn.docx'), '--into', plan)).err).toEqual(['Word-dokumentet «løgn.docx» er for stort til å importeres (delen word/document.xml pakker seg ut til over 60 MB); planen er ikke endret.']);
    expectPlanUntouched();
  }, 60_000);
});
