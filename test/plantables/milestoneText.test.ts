// Issue 14 «Fidelity of what users type»: a milestone time keeps the text as written; the dates Planverk reads from it
// sit beside it for sorting and the timeline; a text that names no certain date has none and sorts last.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import type { Milestone } from '../../shared/domain/plan';
import { formatMilestoneTime, readMilestoneTime, sortMilestones, tableFindings, timelineDescription, timelineSvg } from '../../shared/plantables';
import { fixturePlan } from '../document/fixtures';

const row = (id: string, sortKey: number, time: string): Milestone => ({ id, sortKey, name: `Milepæl ${id}`, ...readMilestoneTime(time), phase: null });

describe('milestone times as written', () => {
  it.each([
    ['uke 12 2025', '2025-03-17', '2025-03-23'],
    ['Uke 1, 2026', '2025-12-29', '2026-01-04'],
    ['uke 52–2 2025', null, null],
    ['uke 10–12 2025', '2025-03-03', '2025-03-23'],
    ['uke 53 2026', '2026-12-28', '2027-01-03'],
    ['vår 2025', '2025-03', '2025-05'],
    ['høsten 2025', '2025-09', '2025-11'],
    ['hausten 2025', '2025-09', '2025-11'],
    ['innen 15.08.2025', null, '2025-08-15'],
    ['senest utgangen av juni 2025', null, '2025-06'],
    ['april–mai 2025', '2025-04', '2025-05'],
    ['april - mai 2025', '2025-04', '2025-05'],
    ['2. kvartal 2025', '2025-04', '2025-06'],
    ['Q4 2025', '2025-10', '2025-12'],
    ['første halvår 2026', '2026-01', '2026-06'],
    ['2027', '2027-01', '2027-12'],
    ['22.03.2024 – 03.05.2024', '2024-03-22', '2024-05-03'],
  ])('«%s» is kept as written and dated %s – %s', (text, from, to) => {
    expect(readMilestoneTime(`  ${text} `)).toEqual({ time: text, from, to });
  });

  it.each(['uke 12', 'vinteren 2025', 'etter sommerferien', 'uke 53 2025', 'mai 2025 – april 2025', '31.02.2025', 'innen uke 12'])(
    'ambiguous «%s» keeps its text and gets no parsed date',
    (text) => {
      expect(readMilestoneTime(text)).toEqual({ time: text, from: null, to: null });
    },
  );

  it('shows the text as written in the table and the document, not a reformatted date', () => {
    expect(formatMilestoneTime(readMilestoneTime('uke 12 2025'))).toBe('uke 12 2025');
    expect(formatMilestoneTime(readMilestoneTime('april–mai 2025'))).toBe('april–mai 2025');
    expect(formatMilestoneTime({ from: '2025-06', to: null })).toBe('juni 2025');
    const plan = fixturePlan();
    plan.milestones = [row('a', 1, 'uke 12 2025'), row('b', 2, 'vår 2025'), row('c', 3, 'innen 15.08.2025')];
    const model = buildDocument(plan, { part: 'plan', watermark: 'none' });
    const table = model.blocks.find((b) => b.kind === 'table' && b.caption?.text === 'Milepælsplan');
    const texts = JSON.stringify(table);
    for (const written of ['uke 12 2025', 'vår 2025', 'innen 15.08.2025']) expect(texts).toContain(written);
    expect(timelineDescription(plan.milestones)).toBe('Milepæl b: vår 2025; Milepæl a: uke 12 2025; Milepæl c: innen 15.08.2025');
  });

  it('sorts by the parsed dates; ambiguous texts come last, in the adviser\'s order (stable)', () => {
    const rows = [row('x', 1, 'uke 12'), row('a', 2, 'innen 15.08.2025'), row('y', 3, 'etter sommerferien'), row('b', 4, 'vår 2025'), row('c', 5, 'uke 12 2025')];
    expect(sortMilestones(rows).map((m) => m.id)).toEqual(['b', 'c', 'a', 'x', 'y']);
    expect(sortMilestones([...rows].reverse()).map((m) => m.id)).toEqual(['b', 'c', 'a', 'x', 'y']);
  });

  it('keeps an undated milestone off the timeline bars and warns about it in the checks', () => {
    const rows = [row('a', 1, 'uke 12'), row('b', 2, 'vår 2025')];
    const svg = timelineSvg(rows);
    expect(svg).toContain('uke 12');
    const plan = { ...fixturePlan(), milestones: rows };
    const warnings = tableFindings(plan).filter((f) => f.table === 'milestones');
    expect(warnings).toEqual([
      expect.objectContaining({ id: 'a', column: 'time', severity: 'warning', message: expect.stringContaining('«uke 12»') }),
    ]);
  });
});
