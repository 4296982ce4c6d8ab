// The bench runner's selection and its table: --only picks benches by prefix, anchors turn into ratios.
import { describe, expect, it } from 'vitest';
import { benchFiles, benchPrefix, formatTable, selects } from './run';

describe('bench runner', () => {
  it('derives a bench prefix from its export name and selects it by --only in either direction', () => {
    expect(benchPrefix('benchStore')).toBe('store');
    expect(benchPrefix('benchRender')).toBe('render');
    expect(selects(null, 'store')).toBe(true);
    expect(selects('store', 'store')).toBe(true);
    expect(selects('store.commit', 'store')).toBe(true);
    expect(selects('render', 'store')).toBe(false);
  });

  it('loads only the bench modules an --only prefix can match, and never itself or tests', () => {
    const all = ['run.ts', 'store.ts', 'render.ts', 'renderPlan.ts', 'run.test.ts', 'matrix.ts', 'notes.md'];
    expect(benchFiles(all, null)).toEqual(['matrix.ts', 'render.ts', 'renderPlan.ts', 'store.ts']);
    expect(benchFiles(all, 'store.commit.p50')).toEqual(['store.ts']);
    expect(benchFiles(all, 'render')).toEqual(['render.ts', 'renderPlan.ts']);
    expect(benchFiles(all, 'nothing')).toEqual(['matrix.ts', 'render.ts', 'renderPlan.ts', 'store.ts']);
  });

  it('prints one row per figure, sorted, with the ratio to its anchor', () => {
    const table = formatTable({
      'render.firstRender.p50': { value: 1050.7, unit: 'ms', anchor: 'render.firstRender.emptyPlan.p50' },
      'render.firstRender.emptyPlan.p50': { value: 700.35, unit: 'ms' },
      'render.planLoad.bytes': { value: 2010974, unit: 'bytes' },
    });
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^figure\s+value\s+unit\s+anchor\s+ratio$/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^render\.firstRender\.emptyPlan\.p50\s+700\.4\s+ms$/);
    expect(lines[3]).toMatch(/^render\.firstRender\.p50\s+1050\.7\s+ms\s+render\.firstRender\.emptyPlan\.p50\s+1\.50×$/);
    expect(lines[4]).toMatch(/^render\.planLoad\.bytes\s+2010974\s+bytes$/);
  });
});
