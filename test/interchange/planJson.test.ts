import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { canonicalPlanJson, parsePlanJson } from '../../shared/interchange/planJson';
import { buildSamplePlan } from '../../shared/sample/samplePlan';

type Row = Record<string, unknown>;
type PlanJson = Row & { areas: Row[]; cells: Row[]; laws: Row[]; inputs: Array<Row & { concerns: string[] }> };
const sampleJson = (): PlanJson => JSON.parse(canonicalPlanJson(buildSamplePlan())) as PlanJson;

function refused(value: unknown): { path: string; message: string } {
  const r = parsePlanJson(typeof value === 'string' ? value : JSON.stringify(value));
  if (r.ok) throw new Error('expected the plan to be refused');
  return { path: r.path, message: r.message };
}

describe('plan JSON round trip', () => {
  it('plan → JSON → plan → JSON is byte-identical for the sample plan', () => {
    const first = canonicalPlanJson(buildSamplePlan());
    const parsed = parsePlanJson(first);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const second = canonicalPlanJson(parsed.plan);
    expect(second).toBe(first);
    // Same rows as the built plan; only the row order is canonical.
    const sample = buildSamplePlan();
    const byId = (rows: unknown): unknown[] => [...(rows as Array<{ id: string }>)].sort((a, b) => a.id.localeCompare(b.id));
    expect(parsed.plan.plan).toEqual(sample.plan);
    for (const table of ['groups', 'themes', 'areas', 'areaNotes', 'cells', 'legend', 'chapters', 'measures', 'inputs'] as const) {
      expect(byId(parsed.plan[table])).toEqual(byId(sample[table]));
    }
  });

  it('writes the same bytes whatever the row order and key order it was given', () => {
    const plan = buildSamplePlan();
    const shuffled = { ...plan, areas: [...plan.areas].reverse(), cells: [...plan.cells].reverse(), legend: [...plan.legend].reverse() };
    shuffled.plan = Object.fromEntries(Object.entries(plan.plan).reverse()) as typeof plan.plan;
    expect(canonicalPlanJson(shuffled)).toBe(canonicalPlanJson(plan));
  });

  it('is 2-space indented with a trailing newline and keys in schema order', () => {
    const text = canonicalPlanJson(emptyPlan(seededIds('e')));
    expect(text.startsWith('{\n  "format": "planverk-plan",\n  "formatVersion": 2,\n  "plan": {\n    "id": "e-0001",\n    "title"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parsePlanJson(text).ok).toBe(true);
  });

  it('accepts a byte-order mark, as Windows editors write it', () => {
    expect(parsePlanJson(`\uFEFF${canonicalPlanJson(emptyPlan(seededIds('e')))}`).ok).toBe(true);
  });
});

describe('plan JSON refusals name the first bad field', () => {
  it('not JSON', () => {
    expect(refused('{"format": ').path).toBe('(rot)');
  });

  it('another format or a newer version', () => {
    expect(refused({ format: 'noe-annet' }).path).toBe('format');
    const newer = refused({ ...sampleJson(), formatVersion: 3 });
    expect(newer.path).toBe('formatVersion');
    expect(newer.message).toMatch(/Oppdater Planverk/);
  });

  it('a wrongly typed field deep in a collection', () => {
    const json = sampleJson();
    json.areas[3]!.themeId = 17;
    expect(refused(json).path).toBe('areas[3].themeId');
  });

  it('a missing field', () => {
    const json = sampleJson();
    delete (json.plan as Record<string, unknown>).malform;
    expect(refused(json).path).toBe('plan.malform');
  });

  it('an unknown (misspelt) field', () => {
    const json = sampleJson();
    json.areas[2]!.titel = 'x';
    expect(refused(json)).toEqual({ path: 'areas[2].titel', message: 'Ukjent felt i formatversjon 2.' });
  });

  it('a reference to a theme that does not exist', () => {
    const json = sampleJson();
    json.areas[3]!.themeId = 'finnes-ikke';
    expect(refused(json)).toEqual({ path: 'areas[3].themeId', message: 'temaet «finnes-ikke» finnes ikke.' });
  });

  it('a cell pointing at a missing group, and a cell whose id is not area:group', () => {
    const json = sampleJson();
    json.cells[1]!.groupId = 'ingen';
    expect(refused(json).path).toBe('cells[1].groupId');
    const again = sampleJson();
    again.cells[0]!.id = 'x';
    expect(refused(again).path).toBe('cells[0].id');
  });

  it('duplicate ids, sub-topic cycles and dangling hearing references', () => {
    const dup = sampleJson();
    dup.areas[5]!.id = dup.areas[4]!.id;
    expect(refused(dup).path).toBe('areas[5].id');
    const cycle = sampleJson();
    const [a, b] = cycle.areas.filter((x) => x.themeId === cycle.areas[0]!.themeId);
    a!.parentId = b!.id;
    b!.parentId = a!.id;
    expect(refused(cycle).message).toMatch(/ring/);
    const input = sampleJson();
    input.inputs[0]!.concerns = ['borte'];
    expect(refused(input).path).toBe('inputs[0].concerns[0]');
  });

  it('a Lovdata id in the wrong form', () => {
    const json = sampleJson();
    json.laws[2]!.lovdataId = 'LOV 1999-07-02-63';
    const r = refused(json);
    expect(r.path).toBe('laws[2].lovdataId');
    expect(r.message).toMatch(/LOV-ÅÅÅÅ-MM-DD-NR/);
  });
});
