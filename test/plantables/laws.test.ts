import { describe, expect, it } from 'vitest';
import { LovdataId } from '../../shared/domain/plan';
import { canonicalPlanJson, parsePlanJson } from '../../shared/interchange/planJson';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { lovdataUrl, normaliseLovdataId, parseLovdataIdCell, STARTER_LAWS, validateLovdataId } from '../../shared/plantables/laws';

describe('Lovdata ids', () => {
  it('accepts law and regulation ids, normalising case and spaces', () => {
    expect(validateLovdataId('LOV-2011-06-24-30')).toEqual({ ok: true, value: 'LOV-2011-06-24-30' });
    expect(validateLovdataId(' lov-2009-12-18-131 ')).toEqual({ ok: true, value: 'LOV-2009-12-18-131' });
    expect(validateLovdataId('FOR-2017-10-16-1616')).toEqual({ ok: true, value: 'FOR-2017-10-16-1616' });
  });

  it.each([
    ['', 'mangler'],
    ['2011-06-24-30', 'LOV-ÅÅÅÅ-MM-DD-NR'],
    ['LOV-2011-6-24-30', 'LOV-ÅÅÅÅ-MM-DD-NR'],
    ['LOV 2011-06-24-30', 'LOV-ÅÅÅÅ-MM-DD-NR'],
    ['LOV-2011-06-24-12345', 'LOV-ÅÅÅÅ-MM-DD-NR'],
    ['helse- og omsorgstjenesteloven', 'ikke en gyldig Lovdata-id'],
    ['LOV-2011-02-30-1', 'dato som ikke finnes'],
    ['LOV-2011-13-01-1', 'dato som ikke finnes'],
    ['LOV-2011-06-24-0', 'lovnummer 0'],
  ])('rejects %j with a Norwegian sentence', (raw, fragment) => {
    const r = validateLovdataId(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });

  it('links laws and regulations to their Lovdata pages', () => {
    expect(lovdataUrl('LOV-2011-06-24-30')).toBe('https://lovdata.no/dokument/NL/lov/2011-06-24-30');
    expect(lovdataUrl('FOR-2017-10-16-1616')).toBe('https://lovdata.no/dokument/SF/forskrift/2017-10-16-1616');
  });

  it('ships a starter list whose ids are valid, unique and purposes written in both målformer', () => {
    const ids = STARTER_LAWS.map((l) => l.lovdataId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('LOV-2011-06-24-30');
    expect(ids).toContain('LOV-2008-06-27-71');
    for (const law of STARTER_LAWS) {
      expect(validateLovdataId(law.lovdataId)).toEqual({ ok: true, value: law.lovdataId });
      expect(LovdataId.safeParse(law.lovdataId).success).toBe(true);
      expect(law.purpose.nb.length).toBeGreaterThan(40);
      expect(law.purpose.nn).not.toBe(law.purpose.nb);
    }
  });

  it.each([
    ['LOV-1999-07-32-63', '1999-07-32'],
    ['LOV-2023-02-30-1', '2023-02-30'],
    ['lov-2023-02-29-1', '2023-02-29'],
    ['FOR-1900-02-29-5', '1900-02-29'],
    ['LOV-2011-00-10-3', '2011-00-10'],
  ])('flags %j, whose date cannot exist (%s)', (raw, date) => {
    const r = validateLovdataId(raw);
    expect(r).toEqual({ ok: false, message: `«${raw}» har en dato som ikke finnes (${date}).` });
    expect(parseLovdataIdCell(raw).ok).toBe(false);
  });

  it('accepts 29 February of a leap year (LOV-2024-02-29-1, FOR-2000-02-29-7)', () => {
    expect(validateLovdataId('LOV-2024-02-29-1')).toEqual({ ok: true, value: 'LOV-2024-02-29-1' });
    expect(validateLovdataId('FOR-2000-02-29-7')).toEqual({ ok: true, value: 'FOR-2000-02-29-7' });
  });

  it('lower-case lov-2011-06-24-30 becomes the same id on the Tabeller page and in a JSON import', () => {
    const typed = parseLovdataIdCell('lov-2011-06-24-30');
    const json = JSON.parse(canonicalPlanJson(buildSamplePlan())) as { laws: Array<{ lovdataId: string | null }> };
    json.laws[0]!.lovdataId = 'lov-2011-06-24-30';
    const imported = parsePlanJson(JSON.stringify(json));
    expect(typed).toEqual({ ok: true, value: { lovdataId: 'LOV-2011-06-24-30' } });
    expect(imported.ok && imported.plan.laws[0]!.lovdataId).toBe('LOV-2011-06-24-30');
  });

  it('takes the dashes and no-break spaces Word puts into a copied id (lov–2011–06–24–30) as plain hyphens', () => {
    expect(normaliseLovdataId('\u00a0lov\u20132011\u201306-24\u201330 ')).toBe('LOV-2011-06-24-30');
    expect(parseLovdataIdCell('lov\u20132011\u201306\u201324\u201330')).toEqual({ ok: true, value: { lovdataId: 'LOV-2011-06-24-30' } });
    const json = JSON.parse(canonicalPlanJson(buildSamplePlan())) as { laws: Array<{ lovdataId: string | null }> };
    json.laws[0]!.lovdataId = 'LOV\u20132011\u201306\u201324\u201330';
    const imported = parsePlanJson(JSON.stringify(json));
    expect(imported.ok && imported.plan.laws[0]!.lovdataId).toBe('LOV-2011-06-24-30');
  });

  it('an empty Lovdata cell clears the id rather than refusing', () => {
    expect(parseLovdataIdCell('  ')).toEqual({ ok: true, value: { lovdataId: null } });
  });
});
