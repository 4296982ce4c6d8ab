import { describe, expect, it } from 'vitest';
import {
  formatAmountOre,
  formatDate,
  formatFte,
  formatMonth,
  formatMonthOrDate,
  formatPeriod,
  NBSP,
  parseAmountOre,
  parseDate,
  parseFteHundredths,
} from '../../shared/format/norwegian';

describe('Norwegian formatting', () => {
  it('writes dates as dd.mm.åååå and months in lower case', () => {
    expect(formatDate('2024-04-15')).toBe('15.04.2024');
    expect(formatMonth('2024-06', 'nb')).toBe('juni 2024');
    expect(formatMonth('2024-12', 'nn')).toBe('desember 2024');
    expect(formatMonthOrDate('2024-03')).toBe('mars 2024');
    expect(formatPeriod('2024-03-22', '2024-05-03')).toBe('22.03.2024 – 03.05.2024');
    expect(formatPeriod('2024-08', null)).toBe('august 2024');
    expect(() => formatDate('15.04.2024')).toThrow();
    expect(() => formatMonth('2024-13')).toThrow();
  });

  it('writes amounts with space-grouped kroner and øre only when present', () => {
    expect(formatAmountOre(182000000)).toBe('1 820 000 kr');
    expect(formatAmountOre(182000050)).toBe('1 820 000,50 kr');
    expect(formatAmountOre(5)).toBe('0,05 kr');
    expect(formatAmountOre(-99900)).toBe('-999 kr');
    expect(formatAmountOre(0)).toBe('0 kr');
    expect(formatAmountOre(182000000, { space: NBSP })).toBe('1\u00a0820\u00a0000 kr');
  });

  it('writes FTE with two decimals and a comma', () => {
    expect(formatFte(260)).toBe('2,60');
    expect(formatFte(5)).toBe('0,05');
    expect(formatFte(123456)).toBe('1 234,56');
  });

  it('parses amounts in the ways Norwegians write them, exactly', () => {
    expect(parseAmountOre('1 820 000')).toEqual({ ok: true, value: 182000000 });
    expect(parseAmountOre('1820000,50')).toEqual({ ok: true, value: 182000050 });
    expect(parseAmountOre('1\u00a0820\u00a0000 kr')).toEqual({ ok: true, value: 182000000 });
    expect(parseAmountOre('kr 95 500,5')).toEqual({ ok: true, value: 9550050 });
    expect(parseAmountOre('12 000,-')).toEqual({ ok: true, value: 1200000 });
    expect(parseAmountOre('-250')).toEqual({ ok: true, value: -25000 });
    expect(parseAmountOre('1820000.5')).toEqual({ ok: true, value: 182000050 });
    // 0.1 + 0.2 style float drift cannot happen: 0,29 is 29 øre exactly.
    expect(parseAmountOre('0,29')).toEqual({ ok: true, value: 29 });
    expect(parseAmountOre('1.820').ok).toBe(false);
    expect(parseAmountOre('tolv').ok).toBe(false);
    expect(parseAmountOre('1 82 000').ok).toBe(false);
    expect(parseAmountOre('').ok).toBe(false);
    expect(parseAmountOre('1,234').ok).toBe(false);
  });

  it('parses FTE and refuses negative values', () => {
    expect(parseFteHundredths('2,6')).toEqual({ ok: true, value: 260 });
    expect(parseFteHundredths('2,60')).toEqual({ ok: true, value: 260 });
    expect(parseFteHundredths('0.5')).toEqual({ ok: true, value: 50 });
    expect(parseFteHundredths('3')).toEqual({ ok: true, value: 300 });
    expect(parseFteHundredths('-1').ok).toBe(false);
  });

  it('round-trips every amount through format and parse', () => {
    for (const ore of [0, 1, 99, 100, 123456789, -100001, 99999999999999]) {
      expect(parseAmountOre(formatAmountOre(ore))).toEqual({ ok: true, value: ore });
    }
  });
});

describe('parsing a typed date', () => {
  it('reads dd.mm.åååå, single-digit day and month, two-digit years (20xx) and pasted ISO into the stored ISO date', () => {
    expect(parseDate('15.04.2024')).toEqual({ ok: true, value: '2024-04-15' });
    expect(parseDate(' 1.2.2025 ')).toEqual({ ok: true, value: '2025-02-01' });
    expect(parseDate('15.4.24')).toEqual({ ok: true, value: '2024-04-15' });
    expect(parseDate('2024-04-15')).toEqual({ ok: true, value: '2024-04-15' });
    expect(parseDate('29.02.2024')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('round-trips with formatDate', () => {
    for (const iso of ['2024-01-01', '2024-12-31', '2025-06-03', '2037-02-28']) {
      const parsed = parseDate(formatDate(iso));
      expect(parsed).toEqual({ ok: true, value: iso });
    }
  });

  it('refuses a day the calendar lacks with its own sentence, naming the date', () => {
    expect(parseDate('31.02.2024')).toEqual({ ok: false, message: 'Datoen 31.02.2024 finnes ikke i kalenderen.' });
    expect(parseDate('29.02.2025')).toEqual({ ok: false, message: 'Datoen 29.02.2025 finnes ikke i kalenderen.' });
    expect(parseDate('15.13.2024')).toMatchObject({ ok: false, message: 'Datoen 15.13.2024 finnes ikke i kalenderen.' });
    expect(parseDate('2024-02-30')).toMatchObject({ ok: false });
  });

  it('refuses what is not a date, and says how to write one', () => {
    for (const text of ['04/15/2024', '15.04.', '15.04.202', 'i morgen', '15,04,2024', '2024-4-15']) {
      const parsed = parseDate(text);
      expect(parsed, text).toEqual({ ok: false, message: `«${text}» er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 15.04.2024.` });
    }
    expect(parseDate('  ')).toEqual({ ok: false, message: 'Datoen mangler. Skriv den som dd.mm.åååå, for eksempel 15.04.2024.' });
  });
});
