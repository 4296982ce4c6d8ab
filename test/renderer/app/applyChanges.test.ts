// The renderer's optimistic copy of an edit matches what the store will hold: frame fields, list rows, tombstones.
import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import { applyChanges } from '../../../renderer/app/applyChanges';

describe('applyChanges', () => {
  it('updates the frame, patches known rows, removes tombstoned ones and leaves the input untouched', () => {
    const plan = emptyPlan(seededIds('t'));
    plan.themes = [
      { id: 'a', sortKey: 1, name: 'A' },
      { id: 'b', sortKey: 2, name: 'B' },
    ];
    const before = structuredClone(plan);
    const next = applyChanges(plan, [
      { table: 'plan', id: plan.plan.id, column: 'title', value: 'Ny' },
      { table: 'themes', id: 'a', column: 'name', value: 'A2' },
      { table: 'themes', id: 'b', column: 'tombstone', value: 1 },
      { table: 'themes', id: 'unknown', column: 'name', value: 'X' },
      { table: 'plan', id: 'other-frame', column: 'title', value: 'Feil' },
    ]);
    expect(next.plan.title).toBe('Ny');
    expect(next.themes).toEqual([{ id: 'a', sortKey: 1, name: 'A2' }]);
    expect(plan).toEqual(before);
  });
});
