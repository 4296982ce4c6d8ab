import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededIds } from '../../shared/domain/ids';
import { canonicalPlanJson } from '../../shared/interchange/planJson';
import { deriveOverview } from '../../shared/matrix/tables';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { createMatrixHandlers } from '../../electron/services/matrix/handlers';
import { importMatrixFile } from '../../electron/services/matrix/importFile';
import { createPlanFile, openPlanFile } from '../../electron/services/store';

const dir = mkdtempSync(join(tmpdir(), 'planverk-matrix-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('matrix import into a real plan file', () => {
  it('a refused spreadsheet leaves the plan file byte for byte unchanged', async () => {
    const path = join(dir, 'refused.planverk');
    createPlanFile(path, buildSamplePlan()).close();
    const before = sha(path);
    writeFileSync(join(dir, 'bad.csv'), 'Tema;Område;1;2;Ukjent\nA;A;OpH;;\n;B;;DpH;\nA;C;;QQ;\n');
    const file = openPlanFile(path);
    try {
      const report = await importMatrixFile(file, join(dir, 'bad.csv'), seededIds('x'));
      expect(report).toEqual({
        imported: false,
        errors: ['Rad 1, kolonne E: ukjent gruppe «Ukjent».', 'Rad 3, kolonne A: tema mangler.', 'Rad 4, kolonne D: ukjent kode «QQ» (gyldige: OpH, DpH, SpH).'],
      });
    } finally {
      file.close();
    }
    expect(sha(path)).toBe(before);
  });

  it('exports Tabell 1, re-imports an edited JSON matrix in one undo step, and undo restores the matrix', async () => {
    const path = join(dir, 'import.planverk');
    createPlanFile(path, buildSamplePlan()).close();
    const file = openPlanFile(path);
    try {
      const handlers = createMatrixHandlers({ currentPlan: () => file });
      const xlsx = join(dir, 'oversikt.xlsx');
      expect(await handlers['matrix.exportXlsx']({ path: xlsx })).toEqual({ path: xlsx });
      expect(await handlers['matrix.importFile']({ path: xlsx })).toMatchObject({ imported: true, changes: 0 });

      const original = canonicalPlanJson(file.readPlan());
      const json = JSON.parse(readFileSync(join(import.meta.dirname, '../../shared/sample/matrix-health-care.json'), 'utf8'));
      json.themes[1].areas[0].responsibility = { G6: 'OpH' };
      json.themes.pop();
      writeFileSync(join(dir, 'matrix.json'), JSON.stringify(json));
      const report = await handlers['matrix.importFile']({ path: join(dir, 'matrix.json') });
      expect(report).toMatchObject({ imported: true, themes: 5 });
      const after = file.readPlan();
      expect(after.themes).toHaveLength(5);
      const frivillig = deriveOverview(after).rows.find((r) => r.kind === 'area' && r.area.name === 'Frivillighet, organisasjoner og næringsliv');
      const g6 = after.groups.find((g) => g.number === 6)!;
      expect(frivillig?.kind === 'area' && frivillig.levels[g6.id]).toBe('OpH');
      // Texts of matched areas survive; the measures linked to the removed theme lose the link, not the measure.
      expect(after.areas.find((a) => a.name === 'Velferdsteknologi')!.problems).not.toBeNull();
      expect(after.measures).toHaveLength(buildSamplePlan().measures.length);
      file.undo();
      expect(canonicalPlanJson(file.readPlan())).toBe(original);
    } finally {
      file.close();
    }
  });
});
