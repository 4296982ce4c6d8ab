import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import type { PlanData } from '../../../shared/domain/plan';

const dir = mkdtempSync(join(tmpdir(), 'planverk-tables-call-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => join(__dirname, '../../fixtures/tables', name);

describe('tables.importMeasures through the API', () => {
  it('refuses without a plan, reports bad rows without changing the plan, and imports a clean sheet as one undo step', async () => {
    const session = createSession();
    const handlers = createHandlers(session);
    try {
      expect(await dispatch(handlers, 'tables.importMeasures', { path: fixture('measures-ok.csv') })).toMatchObject({ ok: false, error: { code: 'NO_PLAN_OPEN' } });
      expect(await dispatch(handlers, 'tables.importMeasures', {})).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });

      session.create(join(dir, 'plan.planverk'), { plan: emptyPlan(seededIds('p')) });
      const load = async () => ((await dispatch(handlers, 'plan.load', {})) as { ok: true; value: PlanData }).value;
      const before = await load();

      const rejected = await dispatch(handlers, 'tables.importMeasures', { path: fixture('measures-bad.csv') });
      expect(rejected).toMatchObject({ ok: true, value: { ok: false, errors: [{ row: 3 }, { row: 4 }] } });
      expect(await load()).toEqual(before);

      const imported = await dispatch(handlers, 'tables.importMeasures', { path: fixture('measures-ok.csv') });
      expect(imported).toMatchObject({ ok: true, value: { ok: true, imported: 4 } });
      const after = await load();
      expect(after.measures.map((m) => m.name)).toEqual([
        'Digitalt tilsyn for hjemmeboende',
        'Hverdagsrehabilitering',
        'Trygghetsalarm med lokalisering',
        'Demensvennlig sansehage',
      ]);

      expect(await dispatch(handlers, 'plan.undo', {})).toMatchObject({ ok: true });
      expect((await load()).measures).toEqual([]);
    } finally {
      session.close();
    }
  });
});
