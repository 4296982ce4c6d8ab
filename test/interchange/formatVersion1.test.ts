// Plan format version 2 (issue 14 «Fidelity of what users type»): `plan.statusLine` and `milestones[].time` hold the
// adviser's texts. A version-1 document still imports, filled so that it exports the document it did before.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { canonicalPlanJson, parsePlanJson } from '../../shared/interchange/planJson';
import { buildSamplePlan } from '../../shared/sample/samplePlan';

/** The sample as version 1 wrote it: no statusLine, no milestone time, and a short title. */
type Json = { formatVersion: number; plan: Record<string, unknown>; milestones: Array<Record<string, unknown>> };
function version1Json(): Json {
  const json = JSON.parse(canonicalPlanJson(buildSamplePlan())) as Json;
  json.formatVersion = 1;
  delete json.plan.statusLine;
  json.plan.title = 'Helse og omsorg';
  for (const m of json.milestones) delete m.time;
  return json;
}

describe('plan format version 1 → 2', () => {
  it('imports a version-1 plan with the name, status line and milestone times its documents showed', () => {
    const parsed = parsePlanJson(JSON.stringify(version1Json()));
    expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
    if (!parsed.ok) return;
    expect(parsed.plan.formatVersion).toBe(2);
    expect(parsed.plan.plan.title).toBe('Kommunedelplan helse og omsorg 2025–2037');
    expect(parsed.plan.plan.statusLine).toBe('Høringsdokument vedtatt og lagt ut på høring 15.04.2025');
    expect(parsed.plan.milestones.map((m) => m.time)).toContain('15.04.2025 – 02.06.2025');
    expect(buildDocument(parsed.plan, { part: 'plan', watermark: 'none' }).cover.title).toBe('Kommunedelplan helse og omsorg 2025–2037');
  });

  it('keeps a milestone time as written through export and import («uke 12 2025», «vår 2025»)', () => {
    const plan = buildSamplePlan();
    plan.milestones[0] = { ...plan.milestones[0]!, time: 'uke 12 2025', from: '2025-03-17', to: '2025-03-23' };
    plan.milestones[1] = { ...plan.milestones[1]!, time: 'vinteren 2025', from: null, to: null };
    const text = canonicalPlanJson(plan);
    const parsed = parsePlanJson(text);
    expect(parsed.ok && parsed.plan.milestones.slice(0, 2).map((m) => [m.time, m.from, m.to])).toEqual([
      ['uke 12 2025', '2025-03-17', '2025-03-23'],
      ['vinteren 2025', null, null],
    ]);
    expect(parsed.ok && canonicalPlanJson(parsed.plan)).toBe(text);
  });

  it('refuses a version-2 plan without its status line, naming the path', () => {
    const json = JSON.parse(canonicalPlanJson(buildSamplePlan()));
    delete json.plan.statusLine;
    const parsed = parsePlanJson(JSON.stringify(json));
    expect(!parsed.ok && parsed.path).toBe('plan.statusLine');
  });
});
