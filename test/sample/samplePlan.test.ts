import { describe, expect, it } from 'vitest';
import { PlanData, LovdataId } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import reference from '../../shared/sample/matrix-health-care.json';

describe('buildSamplePlan', () => {
  it('satisfies the PlanData schema', () => {
    const result = PlanData.safeParse(buildSamplePlan());
    expect(result.success ? 'ok' : JSON.stringify(result.error.issues.slice(0, 3))).toBe('ok');
  });

  it('is deterministic: two builds serialise to the same bytes', () => {
    expect(JSON.stringify(buildSamplePlan())).toBe(JSON.stringify(buildSamplePlan()));
  });

  it('holds the health-care matrix: 6 themes, 30 areas with sub-topics, 7 groups and a cell per responsibility', () => {
    const p = buildSamplePlan();
    expect(p.themes).toHaveLength(6);
    expect(p.areas.filter((a) => a.parentId === null)).toHaveLength(30);
    expect(p.areas.filter((a) => a.parentId !== null).length).toBeGreaterThanOrEqual(7);
    expect(p.groups).toHaveLength(7);
    const expectedCells = reference.themes.flatMap((t) => t.areas.flatMap((a) => Object.keys(a.responsibility))).length;
    expect(p.cells).toHaveLength(expectedCells);
    const avlastning = p.areas.find((a) => a.name === 'Avlastning')!;
    expect(p.cells.filter((c) => c.areaId === avlastning.id).map((c) => c.level)).toEqual(['DpH', 'DpH']);
  });

  it('fills every part of the plan a newcomer should see', () => {
    const p = buildSamplePlan();
    expect(p.plan.municipality).toBe('Eksempel kommune');
    expect(p.plan.title).toBe('Kommunedelplan helse og omsorg 2025–2037');
    expect(p.plan.phase).toBe('planforslag-hoering');
    const weeks = (Date.parse(p.plan.hearingEnd!) - Date.parse(p.plan.hearingStart!)) / (7 * 86_400_000);
    expect(weeks).toBeGreaterThanOrEqual(6);
    expect(p.chapters.some((c) => c.kind === 'part' && c.title === 'Del 1 – rammebetingelser')).toBe(true);
    for (const title of ['Innledning', 'Utfordringsbilde', 'Strategier', 'Handlingsplan']) {
      expect(p.chapters.some((c) => c.title === title)).toBe(true);
    }
    const bodyTypes = JSON.stringify(p.chapters.map((c) => c.body));
    for (const node of ['"heading"', '"paragraph"', '"bulletList"', '"tableHeader"']) expect(bodyTypes).toContain(node);
    expect(p.laws.length).toBeGreaterThanOrEqual(5);
    expect(p.laws.every((l) => l.lovdataId !== null && LovdataId.safeParse(l.lovdataId).success)).toBe(true);
    expect(p.measures.length).toBeGreaterThanOrEqual(18);
    expect(new Set(p.measures.map((m) => m.unit)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(p.inputs.map((i) => i.conclusion)).size).toBeGreaterThanOrEqual(4);
    expect(p.milestones.length).toBeGreaterThan(0);
    expect(p.orgRoles.length).toBeGreaterThan(0);
    expect(p.documents.length).toBeGreaterThan(0);
    expect(p.hearingParties.length).toBeGreaterThan(0);
  });

  it('gives every group a leader title, never a person', () => {
    const p = buildSamplePlan();
    expect(p.groups.every((g) => g.leader.length > 0)).toBe(true);
  });
});
