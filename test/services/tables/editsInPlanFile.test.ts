import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../../electron/services/store';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import type { FieldChange } from '../../../shared/domain/plan';
import { appendRow, deleteRowChanges, reorderChanges, updateRowChanges, type ListRow } from '../../../shared/plantables/edits';

const dir = mkdtempSync(join(tmpdir(), 'planverk-edits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('edit helpers applied to a real plan file', () => {
  it('creates rows of every list table from their fields, updates, reorders and deletes them', () => {
    const file = createPlanFile(join(dir, 'edits.planverk'), emptyPlan(seededIds('p')));
    try {
      const id = seededIds('row');
      // The input's concerns name two chapters that exist: a pointer at nothing is refused (the plan stays whole).
      const changes: FieldChange[] = ['x', 'y'].map((c) => ({ table: 'chapters', id: c, column: 'title', value: `Kapittel ${c}` }));
      const add = <T extends Parameters<typeof appendRow>[0]>(table: T, fields: Parameters<typeof appendRow<T>>[2]): ListRow<T> => {
        const { row, changes: c } = appendRow(table, [], fields, id);
        changes.push(...c);
        return row;
      };
      const rows = {
        milestones: add('milestones', { name: 'Høring', from: '2025-04-15', to: '2025-06-02', phase: 'planforslag-hoering' }),
        orgRoles: add('orgRoles', { role: 'Prosjektleder', participants: 'Planrådgiver' }),
        laws: add('laws', { name: 'Folkehelseloven', lovdataId: 'LOV-2011-06-24-29' }),
        documents: add('documents', { level: 'regional', title: 'Regional plan' }),
        measures: add('measures', { name: 'Nattpatrulje', unit: '3403 Avd. Nord', fteHundredths: 260, costOre: 236_600_050, status: 'iverksatt', statusDate: '2025-02-01' }),
        hearingParties: add('hearingParties', { name: 'Eldrerådet' }),
        inputs: add('inputs', { sender: 'Ola', receivedDate: '2025-05-02', concerns: ['x', 'y'], conclusion: 'delvis-tatt-til-folge' }),
      };
      file.mutate(changes);
      let plan = file.readPlan();
      for (const [table, row] of Object.entries(rows)) expect(plan[table as keyof typeof rows]).toEqual([row]);

      file.mutate(updateRowChanges('inputs', rows.inputs, { assessment: 'Delvis fulgt opp.', conclusion: 'tatt-til-folge' }));
      const second = appendRow('milestones', plan.milestones, { name: 'Vedtak', from: '2025-09' }, id);
      file.mutate(second.changes);
      plan = file.readPlan();
      expect(plan.inputs[0]).toMatchObject({ assessment: 'Delvis fulgt opp.', conclusion: 'tatt-til-folge', concerns: ['x', 'y'] });
      file.mutate(reorderChanges('milestones', plan.milestones, second.row.id, 0));
      expect(file.readPlan().milestones.map((m) => m.name)).toEqual(['Vedtak', 'Høring']);

      file.mutate(deleteRowChanges('measures', rows.measures.id));
      expect(file.readPlan().measures).toEqual([]);
    } finally {
      file.close();
    }
  });
});
