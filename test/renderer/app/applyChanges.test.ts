// The renderer's optimistic copy of an edit matches what the store will hold: frame fields, list rows, tombstones.
import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import { planViewOf } from '../../../shared/domain/planView';
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

  it('patches an asset row in the cached view but never puts its bytes there (asset.get fetches them)', () => {
    const plan = emptyPlan(seededIds('t'));
    plan.assets = [{ id: 'a'.repeat(64), mime: 'application/pdf', name: 'brev.pdf', alt: '', decorative: false, dataBase64: 'JVBERg==' }];
    const view = planViewOf(plan);
    const next = applyChanges(view, [
      { table: 'assets', id: 'a'.repeat(64), column: 'dataBase64', value: 'QUJD' },
      { table: 'assets', id: 'a'.repeat(64), column: 'name', value: 'Brev.pdf' },
    ]);
    expect(next.assets).toEqual([{ id: 'a'.repeat(64), mime: 'application/pdf', name: 'Brev.pdf', alt: '', decorative: false, byteLength: 4 }]);
    expect(applyChanges(next, [{ table: 'assets', id: 'a'.repeat(64), column: 'tombstone', value: true }]).assets).toEqual([]);
  });
});
