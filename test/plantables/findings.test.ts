import { describe, expect, it } from 'vitest';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { concernLabels, concernOptions } from '../../shared/plantables/concerns';
import { tableFindings } from '../../shared/plantables/findings';
import { buildMerknadsbehandling } from '../../shared/plantables/merknadsbehandling';
import { hearingPeriodFinding } from '../../shared/plantables/hearing';
import { groupMeasuresByUnit } from '../../shared/plantables/measures';
import { projectDescriptionRows } from '../../shared/plantables/projectDescription';
import { timelineSvg } from '../../shared/plantables/timeline';
import { input, measure, testPlan } from './frames';

describe('table findings', () => {
  it('names each problem with its table, row and column', () => {
    const plan = testPlan('nb', { hearingStart: '2025-04-15', hearingEnd: '2025-05-20' });
    plan.milestones = [{ id: 'ms', sortKey: 1, name: 'Høring', time: '', from: '2025-06', to: '2025-05-10', phase: null }];
    plan.laws = [{ id: 'l1', sortKey: 1, name: 'Folkehelseloven', lovdataId: null, purpose: '' }];
    plan.measures = [measure('m1', { unit: ' ', status: 'iverksatt', statusDate: null })];
    plan.inputs = [input('i1', { sender: 'Eldrerådet', conclusion: 'tatt-til-folge', assessment: '', receivedDate: '2025-05-25' })];
    const where = tableFindings(plan).map((f) => [f.table, f.id, f.column, f.severity]);
    expect(where).toEqual([
      ['plan', plan.plan.id, 'hearingEnd', 'error'],
      ['milestones', 'ms', 'to', 'error'],
      ['laws', 'l1', 'lovdataId', 'warning'],
      ['measures', 'm1', 'unit', 'warning'],
      ['measures', 'm1', 'statusDate', 'warning'],
      ['inputs', 'i1', 'assessment', 'warning'],
      ['inputs', 'i1', 'receivedDate', 'warning'],
    ]);
  });

  it('finds nothing to complain about in a tidy plan', () => {
    expect(tableFindings(testPlan())).toEqual([]);
  });
});

describe('concerned chapters and areas', () => {
  it('lists chapters then areas, sub-topics under their area, and drops deleted ids', () => {
    const plan = testPlan();
    plan.chapters = [{ id: 'c1', sortKey: 1, parentId: null, kind: 'chapter', title: 'Innledning', numbered: true, status: 'utkast', groupId: null, body: { type: 'doc' } }];
    plan.areas = [
      { id: 'a1', sortKey: 1, themeId: 't', parentId: null, name: 'Bolig', problems: null, method: null, actors: null },
      { id: 'a2', sortKey: 2, themeId: 't', parentId: 'a1', name: 'Felles boligkontor', problems: null, method: null, actors: null },
    ];
    expect(concernOptions(plan).map((o) => o.label)).toEqual(['Innledning', 'Bolig', 'Bolig › Felles boligkontor']);
    expect(concernLabels(['a2', 'gone', 'c1'], plan)).toEqual(['Bolig › Felles boligkontor', 'Innledning']);
  });
});

describe('the sample plan through the table logic', () => {
  const sample = buildSamplePlan();
  it('has a lawful hearing period, valid laws, and a merknadsbehandling with a late input', () => {
    expect(hearingPeriodFinding(sample.plan).kind).toBe('ok');
    expect(tableFindings(sample).filter((f) => f.severity === 'error')).toEqual([]);
    const m = buildMerknadsbehandling(sample);
    expect(m.rows).toHaveLength(sample.inputs.length);
    expect(m.rows.some((r) => r.late)).toBe(true);
    expect(m.progress.total).toBe(sample.inputs.length);
  });

  it('groups its measures over several units with totals equal to the row sums', () => {
    const { groups, total } = groupMeasuresByUnit(sample.measures);
    expect(groups.length).toBeGreaterThan(2);
    expect(total.costOre).toBe(sample.measures.reduce((s, m) => s + m.costOre, 0));
  });

  it('fills every row of the project description and draws its milestones', () => {
    const rows = projectDescriptionRows(sample);
    expect(rows.map((r) => r.label)).toEqual(['Plannavn', 'Planperiode', 'Hensikten med planarbeidet', 'Planavgrensning', 'Framdriftsplan', 'Innsatsområder', 'Organisering']);
    expect(rows.every((r) => r.lines.length > 0)).toBe(true);
    expect(timelineSvg(sample.milestones).match(/<(rect|circle) /g)?.length).toBe(sample.milestones.length + 1);
  });
});

describe('project description', () => {
  it('is labelled in nynorsk for a nynorsk plan, with period, milestones in time order and roles', () => {
    const plan = testPlan('nn', { title: 'Kommunedelplan helse og omsorg', periodFrom: 2025, periodTo: 2037, purpose: 'Første avsnitt\n\nAndre avsnitt', focusAreas: ['Meistring', ' '] });
    plan.milestones = [
      { id: 'b', sortKey: 1, name: 'Vedtak', time: '', from: '2025-09', to: null, phase: null },
      { id: 'a', sortKey: 2, name: 'Høyring', time: '', from: '2025-04-15', to: '2025-06-02', phase: null },
    ];
    plan.orgRoles = [{ id: 'r', sortKey: 1, role: 'Styringsgruppe', participants: 'Leiargruppa', responsibility: '' }];
    const rows = Object.fromEntries(projectDescriptionRows(plan).map((r) => [r.label, r.lines]));
    expect(Object.keys(rows)).toEqual(['Plannamn', 'Planperiode', 'Føremålet med planarbeidet', 'Planavgrensing', 'Framdriftsplan', 'Innsatsområde', 'Organisering']);
    expect(rows['Planperiode']).toEqual(['2025–2037']);
    expect(rows['Føremålet med planarbeidet']).toEqual(['Første avsnitt', 'Andre avsnitt']);
    expect(rows['Framdriftsplan']).toEqual(['Høyring: 15.04.2025 – 02.06.2025', 'Vedtak: september 2025']);
    expect(rows['Innsatsområde']).toEqual(['Meistring']);
    expect(rows['Organisering']).toEqual(['Styringsgruppe: Leiargruppa']);
    expect(rows['Planavgrensing']).toEqual([]);
  });
});
