import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalPlanJson, parsePlanJson } from '../../shared/interchange/planJson';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { createPlanFile } from '../../electron/services/store';

const dir = mkdtempSync(join(tmpdir(), 'planverk-interchange-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan JSON through real plan files', () => {
  it('sample plan → file → JSON → file → JSON is byte-identical', () => {
    const first = createPlanFile(join(dir, 'a.planverk'), buildSamplePlan());
    const json1 = canonicalPlanJson(first.readPlan());
    first.close();
    expect(json1).toBe(canonicalPlanJson(buildSamplePlan()));
    const parsed = parsePlanJson(json1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const second = createPlanFile(join(dir, 'b.planverk'), parsed.plan);
    const json2 = canonicalPlanJson(second.readPlan());
    second.close();
    expect(json2).toBe(json1);
  });
});
