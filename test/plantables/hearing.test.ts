import { describe, expect, it } from 'vitest';
import { filterInputs, hearingDeadline, hearingPeriodFinding, hearingProgress, isLate, orderInputs } from '../../shared/plantables/hearing';
import { conclusionLabel } from '../../shared/plantables/labels';
import { input } from './frames';

describe('hearing period (at least six weeks, start day not counted, deadline inclusive)', () => {
  it('flags a period of five weeks with the law and the earliest lawful deadline', () => {
    const f = hearingPeriodFinding({ hearingStart: '2024-04-15', hearingEnd: '2024-05-20' });
    expect(f.kind).toBe('too-short');
    if (f.kind !== 'too-short') return;
    expect(f.days).toBe(35);
    expect(f.earliestEnd).toBe('2024-05-27');
    expect(f.message).toContain('seks uker');
    expect(f.message).toContain('Plan- og bygningsloven');
    expect(f.message).toContain('27.05.2024');
  });

  it('accepts exactly six weeks (42 days) and flags 41 days', () => {
    expect(hearingPeriodFinding({ hearingStart: '2024-04-15', hearingEnd: '2024-05-27' })).toEqual({ kind: 'ok', days: 42 });
    const short = hearingPeriodFinding({ hearingStart: '2024-04-15', hearingEnd: '2024-05-26' });
    expect(short.kind).toBe('too-short');
    expect(hearingPeriodFinding({ hearingStart: '2024-04-15', hearingEnd: '2024-05-28' })).toEqual({ kind: 'ok', days: 43 });
  });

  it('counts across a leap day and the summer-time change without losing a day', () => {
    // 2024-02-20 + 42 days = 2024-04-02 (29 February and the change on 31 March lie between).
    expect(hearingPeriodFinding({ hearingStart: '2024-02-20', hearingEnd: '2024-04-02' })).toEqual({ kind: 'ok', days: 42 });
    expect(hearingPeriodFinding({ hearingStart: '2024-02-20', hearingEnd: '2024-04-01' }).kind).toBe('too-short');
  });

  it('reports an end before the start, and says nothing while the period is not set', () => {
    expect(hearingPeriodFinding({ hearingStart: '2024-05-01', hearingEnd: '2024-04-01' }).kind).toBe('end-before-start');
    expect(hearingPeriodFinding({ hearingStart: null, hearingEnd: '2024-04-01' })).toEqual({ kind: 'not-set' });
    expect(hearingPeriodFinding({ hearingStart: '2024-04-01', hearingEnd: null })).toEqual({ kind: 'not-set' });
  });
});

describe('deadline and late inputs', () => {
  const frame = { hearingStart: '2025-04-15', hearingEnd: '2025-06-02' };
  it('treats the deadline day as on time and the day after as late', () => {
    expect(hearingDeadline(frame)).toBe('2025-06-02');
    expect(isLate(input('a', { receivedDate: '2025-06-02' }), frame)).toBe(false);
    expect(isLate(input('a', { receivedDate: '2025-06-03' }), frame)).toBe(true);
    expect(isLate(input('a', { receivedDate: null }), frame)).toBe(false);
    expect(isLate(input('a', { receivedDate: '2030-01-01' }), { hearingStart: null, hearingEnd: null })).toBe(false);
  });
});

describe('progress, filters and order of the inputs registry', () => {
  const inputs = [
    input('i1', { conclusion: 'tatt-til-folge', concerns: ['ch-1'], receivedDate: '2025-05-10', sortKey: 3 }),
    input('i2', { conclusion: null, concerns: ['area-2'], receivedDate: '2025-06-05', sortKey: 1 }),
    input('i3', { conclusion: 'ikke-tatt-til-folge', concerns: ['ch-1', 'area-2'], receivedDate: '2025-05-10', sortKey: 2 }),
    input('i4', { conclusion: null, receivedDate: null, sortKey: 0 }),
  ];

  it('counts inputs with a conclusion as assessed, in the plan’s målform', () => {
    expect(hearingProgress(inputs, 'nb')).toEqual({ assessed: 2, total: 4, text: '2 av 4 innspill vurdert' });
    expect(hearingProgress(inputs, 'nn').text).toBe('2 av 4 innspel vurdert');
    expect(hearingProgress([], 'nb').text).toBe('0 av 0 innspill vurdert');
  });

  it('filters by status, conclusion, concerned chapter or area, and lateness', () => {
    const ids = (list: { id: string }[]) => list.map((i) => i.id);
    expect(ids(filterInputs(inputs, { status: 'unassessed' }))).toEqual(['i2', 'i4']);
    expect(ids(filterInputs(inputs, { status: 'assessed' }))).toEqual(['i1', 'i3']);
    expect(ids(filterInputs(inputs, { status: 'ikke-tatt-til-folge' }))).toEqual(['i3']);
    expect(ids(filterInputs(inputs, { concerns: 'area-2' }))).toEqual(['i2', 'i3']);
    expect(ids(filterInputs(inputs, { concerns: 'ch-1', status: 'tatt-til-folge' }))).toEqual(['i1']);
    expect(ids(filterInputs(inputs, { lateOnly: true }, { hearingStart: '2025-04-15', hearingEnd: '2025-06-02' }))).toEqual(['i2']);
  });

  it('orders by date received, then sortKey, undated last', () => {
    expect(orderInputs(inputs).map((i) => i.id)).toEqual(['i3', 'i1', 'i2', 'i4']);
  });

  it('names the conclusions in bokmål and nynorsk', () => {
    expect(conclusionLabel('tatt-til-folge', 'nb')).toBe('Tatt til følge');
    expect(conclusionLabel('ikke-tatt-til-folge', 'nn')).toBe('Ikkje teke til følgje');
    expect(conclusionLabel('delvis-tatt-til-folge', 'nn')).toBe('Delvis teke til følgje');
    expect(conclusionLabel('tas-til-orientering', 'nn')).toBe('Vert teke til orientering');
    expect(conclusionLabel(null, 'nn')).toBe('Ikkje vurdert');
  });
});
