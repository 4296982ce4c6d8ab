import { describe, expect, it } from 'vitest';
import { LovdataId } from '../../shared/domain/plan';
import { lovdataUrl, STARTER_LAWS, validateLovdataId } from '../../shared/plantables/laws';

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
});
