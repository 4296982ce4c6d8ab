import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMilestoneTime, parseMilestoneTime, sortMilestones } from '../../shared/plantables/milestones';
import type { Milestone } from '../../shared/domain/plan';

const ok = (from: string | null, to: string | null) => ({ ok: true, value: { from, to } });

describe('milestone times as advisers write them', () => {
  it.each([
    ['Juni 2024', ok('2024-06', null)],
    ['jun. 2024', ok('2024-06', null)],
    ['Aug 2024 – mai 2025', ok('2024-08', '2025-05')],
    ['aug 2024-mai 2025', ok('2024-08', '2025-05')],
    ['sept 2024 til januar 2025', ok('2024-09', '2025-01')],
    ['22.03.24 – 03.05.24', ok('2024-03-22', '2024-05-03')],
    ['22.03.24-03.05.24', ok('2024-03-22', '2024-05-03')],
    ['22.03.2024 - 03.05.2024', ok('2024-03-22', '2024-05-03')],
    ['2024-03-22 – 2024-05-03', ok('2024-03-22', '2024-05-03')],
    ['2024-06', ok('2024-06', null)],
    ['2024-06-15', ok('2024-06-15', null)],
    ['06.2024', ok('2024-06', null)],
    ['1.2.2025', ok('2025-02-01', null)],
    ['juni – august 2024', ok('2024-06', '2024-08')],
    ['november – februar 2025', ok('2024-11', '2025-02')],
    ['Aug\u00a02024 —  mai 2025', ok('2024-08', '2025-05')],
    ['', ok(null, null)],
  ])('parses %j', (text, expected) => {
    expect(parseMilestoneTime(text)).toEqual(expected);
  });

  it.each(['ju 2024', 'Juni', '31.02.2024', '2024-13', 'neste år', 'mai 2025 – aug 2024', '01.01.2024 – 02.02.2024 – 03.03.2024'])('rejects %j with a Norwegian sentence', (text) => {
    const r = parseMilestoneTime(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/tidspunkt|sluttidspunktet/);
  });

  it('formats months in lower case and days as dd.mm.åååå', () => {
    expect(formatMilestoneTime({ from: '2024-08', to: '2025-05' })).toBe('august 2024 – mai 2025');
    expect(formatMilestoneTime({ from: '2024-03-22', to: '2024-05-03' })).toBe('22.03.2024 – 03.05.2024');
    expect(formatMilestoneTime({ from: null, to: null })).toBe('');
  });

  it('property: whatever is stored, its formatted text parses back to the same time', () => {
    const month = fc.record({ y: fc.integer({ min: 1990, max: 2150 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);
    const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const time = fc.oneof(month, day);
    fc.assert(
      fc.property(time, fc.option(time), (a, b) => {
        const [from, to] = b === null ? [a, null] : [a, b].sort((x, y) => (x.slice(0, 7) + (x[8] ? x.slice(7) : '-01') < y.slice(0, 7) + (y[8] ? y.slice(7) : '-01') ? -1 : 1));
        const text = formatMilestoneTime({ from: from!, to: to ?? null }, 'nb');
        expect(parseMilestoneTime(text)).toEqual(ok(from!, to ?? null));
      }),
      { seed: 240322, numRuns: 400 },
    );
  });

  it('sorts by time, undated last, ties by the adviser’s order', () => {
    const m = (id: string, from: string | null, to: string | null, sortKey: number): Milestone => ({ id, sortKey, name: id, time: '', from, to, phase: null });
    const sorted = sortMilestones([m('x', null, null, 0), m('c', '2024-06-15', null, 1), m('b', '2024-06', null, 9), m('a', '2024-06', null, 3), m('d', '2024-03-22', '2024-05-03', 5)]);
    expect(sorted.map((s) => s.id)).toEqual(['d', 'a', 'b', 'c', 'x']);
  });
});
