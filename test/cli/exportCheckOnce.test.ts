// `cli export` prints the export check and then exports: the check (checkPlan over the whole plan) runs once per export,
// not once in the command and again in exportPlan.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPlanFile } from '../../electron/services/store';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { tempDir } from '../services/store/helpers';
import { runCliCaptured } from './capture';
import type * as PlanCheck from '../../shared/document/planCheck';

const calls = vi.hoisted(() => ({ checkPlan: 0 }));
vi.mock('../../shared/document/planCheck', async (importOriginal) => {
  const original = await importOriginal<typeof PlanCheck>();
  return {
    ...original,
    checkPlan: (...args: Parameters<typeof original.checkPlan>) => {
      calls.checkPlan++;
      return original.checkPlan(...args);
    },
  };
});

const tmp = tempDir('planverk-cli-check-once-');
afterAll(() => tmp.cleanup());

describe('cli export runs the export check once', () => {
  it.each(['html', 'pdf'] as const)('a %s export of the sample plan checks the plan once and still prints its warnings', async (format) => {
    const plan = tmp.file(`plan-${format}.planverk`);
    expect((await runCliCaptured('new', plan, '--sample')).code).toBe(0);
    const out = tmp.file(`plan.${format}`);
    calls.checkPlan = 0;
    const r = await runCliCaptured('export', plan, '--format', format, '--out', out);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(calls.checkPlan).toBe(1);
    expect(r.err.some((l) => l.startsWith('Advarsel:'))).toBe(true);
  });

  it('--strict still refuses a plan with errors, listing them, after one check', async () => {
    const plan = tmp.file('strict.planverk');
    const data = buildSamplePlan();
    data.plan.hearingStart = '2025-04-15';
    data.plan.hearingEnd = '2025-05-26'; // 41 days: an error
    createPlanFile(plan, data).close();
    const out = tmp.file('strict.html');
    calls.checkPlan = 0;
    const r = await runCliCaptured('export', plan, '--format', 'html', '--out', out, '--strict');
    expect(calls.checkPlan).toBe(1);
    expect(r.code).toBe(1);
    expect(r.err.some((l) => l.startsWith('Feil: Høringsperioden er bare 41 dager'))).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
