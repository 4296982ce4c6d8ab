import { describe, expect, it } from 'vitest';
import { seededIds } from '../../shared/domain/ids';
import { importMatrixJson } from '../../shared/matrix/importJson';
import reference from '../../shared/sample/matrix-health-care.json';

const clone = (): typeof reference & Record<string, unknown> => structuredClone(reference);

describe('importMatrixJson', () => {
  it('builds groups, themes, areas, sub-topics, cells and the legend of the reference matrix', () => {
    const r = importMatrixJson({ about: 'ignored', ...reference }, seededIds('m'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.matrix.groups.map((g) => [g.name, g.kind, g.number])).toEqual(reference.groups.map((g) => [g.name, g.kind, g.number]));
    expect(r.matrix.themes).toHaveLength(6);
    expect(r.matrix.areas.filter((a) => a.parentId === null)).toHaveLength(30);
    const bolig = r.matrix.areas.find((a) => a.name === 'Bolig')!;
    expect(r.matrix.areas.filter((a) => a.parentId === bolig.id).map((a) => [a.name, a.themeId])).toEqual([
      ['Differensiert botilbud', bolig.themeId],
      ['Felles boligkontor', bolig.themeId],
      ['Boligutvikling og målgruppeperspektiver', bolig.themeId],
    ]);
    expect(r.matrix.cells).toHaveLength(31);
    expect(r.matrix.legend.map((e) => e.explanation)).toEqual(Object.values(reference.legend));
  });

  it('takes optional texts and sub-topics with their own responsibility', () => {
    const r = importMatrixJson(
      {
        groups: [{ key: 'A', name: 'Alfa' }],
        themes: [{ title: 'T', areas: [{ title: 'T', responsibility: { A: 'OpH' }, problems: 'Hva?\n- en\n- to', subtopics: [{ title: 'U', responsibility: { A: 'SpH' } }] }] }],
      },
      seededIds('m'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.matrix.groups[0]).toMatchObject({ kind: 'arbeidsgruppe', number: null, leader: '' });
    expect(r.matrix.areas[0]!.problems).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hva?' }] },
        { type: 'bulletList', content: ['en', 'to'].map((t) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })) },
      ],
    });
    expect(r.matrix.cells.map((c) => c.level)).toEqual(['OpH', 'SpH']);
  });

  it('refuses bad input with the path of every bad field and builds nothing', () => {
    const json = clone();
    json.themes[0]!.areas[1]!.responsibility = { G9: 'DpH' } as never;
    json.themes[2]!.areas[1]!.responsibility = { G2: 'XpH' } as never;
    json.themes[3]!.areas[2]!.overarching = true;
    (json.groups[3] as Record<string, unknown>).key = 'G1';
    const schemaError = importMatrixJson(json, seededIds('m'));
    expect(schemaError).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'themes[2].areas[1].responsibility.G2' })] });
    json.themes[2]!.areas[1]!.responsibility = { G2: 'DpH' } as never;
    const refErrors = importMatrixJson(json, seededIds('m'));
    expect(refErrors.ok ? [] : refErrors.errors).toEqual([
      { path: 'groups[3].key', message: 'gruppenøkkelen «G1» er brukt før' },
      { path: 'themes[0].areas[1].responsibility.G9', message: 'ukjent gruppe «G9»' },
      // With G4's key overwritten, its cells point at a key no group has.
      { path: 'themes[2].areas[2].responsibility.G4', message: 'ukjent gruppe «G4»' },
      { path: 'themes[3].areas[1].responsibility.G4', message: 'ukjent gruppe «G4»' },
      { path: 'themes[3].areas[2].overarching', message: 'bare det første området i et tema kan være overordnet' },
      { path: 'themes[3].areas[8].responsibility.G4', message: 'ukjent gruppe «G4»' },
    ]);
  });

  it('refuses what is not a matrix at all', () => {
    expect(importMatrixJson(null, seededIds('m'))).toMatchObject({ ok: false, errors: [{ path: '(rot)' }] });
    expect(importMatrixJson({ groups: [], themes: [{ title: '', areas: [] }] }, seededIds('m'))).toMatchObject({ ok: false, errors: [{ path: 'themes[0].title' }] });
  });
});
