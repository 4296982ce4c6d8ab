// Fidelity on import: a refused plan JSON lists every problem (up to 20) with its path and the bad value; Lovdata ids
// behave as on the Tabeller page (any case, spaces), and an id whose date cannot exist is flagged by the export check.
import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { checkPlan } from '../../shared/document/planCheck';
import { canonicalPlanJson, MAX_PROBLEMS, parsePlanJson } from '../../shared/interchange/planJson';
import { validateLovdataId } from '../../shared/plantables';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { tempDir } from '../services/store/helpers';

const tmp = tempDir('planverk-import-problems-');
afterAll(() => tmp.cleanup());

const sampleJson = () => JSON.parse(canonicalPlanJson(buildSamplePlan()));

describe('plan JSON import', () => {
  it('a refused JSON import lists every problem (up to 20) with its path and the bad value', async () => {
    const json = sampleJson();
    json.groups[2].kind = 'styringsgruppe';
    json.measures[0].costOre = 'mye';
    json.milestones[1].from = '15.04.2024';
    const parsed = parsePlanJson(JSON.stringify(json));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems!.map((p) => [p.path, p.value])).toEqual([
      ['groups[2].kind', '"styringsgruppe"'],
      ['milestones[1].from', '"15.04.2024"'],
      ['measures[0].costOre', '"mye"'],
    ]);
    // Through the CLI: one line on stderr naming all three, and no file.
    writeFileSync(tmp.file('tre-feil.json'), JSON.stringify(json));
    const err: string[] = [];
    const code = await runCli(['new', tmp.file('tre-feil.planverk'), '--from', tmp.file('tre-feil.json')], { out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    for (const part of ['groups[2].kind', '(verdi: "styringsgruppe")', 'measures[0].costOre', '(verdi: "mye")', 'milestones[1].from']) expect(err[0]).toContain(part);
    expect(existsSync(tmp.file('tre-feil.planverk'))).toBe(false);
  });

  it('stops listing at 20 problems', () => {
    const json = sampleJson();
    for (const g of json.groups) g.kind = 'feil';
    for (const m of json.measures) m.status = 'feil';
    const parsed = parsePlanJson(JSON.stringify(json));
    expect(!parsed.ok && parsed.problems!.length).toBe(MAX_PROBLEMS);
  });

  it('takes Lovdata ids in lower case and with spaces as the Tabeller page does, in capitals', () => {
    const json = sampleJson();
    json.laws[0].lovdataId = ' lov-2011-06-24-30 ';
    const parsed = parsePlanJson(JSON.stringify(json));
    expect(parsed.ok && parsed.plan.laws[0]!.lovdataId).toBe('LOV-2011-06-24-30');
    expect(validateLovdataId(' lov-2011-06-24-30 ')).toEqual({ ok: true, value: 'LOV-2011-06-24-30' });
  });

  it('imports an id whose date cannot exist (LOV-1999-07-32-63) and the export check flags it', () => {
    const json = sampleJson();
    json.laws[0].lovdataId = 'lov-1999-07-32-63';
    const parsed = parsePlanJson(JSON.stringify(json));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan.laws[0]!.lovdataId).toBe('LOV-1999-07-32-63');
    expect(checkPlan(parsed.plan).filter((f) => f.code === 'laws.lovdataId' && f.severity === 'error')).toHaveLength(1);
  });
});
