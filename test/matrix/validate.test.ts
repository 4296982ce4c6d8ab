import { describe, expect, it } from 'vitest';
import { cellId } from '../../shared/domain/plan';
import { validateMatrix } from '../../shared/matrix/validate';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { matrixPlan } from './helpers';

const kinds = (plan: Parameters<typeof validateMatrix>[0]): string[] => validateMatrix(plan).map((f) => f.kind);

describe('validateMatrix', () => {
  it('finds nothing in a sound matrix', () => {
    const plan = matrixPlan(2, [
      { name: 'T1', areas: [{ name: 'T1', cells: { 1: 'OpH' } }, { name: 'A', cells: { 2: 'DpH' }, subtopics: ['A1'] }] },
      { name: 'T2', areas: [{ name: 'T2', cells: { 2: 'OpH' } }] },
    ]);
    expect(validateMatrix(plan)).toEqual([]);
  });

  it('flags a theme with no OpH and one with two, naming the theme', () => {
    const plan = matrixPlan(2, [
      { name: 'Uten', areas: [{ name: 'Uten', cells: { 1: 'DpH' } }] },
      { name: 'Dobbel', areas: [{ name: 'Dobbel', cells: { 1: 'OpH', 2: 'OpH' } }] },
    ]);
    const findings = validateMatrix(plan);
    expect(findings.map((f) => f.kind)).toEqual(['theme-without-oph', 'theme-with-several-oph']);
    expect(findings[0]).toMatchObject({ themeId: 'th1', message: 'Temaet «Uten» har ingen OpH.' });
    expect(findings[1]).toMatchObject({ themeId: 'th2', areaIds: ['a2-1'] });
  });

  it('flags a top-level area with no main responsibility, but not its sub-topics', () => {
    const plan = matrixPlan(1, [{ name: 'T', areas: [{ name: 'T', cells: { 1: 'OpH' } }, { name: 'Ingen', subtopics: ['Del'] }] }]);
    const findings = validateMatrix(plan);
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'area-without-responsibility', themeId: 'th1', areaId: 'a1-2', message: '«Ingen» har ingen gruppe med hovedansvar.' }),
    ]);
  });

  it('treats a cleared cell (level null) as no responsibility', () => {
    const plan = matrixPlan(1, [{ name: 'T', areas: [{ name: 'T', cells: { 1: 'OpH' } }, { name: 'A', cells: { 1: 'DpH' } }] }]);
    plan.cells.find((c) => c.id === cellId('a1-2', 'g1'))!.level = null;
    expect(kinds(plan)).toEqual(['area-without-responsibility']);
  });

  it('flags a group with no responsibility', () => {
    const plan = matrixPlan(3, [{ name: 'T', areas: [{ name: 'T', cells: { 1: 'OpH' } }, { name: 'A', cells: { 2: 'DpH' } }] }]);
    expect(validateMatrix(plan)).toEqual([
      expect.objectContaining({ kind: 'group-without-responsibility', groupId: 'g3', message: 'Arbeidsgruppe 3: Gruppe 3 har ikke hovedansvar for noe område.' }),
    ]);
  });

  it('flags OpH on a row that is not the overarching one, with the cell it sits in', () => {
    const plan = matrixPlan(2, [{ name: 'T', areas: [{ name: 'T', cells: { 1: 'DpH' } }, { name: 'A', cells: { 2: 'OpH' } }] }]);
    expect(validateMatrix(plan)).toEqual([expect.objectContaining({ kind: 'oph-on-non-overarching-row', themeId: 'th1', areaId: 'a1-2', groupId: 'g2' })]);
  });

  it('flags empty text fields in an area a group holds, per holding group', () => {
    const plan = matrixPlan(2, [{ name: 'T', areas: [{ name: 'T', cells: { 1: 'OpH', 2: 'DpH' } }] }]);
    plan.areas[0]!.method = null;
    plan.areas[0]!.actors = { type: 'doc', content: [{ type: 'paragraph' }] };
    const findings = validateMatrix(plan).filter((f) => f.kind === 'empty-text');
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ areaId: 'a1-1', groupId: 'g1', fields: ['method', 'actors'] });
    expect(findings[0]!.message).toBe('«T» (Arbeidsgruppe 1: Gruppe 1) mangler tekst i Gjennomføring og Sentrale aktører.');
    expect(findings[1]).toMatchObject({ groupId: 'g2' });
  });

  it('the sample plan has sound responsibilities and only text warnings', () => {
    const findings = validateMatrix(buildSamplePlan());
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['empty-text']));
  });
});
