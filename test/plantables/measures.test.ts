import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmountOre, formatFte, parseAmountOre, parseFteHundredths } from '../../shared/format/norwegian';
import { buildMeasuresTable, groupMeasuresByUnit, measureStatusText, sumExact } from '../../shared/plantables/measures';
import type { Measure } from '../../shared/domain/plan';
import { measure } from './frames';

describe('measures grouped by unit', () => {
  const measures = [
    measure('m1', { unit: '3410 Sykehjemmet', sortKey: 1, fteHundredths: 100, costOre: 85_000_000 }),
    measure('m2', { unit: '3402 Avd. Sentrum', sortKey: 2, fteHundredths: 50, costOre: 45_000_000 }),
    measure('m3', { unit: ' 3402 Avd. Sentrum ', sortKey: 1, fteHundredths: 260, costOre: 182_000_050 }),
    measure('m4', { unit: '', sortKey: 1, fteHundredths: 10, costOre: 1 }),
    measure('m5', { unit: '900 Stab', sortKey: 1, fteHundredths: 0, costOre: -5_000 }),
  ];

  it('orders units by number, then measures by sortKey, with measures without a unit last', () => {
    const { groups } = groupMeasuresByUnit(measures);
    expect(groups.map((g) => g.unit)).toEqual(['900 Stab', '3402 Avd. Sentrum', '3410 Sykehjemmet', '']);
    expect(groups[1]!.measures.map((m) => m.id)).toEqual(['m3', 'm2']);
  });

  it('sums subtotals and the grand total exactly in øre and hundredths', () => {
    const { groups, total } = groupMeasuresByUnit(measures);
    expect(groups[1]).toMatchObject({ fteHundredths: 310, costOre: 227_000_050 });
    expect(total).toEqual({ fteHundredths: 420, costOre: 85_000_000 + 45_000_000 + 182_000_050 + 1 - 5_000 });
    expect(formatAmountOre(total.costOre)).toBe('3 119 950,51 kr');
    expect(formatFte(total.fteHundredths)).toBe('4,20');
  });

  it('formats a table with Norwegian amounts, subtotal lines and status dates in the plan’s målform', () => {
    const table = buildMeasuresTable([measure('a', { status: 'iverksatt', statusDate: '2025-02-01', costOre: 182_000_000, fteHundredths: 260 })], 'nn');
    expect(table.headers.measure).toBe('Tiltak');
    expect(table.sections[0]!.rows[0]).toMatchObject({ fte: '2,60', cost: '1 820 000', status: 'Sett i verk 01.02.2025' });
    expect(table.sections[0]!.subtotalLabel).toBe('Sum 3402 Avd. Sentrum');
    expect(buildMeasuresTable([measure('b', { unit: '' })], 'nn').sections[0]!.unitLabel).toBe('Utan ansvarseining');
    expect(measureStatusText({ status: 'vedtatt', statusDate: null }, 'nb')).toBe('Vedtatt');
  });

  it('refuses a sum that would leave the range where numbers are exact', () => {
    expect(() => sumExact([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumExact([0.5])).toThrow(RangeError);
  });

  it('property: every subtotal and the grand total equal the integer (BigInt) sums, and their formatting parses back exactly', () => {
    const arbMeasure = fc.record({
      unit: fc.constantFrom('3402 Avd. Sentrum', '3403 Avd. Nord', '3410 Sykehjemmet', '', '3300 Psykisk helse og rus'),
      fteHundredths: fc.integer({ min: 0, max: 10_000_000 }),
      costOre: fc.integer({ min: -1e12, max: 1e14 }),
      sortKey: fc.integer({ min: -1000, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(arbMeasure, { maxLength: 60 }), (specs) => {
        const measures: Measure[] = specs.map((s, i) => measure(`m${i}`, s));
        const { groups, total } = groupMeasuresByUnit(measures);
        const bigSum = (list: Measure[], key: 'costOre' | 'fteHundredths') => list.reduce((acc, m) => acc + BigInt(m[key]), 0n);
        expect(groups.flatMap((g) => g.measures)).toHaveLength(measures.length);
        for (const g of groups) {
          expect(BigInt(g.costOre)).toBe(bigSum(g.measures, 'costOre'));
          expect(BigInt(g.fteHundredths)).toBe(bigSum(g.measures, 'fteHundredths'));
          expect(parseAmountOre(formatAmountOre(g.costOre))).toEqual({ ok: true, value: g.costOre });
        }
        expect(BigInt(total.costOre)).toBe(bigSum(measures, 'costOre'));
        expect(BigInt(total.fteHundredths)).toBe(bigSum(measures, 'fteHundredths'));
        expect(parseAmountOre(formatAmountOre(total.costOre))).toEqual({ ok: true, value: total.costOre });
        expect(parseFteHundredths(formatFte(total.fteHundredths))).toEqual({ ok: true, value: total.fteHundredths });
        const table = buildMeasuresTable(measures, 'nb');
        expect(table.cost).toBe(formatAmountOre(total.costOre).replace(/ kr$/, ''));
      }),
      { seed: 20250415, numRuns: 300 },
    );
  });
});
